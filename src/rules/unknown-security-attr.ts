/**
 * unknown-security-attr: a security-relevant attribute (catalogue.security_attributes: policy,
 * cidr_blocks, role, members…) whose new value is known only after apply, so nobody reviewing
 * the plan can see what it will be.
 *
 *  - update or replace, where the attribute had a value before → medium: an existing permission
 *    or rule is about to change to something the plan cannot show;
 *  - create → info: very common and usually fine (a policy rendered from a data source or from
 *    the ARN of a resource created in the same apply).
 * An attribute counts when its top-level name or the leaf key of the unknown path is listed.
 */
import { isCreate, isManaged, isReplace, isUpdate } from '../plan/actions.js'
import { formatPath, getAt, renderValue, unknownPaths } from '../plan/diff.js'
import type { AttributePath, ResourceChange } from '../plan/types.js'
import { UNKNOWN_VALUE } from '../plan/types.js'
import type { Evidence, Finding, Rule, RuleContext } from './types.js'

const hasValue = (v: unknown): boolean =>
  v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)

/** The listed attribute a path belongs to: its top-level name, else its last named key. */
function securityAttributeOf(path: AttributePath, listed: ReadonlySet<string>): string | undefined {
  const top = path[0]
  if (typeof top === 'string' && listed.has(top)) return top
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i]
    if (typeof part === 'string') return listed.has(part) ? part : undefined
  }
  return undefined
}

const listNames = (names: readonly string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`

function findingFor(change: ResourceChange, listed: ReadonlySet<string>): Finding | undefined {
  const create = isCreate(change.actions)
  const attributes = new Set<string>()
  const evidence: Evidence[] = []
  for (const path of unknownPaths(change.afterUnknown)) {
    const attribute = securityAttributeOf(path, listed)
    if (attribute === undefined) continue
    const before = getAt(change.before, path)
    // On an update, an attribute that was empty before gains a value: that is not a hidden change.
    if (!create && !hasValue(before)) continue
    attributes.add(attribute)
    evidence.push({ path: formatPath(path), before: renderValue(before), after: UNKNOWN_VALUE })
  }
  if (attributes.size === 0) return undefined
  const names = listNames([...attributes].sort())
  const plural = attributes.size > 1
  return {
    rule: 'unknown-security-attr',
    severity: create ? 'info' : 'medium',
    address: change.address,
    message: create
      ? `Security ${plural ? 'attributes' : 'attribute'} ${names} ${plural ? 'are' : 'is'} known only after apply on this new resource; the plan cannot show ${plural ? 'their values' : 'its value'} (usually built from another resource or a data source).`
      : `Security ${plural ? 'attributes' : 'attribute'} ${names} will change to ${plural ? 'values' : 'a value'} known only after apply; the plan cannot show what ${plural ? 'they' : 'it'} will be.`,
    evidence,
    planFile: change.planFile
  }
}

export const unknownSecurityAttrRule: Rule = {
  id: 'unknown-security-attr',
  run(ctx: RuleContext): Finding[] {
    const listed = ctx.catalogue.securityAttributes
    if (listed.size === 0) return []
    const findings: Finding[] = []
    for (const change of ctx.plan.changes) {
      if (!isManaged(change)) continue
      if (!isCreate(change.actions) && !isUpdate(change.actions) && !isReplace(change.actions))
        continue
      const finding = findingFor(change, listed)
      if (finding) findings.push(finding)
    }
    return findings
  }
}
