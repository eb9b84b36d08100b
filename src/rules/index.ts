/**
 * The rule registry. Each family is a pure function of one plan file under its environment.
 * `policy-or-workflow-change` needs the PR's file list and is produced by the GitHub layer.
 */
import { destructiveRule } from './destructive.js'
import { disruptiveUpdateRule } from './disruptive-update.js'
import { dnsChangeRule } from './dns-change.js'
import { driftRevertRule } from './drift-revert.js'
import { iamRule } from './iam.js'
import { massDeleteRule } from './mass-delete.js'
import { missingMovedRule } from './missing-moved.js'
import { networkExposureRule } from './network-exposure.js'
import { planIncompleteRule } from './plan-incomplete.js'
import { protectionRemovedRule } from './protection-removed.js'
import { publicAccessRule } from './public-access.js'
import { suspiciousTextRule } from './suspicious-text.js'
import type { Finding, Rule, RuleContext } from './types.js'
import { unknownSecurityAttrRule } from './unknown-security-attr.js'

export const ALL_RULES: readonly Rule[] = [
  planIncompleteRule,
  suspiciousTextRule,
  destructiveRule,
  massDeleteRule,
  missingMovedRule,
  driftRevertRule,
  iamRule,
  networkExposureRule,
  publicAccessRule,
  protectionRemovedRule,
  unknownSecurityAttrRule,
  disruptiveUpdateRule,
  dnsChangeRule
]

/** Runs every rule over one plan file. A rule that throws becomes a finding, never a crash. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    try {
      findings.push(...rule.run(ctx))
    } catch (error) {
      // Fail closed: a rule we could not evaluate means we cannot say the plan is boring.
      findings.push({
        rule: 'plan-incomplete',
        severity: 'high',
        address: '',
        message: `Rule family "${rule.id}" could not evaluate this plan (${error instanceof Error ? error.message : String(error)}); a human must review it.`,
        evidence: [],
        planFile: ctx.plan.meta.file
      })
    }
  }
  return findings
}

export { planLoadFailureFinding } from './plan-incomplete.js'
export * from './types.js'
