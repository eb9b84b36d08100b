/**
 * Plan completeness: a review of a partial plan is a review of the wrong thing. An errored plan
 * or an unreadable file is critical (nothing trustworthy to review); an incomplete plan (deferred
 * changes, `complete: false`) or a format newer than this build understands is high.
 */
import { renderValue } from '../plan/diff.js'
import { scrubText } from '../plan/redact.js'
import type { PlanFileModel } from '../plan/types.js'
import type { Finding, Rule, RuleContext } from './types.js'

/** Load errors can quote file content (JSON.parse does); keep the line short and secret-free. */
const MAX_LOAD_MESSAGE = 300

/** The finding for a plan file that could not be read at all: always critical. */
export function planLoadFailureFinding(file: string, message: string): Finding {
  // PlanLoadError messages start with the file name; the finding names it once.
  const withoutFile = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message
  const detail = scrubText(withoutFile).replace(/\s+/g, ' ').trim()
  const short =
    detail.length > MAX_LOAD_MESSAGE ? `${detail.slice(0, MAX_LOAD_MESSAGE - 1)}…` : detail
  return {
    rule: 'plan-incomplete',
    severity: 'critical',
    address: '',
    message: `The plan file ${file} could not be read, so none of its changes were reviewed: ${short}`,
    evidence: [],
    planFile: file
  }
}

function planWide(
  plan: PlanFileModel,
  severity: Finding['severity'],
  message: string,
  note: string
): Finding {
  return {
    rule: 'plan-incomplete',
    severity,
    address: '',
    message,
    evidence: [{ note }],
    planFile: plan.meta.file
  }
}

export function findIncompletePlan(ctx: RuleContext): Finding[] {
  const { meta } = ctx.plan
  const findings: Finding[] = []
  if (meta.errored === true) {
    findings.push(
      planWide(
        ctx.plan,
        'critical',
        'The plan operation failed part-way (errored: true): the changes shown are not everything apply would do. Fix the plan errors and plan again.',
        'errored: true'
      )
    )
  }
  const deferred =
    meta.deferredChanges > 0
      ? `${meta.deferredChanges} deferred change${meta.deferredChanges === 1 ? '' : 's'}`
      : undefined
  if (meta.complete === false) {
    findings.push(
      planWide(
        ctx.plan,
        'high',
        `The plan is incomplete (complete: false${deferred ? `, ${deferred}` : ''}): more changes will be planned after this one is applied, and they are not part of this review.`,
        deferred ? `complete: false; ${deferred}` : 'complete: false'
      )
    )
  } else if (deferred) {
    // Terraform sets complete: false along with deferrals; report them alone only if it did not.
    findings.push(
      planWide(
        ctx.plan,
        'high',
        `The plan has ${deferred} that this apply will not make (unknown values, e.g. for_each over values known only after apply); they will appear in a later plan and are not part of this review.`,
        `deferred_changes: ${meta.deferredChanges}`
      )
    )
  }
  if (meta.unknownMajorFormat) {
    // The version string is free text from the file: quote and cap it.
    const version = renderValue(meta.formatVersion, 24)
    findings.push(
      planWide(
        ctx.plan,
        'high',
        `format_version ${version} is newer than this plangate understands; reviewed with the 1.x model, so changes expressed in new ways may be missed.`,
        `format_version: ${version}`
      )
    )
  }
  return findings
}

export const planIncompleteRule: Rule = { id: 'plan-incomplete', run: findIncompletePlan }
