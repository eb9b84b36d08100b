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
