import type { PlanFileModel } from '../plan/types.js'
import type { Catalogue, EnvironmentSettings } from '../policy/types.js'

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s)
export const maxSeverity = (a: Severity, b: Severity): Severity =>
  severityRank(a) >= severityRank(b) ? a : b
/** The tiers of DESIGN.md: high and critical always need a human. */
export const isHumanTier = (s: Severity): boolean => severityRank(s) >= severityRank('high')

export const RULE_IDS = [
  'plan-incomplete',
  'suspicious-text',
  'stateful-delete',
  'stateful-replace',
  'delete',
  'replace',
  'mass-delete',
  'missing-moved',
  'drift-revert',
  'iam',
  'network-exposure',
  'public-access',
  'protection-removed',
  'unknown-security-attr',
  'disruptive-update',
  'dns-change',
  'policy-or-workflow-change'
] as const
export type RuleId = (typeof RULE_IDS)[number]

/** One piece of evidence: an attribute path with its (already redacted, rendered) values. */
export interface Evidence {
  /** Attribute path in Terraform's dotted form, e.g. `ingress[0].cidr_blocks`. */
  readonly path?: string
  readonly before?: string
  readonly after?: string
  /** Free text, e.g. "forced by engine_version (replace_paths)". */
  readonly note?: string
}

export interface Finding {
  readonly rule: RuleId
  readonly severity: Severity
  /** Resource address, or `''` for plan-wide findings (e.g. mass-delete, plan-incomplete). */
  readonly address: string
  /** One read for a human: what happens and why it matters. */
  readonly message: string
  readonly evidence: readonly Evidence[]
  /** Plan file the finding came from. */
  readonly planFile: string
}

/** A finding after the policy re-mapped its severity for the plan's environment. */
export interface RatedFinding extends Finding {
  /** Severity the rule gave before policy overrides. */
  readonly ruleSeverity: Severity
  /** Why the severity changed, when it did (override or allow-list). */
  readonly adjustedBy?: string
}

export interface RuleContext {
  readonly plan: PlanFileModel
  readonly catalogue: Catalogue
  readonly settings: EnvironmentSettings
}

/** A rule family: a pure function from one plan file to findings. */
export interface Rule {
  readonly id: string
  readonly run: (ctx: RuleContext) => Finding[]
}
