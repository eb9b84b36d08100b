import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes, PlanLoadError } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import type { Policy } from '../../src/policy/index.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import { unknownSecurityAttrRule } from '../../src/rules/unknown-security-attr.js'
import { corpusDir, fixturePlan, planWithChange } from '../helpers/plan.js'
import type { RawChange } from '../helpers/plan.js'

const defaultPolicy = loadPolicy()
const run = (plan: PlanFileModel, policy: Policy = defaultPolicy): Finding[] =>
  unknownSecurityAttrRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })
const summary = (findings: readonly Finding[]): [string, string][] =>
  findings.map((f) => [f.address, f.severity])

describe('unknown-security-attr', () => {
  it('medium for an update that hides a security value, info for a create, nothing for known values', () => {
    const findings = run(fixturePlan('rules/unknown-security-attr/mixed.json'))
    expect(summary(findings)).toEqual([
      ['aws_iam_role_policy.hidden', 'medium'],
      ['aws_iam_role_policy.new', 'info'],
      ['aws_security_group.hidden_cidr', 'medium']
    ])
    const hidden = findings[0]!
    expect(hidden.message).toBe(
      'Security attribute policy will change to a value known only after apply; the plan cannot show what it will be.'
    )
    expect(hidden.evidence).toHaveLength(1)
    expect(hidden.evidence[0]).toMatchObject({ path: 'policy', after: '(known after apply)' })
    expect(hidden.evidence[0]!.before).toContain('s3:GetObject')
    // A leaf key inside a nested block counts too.
    expect(findings[2]!.evidence[0]!.path).toBe('ingress[0].cidr_blocks')
    expect(findings[1]!.message).toContain('known only after apply on this new resource')
  })

  it('a replace counts as a change; data sources and attributes outside the catalogue do not', () => {
    const replaced: RawChange = {
      type: 'aws_iam_role_policy_attachment',
      name: 'x',
      change: {
        actions: ['delete', 'create'],
        before: { role: 'app', policy_arn: 'arn:aws:iam::1:policy/p' },
        after: { role: null, policy_arn: 'arn:aws:iam::1:policy/p' },
        after_unknown: { role: true, id: true }
      }
    }
    const f = run(planWithChange(replaced))
    expect(summary(f)).toEqual([['aws_iam_role_policy_attachment.x', 'medium']])
    expect(f[0]!.message).toContain('Security attribute role will change')
    const data: RawChange = {
      type: 'aws_iam_policy_document',
      name: 'x',
      mode: 'data',
      change: {
        actions: ['read'],
        before: null,
        after: {},
        after_unknown: { json: true, policy: true }
      }
    }
    expect(run(planWithChange(data))).toEqual([])
  })

  it('is driven by the catalogue', () => {
    const custom = loadPolicy(
      ['version: 1', 'catalogue:', '  security_attributes: [private_ip]'].join('\n'),
      'test'
    )
    const plan = fixturePlan('rules/unknown-security-attr/mixed.json')
    expect(summary(run(plan, custom))).toContainEqual(['aws_instance.not_security', 'medium'])
    expect(summary(run(plan))).not.toContainEqual(['aws_instance.not_security', 'medium'])
  })
})

const corpusPresent = existsSync(corpusDir)
describe.skipIf(!corpusPresent)('unknown-security-attr over every corpus plan', () => {
  it('never throws and every finding is well-formed', () => {
    let plans = 0
    for (const file of readdirSync(corpusDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      let plan: PlanFileModel
      try {
        plan = loadPlanFromBytes(readFileSync(join(corpusDir, file)), file)
      } catch (error) {
        if (error instanceof PlanLoadError) continue
        throw error
      }
      plans++
      const addresses = new Set(plan.changes.map((c) => c.address))
      for (const f of run(plan)) {
        expect(f.rule).toBe('unknown-security-attr')
        expect(SEVERITIES).toContain(f.severity)
        expect(['info', 'medium']).toContain(f.severity)
        expect(addresses.has(f.address)).toBe(true)
        expect(f.message).toMatch(/^[A-Z].*\.$/s)
        expect(f.planFile).toBe(file)
        expect(f.evidence.length).toBeGreaterThan(0)
      }
    }
    expect(plans).toBeGreaterThan(100)
  })
})
