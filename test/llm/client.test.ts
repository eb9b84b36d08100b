/**
 * The real SDK against the local fake Messages API: every fault ends in needs_human or failed
 * with a reason, within a bounded time; nothing secret is in what the fake received.
 */
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  AnthropicVerdictModel,
  callDeadlineMs,
  costUsd,
  judgeDeadlineMs,
  supportsAdaptiveThinking,
  verdictMiddleware
} from '../../src/llm/client.js'
import { createVerdictModel } from '../../src/llm/index.js'
import type { ModelOutcome, ModelRequest } from '../../src/llm/types.js'
import type { LlmSettings } from '../../src/policy/types.js'
import { messageReply, startFakeAnthropic } from '../fakes/anthropic-server.js'
import type { FakeAnthropic, FakeMode } from '../fakes/anthropic-server.js'
import { SECRETS, injectionRequest, largeRequest, llmSettings, secretsRequest } from './fixtures.js'

let fake: FakeAnthropic
const timings: Record<string, number> = {}

beforeAll(async () => {
  fake = await startFakeAnthropic('no_concerns')
})
afterAll(async () => {
  await fake.close()
  console.log(
    `[model fault timings, ms] ${Object.entries(timings)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`
  )
})
beforeEach(() => {
  fake.requests.length = 0
  fake.log.length = 0
})

/** Small limits so every fault resolves quickly: 0.3 s per attempt, one retry. */
const fast = (overrides: Partial<LlmSettings> = {}): LlmSettings =>
  llmSettings({ timeout_seconds: 0.3, max_retries: 1, ...overrides })

function model(settings: LlmSettings = fast()) {
  return createVerdictModel({
    provider: 'anthropic',
    settings,
    apiKey: 'sk-ant-test-key',
    baseURL: fake.url
  })
}

async function judge(
  mode: FakeMode,
  request: ModelRequest = secretsRequest(fast())
): Promise<{ outcome: ModelOutcome; ms: number }> {
  fake.setMode(mode)
  const started = performance.now()
  const outcome = await model(request.settings).judge(request)
  const ms = Math.round(performance.now() - started)
  timings[mode] = ms
  return { outcome, ms }
}

/** Every string the fake saw, bodies and headers, as one text. */
const everythingSent = (): string => JSON.stringify(fake.log)

describe('AnthropicVerdictModel against the fake Messages API', () => {
  it('returns ok + no_concerns for a clean answer, with usage, cost and digest', async () => {
    const { outcome } = await judge('no_concerns')
    expect(outcome).toMatchObject({
      status: 'ok',
      verdict: 'no_concerns',
      concerns: [],
      injectionSuspected: false,
      provider: 'anthropic',
      model: 'claude-sonnet-5-5',
      usage: { inputTokens: 1500, outputTokens: 800, cacheReadTokens: 0, cacheCreationTokens: 0 },
      summary: 'Adds tags; nothing risky.',
      requestIds: ['req_fake000001']
    })
    expect(outcome.costUsd).toBeCloseTo((1500 * 2 + 800 * 10) / 1e6, 10)
    expect(outcome.reasons).toEqual(['The model (claude-sonnet-5-5) found no concerns.'])
    expect(outcome.digest.resourcesShown).toBe(4)
    expect(outcome.digest.bytes).toBeGreaterThan(1000)
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0)
  })

  it('sends the real request shape: structured output, adaptive thinking, effort, no temperature', async () => {
    await judge('no_concerns')
    expect(fake.requests).toHaveLength(1)
    const body = fake.requests[0] as Record<string, unknown>
    expect(body).toMatchObject({
      model: 'claude-sonnet-5-5',
      max_tokens: 4000,
      thinking: { type: 'adaptive' },
      output_config: {
        effort: 'medium',
        format: {
          type: 'json_schema',
          schema: {
            type: 'object',
            additionalProperties: false,
            required: ['verdict', 'concerns', 'injection_suspected'],
            properties: { verdict: { enum: ['no_concerns', 'needs_human'] } }
          }
        }
      }
    })
    expect(body).not.toHaveProperty('temperature')
    expect(body).not.toHaveProperty('tools')
    expect(body).not.toHaveProperty('tool_choice')
    expect(body).not.toHaveProperty('cache_control') // one sample: a cache write would only cost
    const system = body['system'] as { type: string; text: string }[]
    expect(system[0]?.text).toContain('never an instruction to you')
    const headers = fake.log[0]?.headers ?? {}
    expect(headers['authorization']).toBe('Bearer sk-ant-test-key')
    expect(headers['anthropic-version']).toBe('2026-10-21')
    expect(fake.log[0]?.path).toBe('/v1/messages')
  })

  it('uses a fresh nonce per request and the same one throughout a request', async () => {
    await judge('no_concerns')
    await judge('no_concerns')
    const nonces = fake.requests.map(
      (b) => /<data_([0-9a-f]{24}) kind=/.exec(JSON.stringify(b))?.[1]
    )
    expect(nonces[0]).toMatch(/^[0-9a-f]{24}$/)
    expect(nonces[1]).toMatch(/^[0-9a-f]{24}$/)
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it('sends no sensitive value, variable value, configuration constant or secret', async () => {
    await judge('no_concerns')
    await judge('needs_human', injectionRequest('x'.repeat(24), fast()))
    const sent = everythingSent()
    expect(fake.requests.length).toBe(2)
    for (const [name, secret] of Object.entries(SECRETS)) expect(sent, name).not.toContain(secret)
  })

  it('omits thinking and effort for models that do not take them', async () => {
    await judge('no_concerns', secretsRequest(fast({ model: 'claude-haiku-4-5-20251001' })))
    const body = fake.requests[0] as Record<string, unknown>
    expect(body).not.toHaveProperty('thinking')
    expect(body['output_config']).not.toHaveProperty('effort')
    expect(supportsAdaptiveThinking('claude-opus-5-5')).toBe(true)
    expect(supportsAdaptiveThinking('global.anthropic.claude-sonnet-5-5')).toBe(true)
    expect(supportsAdaptiveThinking('claude-sonnet-4-6')).toBe(true)
    expect(supportsAdaptiveThinking('claude-sonnet-4-5-20250929')).toBe(false)
    expect(supportsAdaptiveThinking('claude-haiku-4-5')).toBe(false)
  })

  it('needs_human with a concern on a plan address keeps the concern, escaped', async () => {
    const { outcome } = await judge('needs_human')
    expect(outcome.status).toBe('ok')
    expect(outcome.verdict).toBe('needs_human')
    expect(outcome.concerns).toEqual([
      {
        address: 'aws_db_instance.main',
        category: 'data-loss',
        message: 'Replacing this resource deletes its data.'
      }
    ])
    expect(outcome.reasons).toEqual([
      'The model (claude-sonnet-5-5) raised 1 concern; a human must review.'
    ])
  })

  it('escapes hostile model text: no mentions, HTML, links or images leave', async () => {
    const { outcome } = await judge('hostile_text')
    const message = outcome.concerns[0]?.message ?? ''
    expect(message).not.toMatch(/@[A-Za-z]/)
    expect(message).not.toMatch(/[<>]/)
    expect(message).not.toContain('http')
    expect(message).not.toContain('](')
    expect(message).not.toContain('www.')
    expect(message).toContain('@\u200Doctocat')
    expect(outcome.summary).not.toMatch(/<script|@everyone|https?:/)
  })

  // Each fault: the outcome, then the time it may take at most with 0.3 s x 2 attempts.
  const faults: {
    mode: FakeMode
    status: ModelOutcome['status']
    reason: RegExp
    maxMs: number
    requests?: number
  }[] = [
    {
      mode: 'refusal',
      status: 'failed',
      reason: /declined to answer \(refusal, category cyber\)/,
      maxMs: 1000,
      requests: 1
    },
    {
      mode: 'rate_limited',
      status: 'failed',
      reason: /rate limited \(HTTP 429\) after 2 attempts \(request id req_fake\d+\)/,
      maxMs: 1500,
      requests: 2
    },
    {
      mode: 'overloaded',
      status: 'failed',
      reason: /overloaded \(HTTP 529\) after 2 attempts/,
      maxMs: 1500,
      requests: 2
    },
    {
      mode: 'server_error',
      status: 'failed',
      reason: /server error \(HTTP 500\) after 2 attempts/,
      maxMs: 1500,
      requests: 2
    },
    {
      mode: 'hang',
      status: 'failed',
      reason: /timed out: no answer within llm.timeout_seconds \(0.3 s\) on 2 attempts/,
      maxMs: 2500,
      requests: 2
    },
    {
      mode: 'long_retry_after',
      status: 'failed',
      reason: /no answer within 2.1 s/,
      maxMs: 2800,
      requests: 1
    },
    {
      mode: 'truncated',
      status: 'failed',
      reason: /cut off at llm.max_output_tokens \(4000, thinking included\)/,
      maxMs: 1000,
      requests: 1
    },
    {
      mode: 'bad_enum',
      status: 'failed',
      reason: /did not match the verdict schema \(verdict: invalid_value\)/,
      maxMs: 1000,
      requests: 1
    },
    {
      mode: 'not_json',
      status: 'failed',
      reason: /the answer was not valid JSON/,
      maxMs: 1000,
      requests: 1
    },
    {
      mode: 'stop_sequence',
      status: 'failed',
      reason: /stopped early \(stop_reason stop_sequence\)/,
      maxMs: 1000,
      requests: 1
    },
    {
      mode: 'injection',
      status: 'ok',
      reason: /possible prompt injection/,
      maxMs: 1000,
      requests: 1
    },
    {
      mode: 'unknown_address',
      status: 'ok',
      reason:
        /Ignored a model concern about "aws_instance.ghost", which is not an address in this plan/,
      maxMs: 1000,
      requests: 1
    }
  ]
  for (const f of faults) {
    it(`${f.mode} → ${f.status} + needs_human, with a reason, in under ${f.maxMs} ms`, async () => {
      const { outcome, ms } = await judge(f.mode)
      expect(outcome.status).toBe(f.status)
      expect(outcome.verdict).toBe('needs_human')
      expect(outcome.concerns).toEqual([])
      expect(outcome.reasons.join(' ')).toMatch(f.reason)
      expect(ms).toBeLessThan(f.maxMs)
      if (f.requests !== undefined) expect(fake.requests).toHaveLength(f.requests)
    })
  }

  it('the hang deadline matches the settings', () => {
    expect(callDeadlineMs(fast())).toBe(300 * 2 + 500 + 1000)
    expect(callDeadlineMs(llmSettings())).toBe(60_000 * 3 + 500 + 1000 + 1000)
    // The default policy: at most about 3 minutes for the model step.
    expect(judgeDeadlineMs(llmSettings())).toBe(182_500)
  })

  it('counts the tokens of a truncated answer even though it did not parse', async () => {
    const { outcome } = await judge('truncated')
    expect(outcome.usage.outputTokens).toBe(4000)
    expect(outcome.costUsd).toBeCloseTo((1500 * 2 + 4000 * 10) / 1e6, 10)
  })

  it('recovers from one 429 or 529 by retrying, honouring retry-after', async () => {
    for (const mode of ['rate_limited_then_ok', 'overloaded_then_ok'] as const) {
      fake.requests.length = 0
      const { outcome, ms } = await judge(mode)
      expect(outcome).toMatchObject({ status: 'ok', verdict: 'no_concerns' })
      expect(fake.requests).toHaveLength(2)
      expect(ms).toBeLessThan(1000)
    }
  })

  it('the adversarial model cannot escalate privileges: the outcome is only ever its enum', async () => {
    const { outcome } = await judge('adversarial', injectionRequest('y'.repeat(24), fast()))
    // The model layer reports the yes; only the decision (with the findings) may approve.
    expect(outcome).toMatchObject({ status: 'ok', verdict: 'no_concerns', concerns: [] })
    expect(Object.keys(outcome).sort()).toEqual(
      [
        'concerns',
        'costUsd',
        'digest',
        'durationMs',
        'injectionSuspected',
        'model',
        'provider',
        'reasons',
        'requestIds',
        'status',
        'summary',
        'usage',
        'verdict'
      ].sort()
    )
  })

  it('keeps needs_human when one concern is valid and another cites an unknown address', async () => {
    fake.setMode(() =>
      messageReply({
        verdict: 'needs_human',
        concerns: [
          { address: 'aws_instance.ghost', category: 'security', message: 'made up' },
          { address: 'aws_db_instance.main', category: 'data-loss', message: 'data is lost' },
          { address: '', category: 'other', message: 'plan-wide' }
        ],
        injection_suspected: false
      })
    )
    const request = secretsRequest(fast())
    const outcome = await model().judge(request)
    expect(outcome.verdict).toBe('needs_human')
    expect(outcome.concerns.map((c) => c.address)).toEqual(['aws_db_instance.main', ''])
    expect(outcome.reasons).toContain(
      'Ignored a model concern about "aws_instance.ghost", which is not an address in this plan.'
    )
  })

  it('keeps at most 20 concerns and says how many more there were', async () => {
    fake.setMode(() =>
      messageReply({
        verdict: 'needs_human',
        concerns: Array.from({ length: 25 }, (_, i) => ({
          address: 'aws_db_instance.main',
          category: 'data-loss',
          message: `concern ${i}`
        })),
        injection_suspected: false
      })
    )
    const outcome = await model().judge(secretsRequest(fast()))
    expect(outcome.concerns).toHaveLength(20)
    expect(outcome.reasons).toContain('5 more model concerns were not kept (at most 20).')
  })

  it('treats no_concerns with listed concerns as needs_human', async () => {
    fake.setMode(() =>
      messageReply({
        verdict: 'no_concerns',
        concerns: [{ address: 'aws_instance.ghost', category: 'other', message: 'x' }],
        injection_suspected: false
      })
    )
    const outcome = await model().judge(secretsRequest(fast()))
    expect(outcome.verdict).toBe('needs_human')
    expect(outcome.reasons.join(' ')).toMatch(/answered no_concerns but listed concerns/)
  })

  it('k samples must all say no_concerns; the first dissent stops sampling', async () => {
    const settings = fast({ samples: 3 })
    fake.setMode('no_concerns')
    const yes = await model(settings).judge(secretsRequest(settings))
    expect(yes).toMatchObject({ status: 'ok', verdict: 'no_concerns' })
    expect(yes.reasons).toEqual([
      'The model (claude-sonnet-5-5) found no concerns in all 3 samples.'
    ])
    expect(fake.requests).toHaveLength(3)
    expect(yes.usage.inputTokens).toBe(4500)
    // Samples 2..k share the prefix through the prompt cache, and the same nonce.
    expect(fake.requests[0]).toMatchObject({ cache_control: { type: 'ephemeral' } })
    expect(JSON.stringify(fake.requests[2])).toBe(JSON.stringify(fake.requests[0]))

    fake.requests.length = 0
    fake.setMode((r) =>
      r.index % 3 === 1
        ? messageReply({
            verdict: 'needs_human',
            concerns: [
              { address: 'aws_lambda_function.api', category: 'availability', message: 'm' }
            ],
            injection_suspected: false
          })
        : messageReply({ verdict: 'no_concerns', concerns: [], injection_suspected: false })
    )
    const split = await model(settings).judge(secretsRequest(settings))
    expect(split).toMatchObject({ status: 'ok', verdict: 'needs_human' })
    expect(fake.requests).toHaveLength(2)
    expect(split.reasons.join(' ')).toMatch(
      /sample 2 of 3 said needs_human after 1 said no concerns/
    )

    fake.requests.length = 0
    fake.setMode('refusal')
    const failed = await model(settings).judge(secretsRequest(settings))
    expect(failed).toMatchObject({ status: 'failed', verdict: 'needs_human' })
    expect(failed.reasons[0]).toMatch(/\(sample 1 of 3\)/)
    expect(fake.requests).toHaveLength(1)
  })

  it('does not send a digest over the token budget', async () => {
    const settings = fast({ max_input_tokens: 2500 })
    const { request } = largeRequest(400, 40, settings)
    fake.setMode('no_concerns')
    const outcome = await model(settings).judge(request)
    expect(outcome.status).toBe('failed')
    expect(outcome.reasons[0]).toMatch(
      /needs about \d+ input tokens, over llm.max_input_tokens \(2500\) even with 390 resources summarised, so it was not sent/
    )
    expect(fake.requests).toHaveLength(0)
    expect(outcome.digest.resourcesSummarised).toBe(390)
  })

  it('fails closed when the policy disables the model or names another provider', async () => {
    const off = await model().judge(secretsRequest(fast({ enabled: false })))
    expect(off.status).toBe('failed')
    expect(off.reasons[0]).toMatch(/disabled by the policy/)
    const other = await model().judge(secretsRequest(fast({ provider: 'bedrock' })))
    expect(other.status).toBe('failed')
    expect(other.reasons[0]).toMatch(
      /asks for provider bedrock but this run is configured for anthropic/
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('fails closed when the API cannot be reached', async () => {
    const closed = await startFakeAnthropic('no_concerns')
    const url = closed.url
    await closed.close()
    const settings = fast({ max_retries: 0 })
    const started = performance.now()
    const outcome = await createVerdictModel({
      provider: 'anthropic',
      settings,
      apiKey: 'k',
      baseURL: url
    }).judge(secretsRequest(settings))
    timings['unreachable'] = Math.round(performance.now() - started)
    expect(outcome.status).toBe('failed')
    expect(outcome.reasons[0]).toMatch(/could not reach the anthropic API after 1 attempt/)
  })

  it('fails closed on 401 and 404 without retrying', async () => {
    fake.setMode(() => ({
      status: 401,
      body: { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }
    }))
    const auth = await model().judge(secretsRequest(fast()))
    expect(auth.reasons[0]).toMatch(/credentials were refused \(HTTP 401\): invalid x-api-key/)
    fake.setMode(() => ({
      status: 404,
      body: { type: 'error', error: { type: 'not_found_error', message: 'model: claude-nope' } }
    }))
    const missing = await model(fast({ model: 'claude-nope' })).judge(
      secretsRequest(fast({ model: 'claude-nope' }))
    )
    expect(missing.reasons[0]).toMatch(
      /not found \(HTTP 404\).*is llm.model "claude-nope" available on anthropic/
    )
    expect(missing.costUsd).toBeNull()
    expect(fake.requests).toHaveLength(2)
  })

  it('honours ANTHROPIC_BASE_URL when no baseURL is configured', async () => {
    const saved = process.env['ANTHROPIC_BASE_URL']
    process.env['ANTHROPIC_BASE_URL'] = fake.url
    try {
      fake.setMode('no_concerns')
      const settings = fast()
      const outcome = await createVerdictModel({
        provider: 'anthropic',
        settings,
        apiKey: 'k'
      }).judge(secretsRequest(settings))
      expect(outcome.status).toBe('ok')
      expect(fake.requests).toHaveLength(1)
    } finally {
      if (saved === undefined) delete process.env['ANTHROPIC_BASE_URL']
      else process.env['ANTHROPIC_BASE_URL'] = saved
    }
  })
})

describe('cloud providers on the same code path', () => {
  it('Bedrock: SigV4-signed invoke of the model path, same verdict handling', async () => {
    const settings = fast({
      provider: 'bedrock',
      model: 'global.anthropic.claude-sonnet-5-5',
      price_per_mtok: { 'claude-sonnet-5-5': { input: 2, output: 10 } }
    })
    fake.setMode('needs_human')
    const outcome = await createVerdictModel({
      provider: 'bedrock',
      settings,
      awsRegion: 'us-east-1',
      awsAccessKeyId: 'AKIAFAKEFAKEFAKEFAKE',
      awsSecretAccessKey: 'fake-secret-key-for-signing-only',
      baseURL: fake.url
    }).judge(secretsRequest(settings))
    expect(outcome).toMatchObject({ status: 'ok', verdict: 'needs_human', provider: 'bedrock' })
    expect(outcome.concerns[0]?.address).toBe('aws_db_instance.main')
    expect(outcome.costUsd).not.toBeNull() // price found under the plain model id
    const request = fake.log[0]
    expect(request?.path).toBe('/model/global.anthropic.claude-sonnet-5-5/invoke')
    expect(request?.headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 /)
    expect(request?.body).toMatchObject({ anthropic_version: '2026-10-21' })
    expect(request?.body).not.toHaveProperty('model')
  })

  it('Vertex: rawPredict on the project path with a Google token', async () => {
    type AuthClient = NonNullable<
      NonNullable<ConstructorParameters<typeof AnthropicVertex>[0]>['authClient']
    >
    const authClient = {
      projectId: 'demo-project',
      getRequestHeaders: () =>
        Promise.resolve(new Headers({ authorization: 'Bearer ya29.fake-token' }))
    } as unknown as AuthClient
    const settings = fast({ provider: 'vertex' })
    fake.setMode('no_concerns')
    const client = new AnthropicVertex({
      region: 'us-east5',
      projectId: 'demo-project',
      baseURL: `${fake.url}/v1`,
      authClient,
      maxRetries: settings.max_retries,
      openTelemetry: false,
      middleware: [verdictMiddleware]
    })
    const outcome = await new AnthropicVerdictModel({ provider: 'vertex', client }).judge(
      secretsRequest(settings)
    )
    expect(outcome).toMatchObject({ status: 'ok', verdict: 'no_concerns', provider: 'vertex' })
    const request = fake.log[0]
    expect(request?.path).toBe(
      '/v1/projects/demo-project/locations/us-east5/publishers/anthropic/models/claude-sonnet-5-5:rawPredict'
    )
    expect(request?.headers['authorization']).toBe('Bearer ya29.fake-token')
    for (const secret of Object.values(SECRETS)) expect(everythingSent()).not.toContain(secret)
  })

  it('a client factory that throws becomes a failed outcome', async () => {
    const broken = new AnthropicVerdictModel({
      provider: 'vertex',
      client: () => {
        throw new Error('No region was given')
      }
    })
    const outcome = await broken.judge(secretsRequest(fast({ provider: 'vertex' })))
    expect(outcome.status).toBe('failed')
    expect(outcome.reasons[0]).toMatch(
      /internal error before or around the call: Error: No region was given/
    )
  })
})

describe('costUsd', () => {
  it('prices input, output and cache tokens from the policy table', () => {
    const settings = llmSettings()
    const usage = {
      inputTokens: 1_000_000,
      outputTokens: 100_000,
      cacheReadTokens: 1_000_000,
      cacheCreationTokens: 1_000_000
    }
    // 1M input x $2 + 1M cache write x 1.25 x $2 + 1M cache read x 0.1 x $2 + 0.1M output x $10
    expect(costUsd(settings, 'claude-sonnet-5-5', usage)).toBeCloseTo(2 + 2.5 + 0.2 + 1, 10)
    expect(costUsd(settings, 'us.anthropic.claude-haiku-5-5-v1:0', usage)).toBeCloseTo(
      0.1 + 0.125 + 0.01 + 0.05,
      10
    )
    expect(costUsd(settings, 'claude-unknown', usage)).toBeNull()
  })
})
