/**
 * The model step: the real Anthropic SDK (or its Bedrock/Vertex variants, which share `messages`)
 * asked for a structured verdict through `messages.parse` + `output_config.format`.
 *
 * `judge()` never throws. Every way it can go wrong ends in a `failed` or `needs_human` outcome
 * whose reasons say what happened (DESIGN.md invariant 3): HTTP errors after retries, timeouts,
 * a refusal, any stop reason but `end_turn`, output that fails the schema, a suspected prompt
 * injection, a digest over the token budget. Concerns citing addresses that are not in the plan
 * are dropped and noted; they never turn a "needs human" into a yes (invariant 2). Every piece
 * of model text is escaped before it leaves (invariant 8).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AnthropicError
} from '@anthropic-ai/sdk'
import type { Anthropic, Middleware } from '@anthropic-ai/sdk'
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod'
import type { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk'
import type { AnthropicVertex } from '@anthropic-ai/vertex-sdk'
import type { LlmSettings } from '../policy/types.js'
import { escapeModelText } from './escape.js'
import { buildPrompt, citableAddresses } from './prompt.js'
import type { BuiltPrompt } from './prompt.js'
import { verdictSchema } from './schema.js'
import type { VerdictAnswer } from './schema.js'
import type {
  DigestStats,
  ModelConcern,
  ModelOutcome,
  ModelProvider,
  ModelRequest,
  ModelUsage,
  VerdictModel
} from './types.js'

/** Any of the three SDK clients: they share `messages.parse`, options and errors. */
export type SdkClient = Anthropic | AnthropicBedrock | AnthropicVertex

// ---------------------------------------------------------------------------------------------
// Seeing the raw response
//
// `messages.parse` throws on truncated or schema-breaking output and the message (stop reason,
// usage, request id) is lost with it. This middleware keeps the last raw response of the call in
// flight, found through AsyncLocalStorage, so the outcome can still say "cut off at max_tokens"
// and count the tokens that were billed.

interface RawMessage {
  readonly stop_reason?: unknown
  readonly stop_details?: unknown
  readonly usage?: unknown
  readonly content?: unknown
}

interface CallRecord {
  attempts: number
  lastMessage: RawMessage | undefined
  requestIds: string[]
}

const inFlight = new AsyncLocalStorage<CallRecord>()

/** Put this on the SDK client (createVerdictModel does) for richer failure reasons and usage. */
export const verdictMiddleware: Middleware = async (request, next, ctx) => {
  const record = inFlight.getStore()
  if (record !== undefined) record.attempts++
  const response = await next(request)
  if (record !== undefined) {
    const id = response.headers.get('request-id')
    if (id !== null) record.requestIds.push(id)
    if (response.ok) {
      try {
        const body = await ctx.parse<unknown>(response)
        if (body !== null && typeof body === 'object') record.lastMessage = body
      } catch {
        // Unreadable body: the SDK reports it as an error of its own.
      }
    }
  }
  return response
}

// ---------------------------------------------------------------------------------------------
// Model capabilities, usage, cost

/**
 * Adaptive thinking and `output_config.effort` exist on the 4.6+ and 5.x generations (they are
 * always-on thinking models); older ids get neither. Matches Bedrock and Vertex ids too
 * (`global.anthropic.claude-sonnet-5-5`, `claude-sonnet-5-5@2026…`).
 */
export function supportsAdaptiveThinking(model: string): boolean {
  const m = /claude-(?:opus|sonnet|haiku|fable|mythos)-(\d+)(?:-(\d{1,2}))?(?!\d)/.exec(model)
  if (m === null) return false
  const major = Number(m[1])
  const minor = m[2] === undefined ? 0 : Number(m[2])
  return major >= 5 || (major === 4 && minor >= 6)
}

/** Price table key for a model id as Bedrock or Vertex spell it. */
function priceFor(
  settings: LlmSettings,
  model: string
): { input: number; output: number } | undefined {
  const table = settings.price_per_mtok
  if (table[model] !== undefined) return table[model]
  const base = model
    .replace(/^arn:.*\//, '')
    .replace(/^(?:[a-z]{2,6}\.)?anthropic\./, '')
    .replace(/@.*$/, '')
    .replace(/-v\d+(?::\d+)?$/, '')
  return table[base]
}

/** Prompt-cache multipliers on the input price (5-minute write, read) per anthropic.md §3.1. */
const CACHE_WRITE_FACTOR = 1.25
const CACHE_READ_FACTOR = 0.1

const ZERO_USAGE: ModelUsage = {
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheCreationTokens: 0
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

function usageOf(raw: unknown): ModelUsage {
  if (raw === null || typeof raw !== 'object') return ZERO_USAGE
  const u = raw as Record<string, unknown>
  return {
    inputTokens: num(u['input_tokens']),
    outputTokens: num(u['output_tokens']),
    cacheReadTokens: num(u['cache_read_input_tokens']),
    cacheCreationTokens: num(u['cache_creation_input_tokens'])
  }
}

const addUsage = (a: ModelUsage, b: ModelUsage): ModelUsage => ({
  inputTokens: a.inputTokens + b.inputTokens,
  outputTokens: a.outputTokens + b.outputTokens,
  cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
  cacheCreationTokens: a.cacheCreationTokens + b.cacheCreationTokens
})

export function costUsd(settings: LlmSettings, model: string, usage: ModelUsage): number | null {
  const price = priceFor(settings, model)
  if (price === undefined) return null
  const input =
    usage.inputTokens +
    usage.cacheCreationTokens * CACHE_WRITE_FACTOR +
    usage.cacheReadTokens * CACHE_READ_FACTOR
  return (input * price.input + usage.outputTokens * price.output) / 1_000_000
}

/**
 * The most one call may take: every attempt timing out plus the SDK's backoff between them
 * (0.5 s doubling, at most 8 s), plus slack. A server asking for a longer `retry-after` is not
 * waited for: the call is aborted at this deadline.
 */
export function callDeadlineMs(settings: LlmSettings): number {
  const perAttempt = settings.timeout_seconds * 1000
  let backoff = 0
  for (let i = 0; i < settings.max_retries; i++) backoff += Math.min(500 * 2 ** i, 8000)
  return perAttempt * (settings.max_retries + 1) + backoff + 1000
}

/** The most a whole judge() may take: every sample at its call deadline (sampling stops at the first failure). */
export const judgeDeadlineMs = (settings: LlmSettings): number =>
  callDeadlineMs(settings) * settings.samples

// ---------------------------------------------------------------------------------------------
// One sample

type Sample =
  | { readonly kind: 'answer'; readonly answer: VerdictAnswer; readonly usage: ModelUsage }
  | { readonly kind: 'failure'; readonly reason: string; readonly usage: ModelUsage }

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

function attemptsText(record: CallRecord, settings: LlmSettings): string {
  return record.attempts > 0
    ? `${record.attempts} attempt${record.attempts === 1 ? '' : 's'}`
    : `up to ${settings.max_retries + 1} attempts`
}

function firstText(message: RawMessage | undefined): string | undefined {
  if (!Array.isArray(message?.content)) return undefined
  for (const block of message.content as unknown[]) {
    if (block !== null && typeof block === 'object') {
      const b = block as Record<string, unknown>
      if (b['type'] === 'text' && typeof b['text'] === 'string') return b['text']
    }
  }
  return undefined
}

/** Why the answer did not parse, from the raw text (the SDK's message text is not an API). */
function parseFailure(record: CallRecord, settings: LlmSettings): string {
  const message = record.lastMessage
  if (message?.stop_reason === 'max_tokens') {
    return `the answer was cut off at llm.max_output_tokens (${settings.max_output_tokens}, thinking included) before the JSON was complete; raise llm.max_output_tokens`
  }
  const text = firstText(message)
  if (text === undefined) return 'the answer could not be read as a verdict'
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return 'the answer was not valid JSON'
  }
  const result = verdictSchema.safeParse(json)
  if (result.success) return 'the answer could not be read as a verdict'
  // Only schema key names, indices and zod's issue code: no text the model wrote.
  const issue = result.error.issues[0]
  const path = (issue?.path ?? [])
    .map((p) => (typeof p === 'number' ? String(p) : /^[a-z_]+$/.test(String(p)) ? String(p) : '?'))
    .join('.')
  return `the answer did not match the verdict schema (${path === '' ? 'top level' : path}: ${issue?.code ?? 'invalid'})`
}

/** `instanceof APIError` narrows to APIError<any, …>; read the status as what it is. */
const httpStatus = (error: { readonly status?: unknown }): number =>
  typeof error.status === 'number' ? error.status : 0

function describeError(
  error: unknown,
  record: CallRecord,
  settings: LlmSettings,
  provider: ModelProvider,
  deadlineMs: number
): string {
  const attempts = attemptsText(record, settings)
  const id = record.requestIds.at(-1)
  const requestId = id === undefined ? '' : ` (request id ${escapeModelText(id, 80)})`
  if (error instanceof APIUserAbortError) {
    return `no answer within ${seconds(deadlineMs)} (llm.timeout_seconds per attempt, ${attempts}, retry waits included)`
  }
  if (error instanceof APIConnectionTimeoutError) {
    return `timed out: no answer within llm.timeout_seconds (${settings.timeout_seconds} s) on ${attempts}`
  }
  if (error instanceof APIConnectionError) {
    return `could not reach the ${provider} API after ${attempts}: ${escapeModelText(error.message, 200)}`
  }
  if (error instanceof APIError) {
    const status = httpStatus(error)
    const detail = error.apiMessage === null ? '' : `: ${escapeModelText(error.apiMessage, 200)}`
    if (status === 429) return `rate limited (HTTP 429) after ${attempts}${requestId}`
    if (status === 529) return `the API is overloaded (HTTP 529) after ${attempts}${requestId}`
    if (status >= 500) return `server error (HTTP ${status}) after ${attempts}${requestId}`
    if (status === 401 || status === 403) {
      return `the credentials were refused (HTTP ${status})${detail}; check the API key or cloud credentials${requestId}`
    }
    if (status === 404) {
      return `not found (HTTP 404)${detail}; is llm.model "${escapeModelText(settings.model, 100)}" available on ${provider}?${requestId}`
    }
    return `the request was rejected (HTTP ${status})${detail}${requestId}`
  }
  if (error instanceof AnthropicError) return parseFailure(record, settings)
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return `unexpected error: ${escapeModelText(text, 200)}`
}

function refusalText(details: unknown): string {
  const category =
    details !== null && typeof details === 'object'
      ? (details as Record<string, unknown>)['category']
      : undefined
  return typeof category === 'string'
    ? `the model declined to answer (refusal, category ${escapeModelText(category, 40)})`
    : 'the model declined to answer (refusal)'
}

// ---------------------------------------------------------------------------------------------
// The model

export interface AnthropicVerdictModelOptions {
  readonly provider: ModelProvider
  /**
   * The SDK client, or a factory called on first use (so a client that cannot be built, e.g.
   * missing cloud credentials, becomes a failed outcome instead of a throw). Build it with
   * `middleware: [verdictMiddleware]` and `openTelemetry: false`, as createVerdictModel does.
   */
  readonly client: SdkClient | (() => SdkClient | Promise<SdkClient>)
  /** Per-request nonce for the data blocks; tests pin it. */
  readonly nonce?: () => string
}

const randomNonce = (): string => randomBytes(12).toString('hex')

/** Concerns kept for the report; a model that lists hundreds is not adding information. */
const MAX_CONCERNS = 20

export class AnthropicVerdictModel implements VerdictModel {
  readonly provider: ModelProvider
  #client: SdkClient | undefined
  readonly #factory: (() => SdkClient | Promise<SdkClient>) | undefined
  readonly #nonce: () => string

  constructor(options: AnthropicVerdictModelOptions) {
    this.provider = options.provider
    if (typeof options.client === 'function') this.#factory = options.client
    else this.#client = options.client
    this.#nonce = options.nonce ?? randomNonce
  }

  async judge(request: ModelRequest): Promise<ModelOutcome> {
    const started = performance.now()
    const settings = request.settings
    let digest: DigestStats = {
      bytes: 0,
      estimatedTokens: 0,
      resourcesShown: 0,
      resourcesSummarised: 0
    }
    const fail = (
      reason: string,
      usage: ModelUsage = ZERO_USAGE,
      requestIds: string[] = []
    ): ModelOutcome => ({
      status: 'failed',
      verdict: 'needs_human',
      concerns: [],
      injectionSuspected: false,
      reasons: [
        `The model (${settings.model}) gave no usable verdict: ${reason}. A human must review.`
      ],
      provider: this.provider,
      model: settings.model,
      usage,
      costUsd: costUsd(settings, settings.model, usage),
      digest,
      durationMs: Math.round(performance.now() - started),
      requestIds
    })
    try {
      if (!settings.enabled) return fail('the model is disabled by the policy (llm.enabled: false)')
      if (settings.provider !== this.provider) {
        return fail(
          `the policy asks for provider ${settings.provider} but this run is configured for ${this.provider}`
        )
      }
      const prompt = buildPrompt(request, this.#nonce())
      digest = prompt.stats
      if (!prompt.withinBudget) {
        return fail(
          `the plan digest needs about ${prompt.stats.estimatedTokens} input tokens, over llm.max_input_tokens (${settings.max_input_tokens}) even with ${prompt.stats.resourcesSummarised} resources summarised, so it was not sent`
        )
      }
      const client = await this.#getClient()
      const samples: Sample[] = []
      const requestIds: string[] = []
      for (let i = 0; i < settings.samples; i++) {
        const sample = await this.#sample(client, prompt, settings, requestIds)
        samples.push(sample)
        // Unanimity is required, so the first non-yes settles the outcome: stop spending.
        if (sample.kind === 'failure' || !isCleanYes(sample.answer)) break
      }
      return this.#combine(request, samples, requestIds, digest, started)
    } catch (error) {
      // Building the client or the digest failed; nothing was decided by the model.
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      return fail(`internal error before or around the call: ${escapeModelText(text, 200)}`)
    }
  }

  async #getClient(): Promise<SdkClient> {
    if (this.#client === undefined && this.#factory !== undefined)
      this.#client = await this.#factory()
    if (this.#client === undefined) throw new Error('no SDK client')
    return this.#client
  }

  async #sample(
    client: SdkClient,
    prompt: BuiltPrompt,
    settings: LlmSettings,
    requestIds: string[]
  ): Promise<Sample> {
    const record: CallRecord = { attempts: 0, lastMessage: undefined, requestIds: [] }
    const deadlineMs = callDeadlineMs(settings)
    const adaptive = supportsAdaptiveThinking(settings.model)
    try {
      const message = await inFlight.run(record, () =>
        client.messages.parse(
          {
            model: settings.model,
            max_tokens: settings.max_output_tokens,
            system: [{ type: 'text', text: prompt.system }],
            messages: [{ role: 'user', content: prompt.user }],
            output_config: {
              format: zodOutputFormat(verdictSchema),
              ...(adaptive ? { effort: settings.effort } : {})
            },
            ...(adaptive ? { thinking: { type: 'adaptive' as const } } : {}),
            // Samples 2..k then read the prompt from cache; one call would only pay the write.
            ...(settings.samples > 1 ? { cache_control: { type: 'ephemeral' as const } } : {})
          },
          {
            timeout: settings.timeout_seconds * 1000,
            maxRetries: settings.max_retries,
            signal: AbortSignal.timeout(deadlineMs)
          }
        )
      )
      requestIds.push(...record.requestIds)
      const usage = usageOf(message.usage)
      if (message.stop_reason === 'refusal') {
        return { kind: 'failure', reason: refusalText(message.stop_details), usage }
      }
      if (message.stop_reason !== 'end_turn') {
        const why = message.stop_reason === null ? 'none' : message.stop_reason
        return { kind: 'failure', reason: `the answer stopped early (stop_reason ${why})`, usage }
      }
      if (message.parsed_output === null) {
        return { kind: 'failure', reason: 'the answer held no structured verdict', usage }
      }
      return { kind: 'answer', answer: message.parsed_output, usage }
    } catch (error) {
      requestIds.push(...record.requestIds)
      return {
        kind: 'failure',
        reason: describeError(error, record, settings, this.provider, deadlineMs),
        usage: usageOf(record.lastMessage?.usage)
      }
    }
  }

  #combine(
    request: ModelRequest,
    samples: readonly Sample[],
    requestIds: string[],
    digest: DigestStats,
    started: number
  ): ModelOutcome {
    const settings = request.settings
    const usage = samples.reduce((sum, s) => addUsage(sum, s.usage), ZERO_USAGE)
    const k = settings.samples
    const base = {
      provider: this.provider,
      model: settings.model,
      usage,
      costUsd: costUsd(settings, settings.model, usage),
      digest,
      requestIds
    }
    const duration = (): number => Math.round(performance.now() - started)
    const failure = samples.find((s) => s.kind === 'failure')
    if (failure !== undefined) {
      const which = k > 1 ? ` (sample ${samples.length} of ${k})` : ''
      return {
        ...base,
        status: 'failed',
        verdict: 'needs_human',
        concerns: [],
        injectionSuspected: false,
        reasons: [
          `The model (${settings.model}) gave no usable verdict${which}: ${failure.reason}. A human must review.`
        ],
        durationMs: duration()
      }
    }
    const answers = samples.flatMap((s) => (s.kind === 'answer' ? [s.answer] : []))
    const citable = citableAddresses(request.plans)
    const concerns: ModelConcern[] = []
    const seen = new Set<string>()
    const reasons: string[] = []
    const ignored = new Set<string>()
    let sawConcern = false
    let extraConcerns = 0
    for (const answer of answers) {
      for (const c of answer.concerns) {
        sawConcern = true
        const cited = c.address.trim()
        const address = cited === '' ? '' : citable.get(cited)
        if (address === undefined) {
          ignored.add(cited)
          continue
        }
        const concern: ModelConcern = {
          address,
          category: c.category,
          message: escapeModelText(c.message)
        }
        const key = `${concern.address}\u0000${concern.category}\u0000${concern.message}`
        if (seen.has(key)) continue
        seen.add(key)
        if (concerns.length < MAX_CONCERNS) concerns.push(concern)
        else extraConcerns++
      }
    }
    const injectionSuspected = answers.some((a) => a.injection_suspected)
    const saidNeedsHuman = answers.filter((a) => a.verdict === 'needs_human').length
    const clean = answers.length === k && answers.every(isCleanYes)
    const last = answers.at(-1)
    const summary =
      last?.summary !== undefined && last.summary.trim() !== ''
        ? escapeModelText(last.summary, 300)
        : undefined
    const samplesText = k > 1 ? ` in all ${k} samples` : ''
    if (clean) {
      reasons.push(`The model (${settings.model}) found no concerns${samplesText}.`)
    } else {
      if (concerns.length > 0) {
        reasons.push(
          `The model (${settings.model}) raised ${concerns.length} concern${concerns.length === 1 ? '' : 's'}; a human must review.`
        )
      }
      if (extraConcerns > 0) {
        reasons.push(
          `${extraConcerns} more model concerns were not kept (at most ${MAX_CONCERNS}).`
        )
      }
      if (injectionSuspected) {
        reasons.push(
          'The model reports text in the plan or pull request that tries to instruct it (possible prompt injection); a human must review.'
        )
      }
      for (const address of [...ignored].sort()) {
        reasons.push(
          `Ignored a model concern about "${escapeModelText(address, 200)}", which is not an address in this plan.`
        )
      }
      if (concerns.length === 0 && !injectionSuspected) {
        if (saidNeedsHuman > 0) {
          reasons.push(
            `The model (${settings.model}) answered needs_human without a concern about a resource in this plan${summary === undefined ? '' : `: ${summary}`}; a human must review.`
          )
        } else if (sawConcern) {
          reasons.push(
            `The model (${settings.model}) answered no_concerns but listed concerns; treated as needs_human.`
          )
        }
      }
      if (k > 1 && saidNeedsHuman > 0 && answers.length > 1) {
        reasons.push(
          `The samples disagreed: sample ${answers.length} of ${k} said needs_human after ${answers.length - 1} said no concerns.`
        )
      }
    }
    return {
      ...base,
      status: 'ok',
      verdict: clean ? 'no_concerns' : 'needs_human',
      concerns,
      injectionSuspected,
      reasons,
      summary,
      durationMs: duration()
    }
  }
}

/** A yes: the verdict says no concerns, lists none and suspects no injection. */
function isCleanYes(answer: VerdictAnswer): boolean {
  return (
    answer.verdict === 'no_concerns' && answer.concerns.length === 0 && !answer.injection_suspected
  )
}
