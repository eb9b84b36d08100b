/**
 * The contract between the model layer (src/llm/) and the decision. The decision reads only
 * `status`, `verdict`, `concerns` and `reasons`: anything but an `ok` + `no_concerns` outcome
 * means "needs a human" (DESIGN.md invariants 2 and 3).
 */
import type { PlanFileModel } from '../plan/types.js'
import type { LlmSettings } from '../policy/types.js'
import type { RatedFinding } from '../rules/types.js'

export type ModelVerdict = 'no_concerns' | 'needs_human'

export interface ModelConcern {
  /** An address from the plan; concerns citing addresses not in the plan are dropped and noted. */
  readonly address: string
  readonly category: string
  /** Escaped for markdown: no @mentions, no HTML, no links. */
  readonly message: string
}

export interface ModelUsage {
  readonly inputTokens: number
  readonly outputTokens: number
  readonly cacheReadTokens: number
  readonly cacheCreationTokens: number
}

/** What the model saw: reported so a reviewer knows what the verdict was based on. */
export interface DigestStats {
  readonly bytes: number
  readonly estimatedTokens: number
  /** Resources shown one by one. */
  readonly resourcesShown: number
  /** Resources folded into per-type/module summaries because of the token budget. */
  readonly resourcesSummarised: number
}

export interface ModelOutcome {
  /** `ok`: a valid verdict came back. `failed`: any error (the reason says which). */
  readonly status: 'ok' | 'failed'
  /** Always `needs_human` when status is `failed`. */
  readonly verdict: ModelVerdict
  readonly concerns: readonly ModelConcern[]
  readonly injectionSuspected: boolean
  /** Why the outcome is what it is, each one readable on its own (failures, ignored citations). */
  readonly reasons: readonly string[]
  readonly provider: string
  readonly model: string
  readonly usage: ModelUsage
  /** USD, from the policy's price table; null when the model has no price there. */
  readonly costUsd: number | null
  readonly digest: DigestStats
  /** Wall time of the whole model step, ms. */
  readonly durationMs: number
  /** The model's one-sentence summary of the change, escaped like `message`; display only. */
  readonly summary?: string | undefined
  /** Provider request ids (`request-id` header), for support and audit. */
  readonly requestIds?: readonly string[] | undefined
}

/** Pull request context; every field is untrusted text. */
export interface PullRequestContext {
  readonly title?: string | undefined
  readonly body?: string | undefined
  /** Unified diff of the PR's .tf/.tfvars/.hcl files, when available. */
  readonly diff?: string | undefined
  readonly changedFiles?: readonly string[] | undefined
}

export interface ModelRequest {
  readonly plans: readonly PlanFileModel[]
  readonly findings: readonly RatedFinding[]
  /** Environment name per plan file. */
  readonly environments: Readonly<Record<string, string>>
  readonly pr: PullRequestContext | undefined
  readonly settings: LlmSettings
}

/** The model step as the pipeline sees it. Implementations never throw: failures are outcomes. */
export interface VerdictModel {
  judge(request: ModelRequest): Promise<ModelOutcome>
}

export type ModelProvider = LlmSettings['provider']

/**
 * Where and how to reach the model, from `modelConfigFromEnv` (src/llm/index.ts). Holds
 * credentials: never log or serialise it.
 */
export interface ModelClientConfig {
  readonly provider: ModelProvider
  /** Client defaults (timeout, retries); each `judge()` uses its request's own settings. */
  readonly settings: LlmSettings
  /** Anthropic API key (provider `anthropic`); the SDK sends it as a bearer token. */
  readonly apiKey?: string | undefined
  /**
   * Endpoint override: ANTHROPIC_BASE_URL, ANTHROPIC_BEDROCK_BASE_URL or
   * ANTHROPIC_VERTEX_BASE_URL. When absent the SDK reads the variable itself.
   */
  readonly baseURL?: string | undefined
  /** Bedrock: region, and static credentials when the environment has them (else the AWS chain). */
  readonly awsRegion?: string | undefined
  readonly awsAccessKeyId?: string | undefined
  readonly awsSecretAccessKey?: string | undefined
  readonly awsSessionToken?: string | undefined
  /** Bedrock API key (AWS_BEARER_TOKEN_BEDROCK), used instead of SigV4 when set. */
  readonly bedrockApiKey?: string | undefined
  /** Vertex: region (`global` allowed) and project; credentials come from Google ADC. */
  readonly vertexRegion?: string | undefined
  readonly vertexProjectId?: string | undefined
}
