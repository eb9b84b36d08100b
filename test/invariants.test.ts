/**
 * DESIGN.md's safety invariants, end to end through the CLI with the real Anthropic SDK talking
 * to the local fake Messages API. (Invariants 4, 5, 7 and 9 are about GitHub and live in
 * test/github/ and test/e2e/.)
 */
import { mkdtempSync, readdirSync, existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeAnthropic } from './fakes/anthropic-server.js'
import type { FakeAnthropic, FakeMode } from './fakes/anthropic-server.js'
import { reviewJson, runCli } from './helpers/cli.js'
import { corpusDir } from './helpers/plan.js'

let fake: FakeAnthropic
let env: Record<string, string>
const tmp = mkdtempSync(join(tmpdir(), 'plangate-invariants-'))
const writePlan = (name: string, plan: unknown): string => {
  const path = join(tmp, name)
  writeFileSync(path, JSON.stringify(plan))
  return path
}
/** Fast settings so every fault resolves in well under the test timeout. */
const fastPolicy = join(tmp, 'fast.yml')
writeFileSync(
  fastPolicy,
  'version: 1\ndefaults:\n  llm: { timeout_seconds: 0.5, max_retries: 1 }\n'
)
const policy = (): string => fastPolicy

const change = (
  address: string,
  type: string,
  actions: string[],
  before: unknown,
  after: unknown,
  extra: object = {}
) => ({
  address,
  mode: 'managed',
  type,
  name: address.split('.').pop(),
  provider_name: 'registry.terraform.io/hashicorp/aws',
  change: {
    actions,
    before,
    after,
    after_unknown: {},
    before_sensitive: {},
    after_sensitive: {},
    ...extra
  }
})

const plans = {
  boring: 'examples/plans/tags-only.json',
  critical: 'examples/plans/risky-db-replace.json',
  medium: (): string =>
    writePlan('medium.json', {
      format_version: '1.2',
      resource_changes: [
        change(
          'aws_instance.worker',
          'aws_instance',
          ['delete'],
          { id: 'i-1', instance_type: 't3.large' },
          null
        )
      ]
    }),
  errored: (): string =>
    writePlan('errored.json', {
      format_version: '1.2',
      errored: true,
      resource_changes: [
        change(
          'aws_instance.web',
          'aws_instance',
          ['update'],
          { tags: { a: '1' } },
          { tags: { a: '2' } }
        )
      ]
    }),
  incomplete: (): string =>
    writePlan('incomplete.json', { format_version: '1.2', complete: false, resource_changes: [] })
}

beforeAll(async () => {
  fake = await startFakeAnthropic('no_concerns')
  env = { ANTHROPIC_API_KEY: 'sk-ant-test-not-a-real-key', ANTHROPIC_BASE_URL: fake.url }
})
afterAll(async () => fake.close())

const withModel = async (mode: FakeMode, plan: string) => {
  fake.setMode(mode)
  return reviewJson([plan, '--policy', policy()], env)
}

describe('invariant 1: approve only on a full yes', () => {
  it('a boring plan with the model saying no concerns is approved, and the record names the model', async () => {
    const { record } = await withModel('no_concerns', plans.boring)
    expect(record.decision).toBe('approve')
    expect(record.llm).toMatchObject({
      status: 'ok',
      verdict: 'no_concerns',
      model: 'claude-sonnet-5-5'
    })
    // The record says how much the model was sent.
    expect((record.digest as { bytes: number }).bytes).toBeGreaterThan(100)
  })

  it('a medium finding is approved only on the model’s yes', async () => {
    expect((await withModel('no_concerns', plans.medium())).record.decision).toBe('approve')
    expect((await withModel('needs_human', plans.medium())).record.decision).toBe('review')
    expect((await reviewJson([plans.medium(), '--no-llm'])).record.decision).toBe('review')
  })

  it.each([
    ['errored', plans.errored],
    ['incomplete', plans.incomplete]
  ])('an %s plan is never approved, whatever the model says', async (_name, plan) => {
    const { record } = await withModel('adversarial', plan())
    expect(record.decision).toBe('review')
    expect(record.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'plan-incomplete' })])
    )
  })

  it('a boring plan is still flagged when the model raises a concern', async () => {
    const { record } = await withModel('needs_human', plans.boring)
    expect(record.decision).toBe('review')
    expect((record.llm as { concerns: unknown[] }).concerns.length).toBeGreaterThan(0)
  })
})

describe('invariant 2: the model can only escalate', () => {
  const ruleFixtures = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? ruleFixtures(join(dir, e.name))
        : e.name.endsWith('.json')
          ? [join(dir, e.name)]
          : []
    )
  const fixtureFiles = ruleFixtures('test/fixtures/rules')
  const corpus = existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(corpusDir, f))
    : []

  it(`an adversarial model never gets a plan with a high or critical finding approved (${fixtureFiles.length} rule fixtures + ${corpus.length} corpus plans)`, async () => {
    fake.setMode('adversarial')
    let highOrCritical = 0
    for (const plan of [...fixtureFiles, ...corpus, plans.critical]) {
      const { code, record } = await reviewJson([plan, '--policy', policy()], env)
      expect(code, plan).toBe(0)
      const findings = record.findings as { severity: string }[]
      if (findings.some((f) => f.severity === 'high' || f.severity === 'critical')) {
        highOrCritical++
        expect(record.decision, plan).toBe('review')
      }
    }
    expect(highOrCritical).toBeGreaterThan(10)
  }, 120_000)

  it('a concern citing an address not in the plan is ignored and noted, never trusted', async () => {
    const { record } = await withModel('unknown_address', plans.boring)
    expect(record.decision).toBe('review')
    expect(JSON.stringify(record.llm)).toContain('aws_instance.ghost')
  })
})

describe('invariant 3: fail closed', () => {
  const faults: FakeMode[] = [
    'refusal',
    'rate_limited',
    'overloaded',
    'server_error',
    'hang',
    'truncated',
    'bad_enum',
    'not_json',
    'stop_sequence',
    'injection',
    'long_retry_after'
  ]
  it.each(faults)(
    '%s → review with the reason written out, within a bounded time',
    async (mode) => {
      const started = performance.now()
      const { code, record } = await withModel(mode, plans.boring)
      const ms = performance.now() - started
      expect(code).toBe(0)
      expect(record.decision).toBe('review')
      expect((record.reasons as string[]).join(' ').length).toBeGreaterThan(20)
      expect(ms).toBeLessThan(5_000)
    }
  )

  it('an unreachable model endpoint → review', async () => {
    const { record } = await reviewJson([plans.boring, '--policy', policy()], {
      ...env,
      ANTHROPIC_BASE_URL: 'http://127.0.0.1:9'
    })
    expect(record.decision).toBe('review')
    expect(record.llm).toMatchObject({ status: 'failed' })
  })
})

describe('invariant 6: nothing secret leaves the runner', () => {
  it('no sensitive value, variable value or secret-looking string reaches the model', async () => {
    const secrets = [
      'VarSecret-991',
      'ConfigConst-772',
      'PriorOnly-553',
      'PlannedOnly-114',
      'SensitiveEnv-335',
      'Passw0rdInUrl',
      'AKIAIOSFODNN7EXAMPLE',
      'OutputSecret-226'
    ]
    const plan = writePlan('secrets-boring.json', {
      format_version: '1.2',
      variables: { db_password: { value: secrets[0] } },
      configuration: {
        root_module: { resources: [{ expressions: { x: { constant_value: secrets[1] } } }] }
      },
      prior_state: { values: { root_module: { resources: [{ values: { x: secrets[2] } }] } } },
      planned_values: { root_module: { resources: [{ values: { x: secrets[3] } }] } },
      resource_changes: [
        change(
          'aws_lambda_function.api',
          'aws_lambda_function',
          ['update'],
          {
            function_name: 'api',
            environment: [
              {
                variables: {
                  SECRET: secrets[4],
                  DATABASE_URL: `postgres://u:${secrets[5]}@old.internal/db`,
                  STAGE: 'a'
                }
              }
            ]
          },
          {
            function_name: 'api',
            environment: [
              {
                variables: {
                  SECRET: secrets[4],
                  DATABASE_URL: `postgres://u:${secrets[5]}@new.example/db`,
                  STAGE: 'b'
                }
              }
            ]
          },
          {
            before_sensitive: { environment: [{ variables: { SECRET: true } }] },
            after_sensitive: { environment: [{ variables: { SECRET: true } }] }
          }
        ),
        change(
          'aws_instance.bastion',
          'aws_instance',
          ['update'],
          { user_data: `export K=${secrets[6]}`, tags: {} },
          { user_data: 'export K=none', tags: {} }
        )
      ],
      output_changes: {
        pw: {
          actions: ['update'],
          before: secrets[7],
          after: 'x',
          after_unknown: false,
          before_sensitive: true,
          after_sensitive: true
        }
      }
    })
    fake.setMode('no_concerns')
    const before = fake.log.length
    const { record } = await reviewJson([plan, '--policy', policy()], env)
    expect(record.model_step).toBe('asked')
    const bodies = fake.log
      .slice(before)
      .map((r) => r.raw)
      .join('\n')
    expect(bodies).toContain('new.example') // the context a reviewer needs is there...
    for (const secret of secrets) expect(bodies, secret).not.toContain(secret) // ...the secrets are not
  })
})

describe('invariant 8: untrusted text stays data', () => {
  it('the model’s hostile text is escaped before it reaches the report', async () => {
    fake.setMode('hostile_text')
    const run = await runCli(['review', plans.boring, '--policy', policy()], env)
    expect(run.code).toBe(0)
    const outsideCode = run.stdout.replace(/(`+)[^`]*?\1/g, '')
    expect(outsideCode).not.toMatch(/<(img|script|a|details)\b[^>]*(src|href|onerror)/i)
    expect(outsideCode).not.toMatch(/@[A-Za-z0-9]/)
    expect(outsideCode).not.toMatch(/https?:\/\/(?!\u200b)/)
  })
})
