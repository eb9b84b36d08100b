import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../../src/policy/index.js'
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js'
import { reviewPlans } from '../../src/review.js'

const policy = loadPolicy()
const review = (plans: string[]) =>
  reviewPlans({ plans, policy, selector: {}, model: undefined, noModelReason: '--no-llm' })

const tmp = mkdtempSync(join(tmpdir(), 'plangate-report-'))
const writePlan = (name: string, plan: unknown): string => {
  const path = join(tmp, name)
  writeFileSync(path, JSON.stringify(plan))
  return path
}

/** Golden files: rewrite with UPDATE_GOLDEN=1 after an intended change, then read the diff. */
function expectGolden(name: string, rendered: string): void {
  // The policy digest changes with every catalogue edit; the digest itself is tested elsewhere.
  const actual = rendered.replace(/(policy: [^\n]*? sha256:)[0-9a-f]{16}/g, '$1<policy-digest>')
  const path = new URL(`../golden/report/${name}`, import.meta.url)
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('markdown report', () => {
  it.each(['tags-only', 'risky-db-replace', 'scale-and-alarm'])(
    'golden: examples/plans/%s.json',
    async (name) => {
      const result = await review([`examples/plans/${name}.json`])
      expectGolden(`${name}.md`, renderMarkdown(result))
    }
  )

  it('golden: two plans in two environments, grouped by plan', async () => {
    const result = await reviewPlans({
      plans: ['examples/plans/tags-only.json', 'examples/plans/risky-db-replace.json'],
      policy,
      selector: {},
      model: undefined,
      noModelReason: '--no-llm'
    })
    const text = renderMarkdown(result)
    expect(text.indexOf('examples/plans/tags-only.json —')).toBeGreaterThan(0)
    expect(text.indexOf('examples/plans/risky-db-replace.json —')).toBeGreaterThan(0)
    expectGolden('two-plans.md', text)
  })

  it('puts the risk first: the verdict, then the findings a human must read, then counts', async () => {
    const text = renderMarkdown(await review(['examples/plans/risky-db-replace.json']))
    const order = [
      'Needs a human review',
      'What a human must read',
      '#### Changes',
      '#### Model verdict',
      '#### Details'
    ]
    const positions = order.map((h) => text.indexOf(h))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('stays under the comment limit for 6,000 deletes and says what it left out', async () => {
    const changes = Array.from({ length: 6000 }, (_, i) => ({
      address: `module.fleet_${i % 40}.aws_instance.node["${String(i).padStart(5, '0')}"]`,
      module_address: `module.fleet_${i % 40}`,
      mode: 'managed',
      type: 'aws_instance',
      name: 'node',
      index: String(i).padStart(5, '0'),
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: ['delete'],
        before: { id: `i-${i}`, instance_type: 't3.micro' },
        after: null
      },
      action_reason: 'delete_because_each_key'
    }))
    const result = await review([
      writePlan('huge.json', { format_version: '1.2', resource_changes: changes })
    ])
    const text = renderMarkdown(result)
    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    expect(text).toContain("Left out to fit GitHub's 65536-character limit")
    expect(text).toContain('mass-delete')
    // Deterministic truncation: the same input gives the same comment.
    expect(renderMarkdown(result)).toBe(text)
  })

  it('escapes untrusted text: no HTML, no @mentions, no links from the plan', async () => {
    const evil = '<img src=x onerror=alert(1)> @octocat see https://evil.example'
    const result = await review([
      writePlan('evil.json', {
        format_version: '1.2',
        resource_changes: [
          {
            address: `aws_s3_bucket.b["${evil}"]`,
            mode: 'managed',
            type: 'aws_s3_bucket',
            name: 'b',
            index: evil,
            provider_name: 'registry.terraform.io/hashicorp/aws',
            change: { actions: ['delete'], before: { bucket: evil }, after: null }
          }
        ]
      })
    ])
    const text = renderMarkdown(result)
    // Inside code spans GitHub renders neither HTML nor links; outside them nothing may be raw.
    const outsideCode = text.replace(/(`+)[^`]*?\1/g, '')
    expect(text).toContain('&lt;img')
    expect(outsideCode).not.toContain('<img')
    expect(outsideCode).not.toContain('https://evil.example')
    expect(text).not.toMatch(/@octocat/)
  })
})
