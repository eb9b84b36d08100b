/**
 * The decision under DESIGN.md's tiers. Pure: findings (already rated by the policy), the
 * environments in play and the model's outcome in; approve or review, with every reason, out.
 *
 *   critical, high → review (the model cannot clear them)
 *   medium         → approve only when the model answered "no concerns"
 *   low, info      → approve unless the model raised a concern; without a model only when the
 *                    policy allows rules-only approval for every environment in the plan
 */
import type { ModelOutcome } from './llm/types.js'
import type { EnvironmentSettings } from './policy/types.js'
import { isHumanTier, severityRank } from './rules/types.js'
import type { RatedFinding, Severity } from './rules/types.js'

export type Risk = 'none' | Severity
export type DecisionValue = 'approve' | 'review'

/** Whether the model was asked, and if not, why not (shown in the report). */
export type ModelStep =
  | { readonly asked: true; readonly outcome: ModelOutcome }
  | { readonly asked: false; readonly why: string }

export interface DecisionInput {
  readonly findings: readonly RatedFinding[]
  readonly environments: readonly EnvironmentSettings[]
  readonly model: ModelStep
}

export interface Decision {
  readonly decision: DecisionValue
  readonly risk: Risk
  readonly reasons: readonly string[]
}

export function riskOf(findings: readonly RatedFinding[]): Risk {
  let risk: Risk = 'none'
  for (const f of findings)
    if (risk === 'none' || severityRank(f.severity) > severityRank(risk)) risk = f.severity
  return risk
}

const cite = (f: RatedFinding): string => (f.address ? `${f.rule} on ${f.address}` : f.rule)

function listFindings(findings: readonly RatedFinding[], max = 5): string {
  const shown = findings.slice(0, max).map(cite).join('; ')
  return findings.length > max ? `${shown}; and ${findings.length - max} more` : shown
}

export function decide(input: DecisionInput): Decision {
  const { findings, environments, model } = input
  const risk = riskOf(findings)
  const reasons: string[] = []
  let approvable = true

  const humanTier = findings.filter((f) => isHumanTier(f.severity))
  if (humanTier.length > 0) {
    approvable = false
    reasons.push(
      `${humanTier.length} finding(s) at high or critical severity need a human: ${listFindings(humanTier)}.`
    )
  }
  const medium = findings.filter((f) => f.severity === 'medium')

  if (model.asked) {
    const o = model.outcome
    if (o.status === 'failed') {
      approvable = false
      reasons.push(
        `The model verdict is unavailable, so a human must review: ${o.reasons.join(' ') || 'unknown error.'}`
      )
    } else if (o.verdict === 'needs_human') {
      approvable = false
      const concerns = o.concerns.length
      reasons.push(
        `The model (${o.model}) asks for a human${concerns ? ` with ${concerns} concern(s)` : ''}${o.injectionSuspected ? '; it suspects an attempt to instruct it from the plan or PR' : ''}.`
      )
      for (const r of o.reasons) reasons.push(r)
    } else if (medium.length > 0 && humanTier.length === 0) {
      reasons.push(
        `The model (${o.model}) found no concerns with ${medium.length} medium finding(s): ${listFindings(medium)}.`
      )
    } else if (humanTier.length > 0) {
      reasons.push('The model found no concerns, but it cannot clear high or critical findings.')
    } else {
      reasons.push(`The model (${o.model}) found no concerns.`)
    }
  } else {
    if (medium.length > 0) {
      approvable = false
      reasons.push(
        `${medium.length} medium finding(s) need the model's "no concerns" or a human, and the model was not asked (${model.why}): ${listFindings(medium)}.`
      )
    }
    const strict = environments.filter((e) => !e.rulesOnlyApproval)
    if (strict.length > 0) {
      approvable = false
      reasons.push(
        `The policy for ${[...new Set(strict.map((e) => e.name))].join(', ')} does not allow approval without a model verdict (${model.why}).`
      )
    }
  }

  if (approvable) {
    const boring =
      findings.length === 0 ? 'no findings' : `only low/info findings (${findings.length})`
    reasons.unshift(
      `Approvable: ${boring}${model.asked ? '' : '; rules-only approval is allowed by the policy'}.`
    )
  }
  return { decision: approvable ? 'approve' : 'review', risk, reasons }
}
