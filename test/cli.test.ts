import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reviewJson, runCli } from './helpers/cli.js'

const tmp = mkdtempSync(join(tmpdir(), 'plangate-cli-'))
const write = (name: string, text: string): string => {
  const path = join(tmp, name)
  writeFileSync(path, text)
  return path
}

describe('plangate review (CLI contract)', () => {
  it('approves the bundled tags-only example with --no-llm and prints one JSON object', async () => {
    const { code, record } = await reviewJson(['examples/plans/tags-only.json', '--no-llm'])
    expect(code).toBe(0)
    expect(record).toMatchObject({ decision: 'approve', risk: 'none', llm: null, digest: null })
    expect(record.summary).toEqual({
      create: 0,
      update: 2,
      replace: 0,
      delete: 0,
      read: 0,
      import: 0,
      move: 0,
      forget: 0,
      drift: 0
    })
    expect(record.reasons).toEqual(expect.arrayContaining([expect.stringContaining('Approvable')]))
  })

  it('flags the risky example: database replaced and SSH opened to the internet', async () => {
    const { code, record } = await reviewJson(['examples/plans/risky-db-replace.json', '--no-llm'])
    expect(code).toBe(0)
    expect(record.decision).toBe('review')
    expect(record.risk).toBe('critical')
    const findings = record.findings as { rule: string; address: string; severity: string }[]
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'stateful-replace',
          address: 'module.orders.aws_db_instance.main',
          severity: 'critical'
        }),
        expect.objectContaining({
          rule: 'network-exposure',
          address: 'aws_security_group_rule.debug_ssh',
          severity: 'critical'
        })
      ])
    )
  })

  it('an unknown environment is reviewed as production', async () => {
    const { record } = await reviewJson([
      'examples/plans/tags-only.json',
      '--no-llm',
      '--environment',
      'nonexistent'
    ])
    expect((record.plans as { environment: string }[])[0]?.environment).toBe('production')
  })

  it('prints markdown by default', async () => {
    const run = await runCli(['review', 'examples/plans/risky-db-replace.json', '--no-llm'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Needs a human review')
    expect(run.stdout).toContain('stateful-replace')
  })

  it('without --no-llm and without a key, reviews rules-only and says why', async () => {
    const { code, record } = await reviewJson(['examples/plans/tags-only.json'], {})
    expect(code).toBe(0)
    expect(record.llm).toBeNull()
    expect(record.model_step).toBe('not asked: ANTHROPIC_API_KEY is not set')
  })

  const unusable: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['review', join(tmp, 'nope.json')], /nope\.json: file not found/],
    [
      'a file that is not JSON',
      () => ['review', write('text.json', 'Terraform will perform the following actions:\n')],
      /text\.json: not JSON/
    ],
    [
      'JSON that is not a plan',
      () => ['review', write('arr.json', '[1,2]')],
      /arr\.json: not a plan/
    ],
    [
      'a state file, not a plan',
      () => ['review', write('state.json', '{"format_version":"1.0","values":{}}')],
      /state\.json: not a plan/
    ],
    [
      'a bad policy',
      () => [
        'review',
        'examples/plans/tags-only.json',
        '--policy',
        write('p.yml', 'version: 1\nfoo: 1\n')
      ],
      /p\.yml: invalid policy: top level: unknown key "foo"/
    ],
    [
      'a missing policy',
      () => ['review', 'examples/plans/tags-only.json', '--policy', join(tmp, 'none.yml')],
      /none\.yml: policy file not found/
    ],
    [
      'a bad --format',
      () => ['review', 'examples/plans/tags-only.json', '--format', 'xml'],
      /--format must be json or markdown/
    ],
    ['no plan', () => ['review'], /no plan file given/],
    [
      'an unknown option',
      () => ['review', 'examples/plans/tags-only.json', '--no-lm'],
      /Unknown option '--no-lm'/
    ]
  ]
  it.each(unusable)('exits 2 with one clear line for %s', async (_name, args, message) => {
    const run = await runCli(args())
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')[0]).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('the bundled dist/cli.js runs the README quick-start command', () => {
    // The committed bundle (CI rebuilds it and fails when it differs from src/ before tests run).
    const out = spawnSync(
      'node',
      ['dist/cli.js', 'review', 'examples/plans/tags-only.json', '--no-llm', '--format', 'json'],
      { encoding: 'utf8' }
    )
    expect(out.status).toBe(0)
    expect((JSON.parse(out.stdout) as { decision: string }).decision).toBe('approve')
  })
})
