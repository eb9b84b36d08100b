/**
 * protection-removed: an update switches off a safety net (deletion protection, backups,
 * encryption, versioning, retention…). Which attributes count, and which direction is unsafe,
 * is data: `catalogue.protection_attributes` in the policy.
 *
 * A dotted attribute (`versioning.enabled`) is found through Terraform's nested-block lists
 * (`versioning[0].enabled`) and also inside nested blocks (`settings[0].backup_configuration[0]
 * .enabled`, `root_block_device[0].encrypted`). Creates are not removals and deletes belong to
 * the destructive rules, so only updates and replaces are read. Severity: high on a stateful
 * type (catalogue) or for encryption and KMS keys anywhere; medium otherwise.
 */
import { minimatch } from 'minimatch'
import { isManaged, isReplace, isUpdate } from '../plan/actions.js'
import { changedPaths, formatPath, getAt, isUnknownAt, renderValue } from '../plan/diff.js'
import type { AttributePath, ResourceChange } from '../plan/types.js'
import type { Catalogue, ProtectionAttribute } from '../policy/types.js'
import type { Evidence, Finding, Rule, RuleContext, Severity } from './types.js'
import { groupBySeverity } from './group.js'

/** Enclosing blocks allowed around an attribute (`settings[0].backup_configuration[0].enabled` has 1). */
const MAX_NESTING = 4

interface Compiled {
  readonly entry: ProtectionAttribute
  readonly segments: readonly string[]
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Where "0 or unset" means "keep forever", so going to 0 is an increase. A small table in code
 * because the catalogue schema cannot say it yet.
 */
const ZERO_MEANS_FOREVER: readonly { readonly type: string; readonly attribute: string }[] = [
  { type: 'aws_cloudwatch_log_group', attribute: 'retention_in_days' }
]

/** true / false for boolean-like values (`"Enabled"`, `"Suspended"`…); null and absent are off. */
function onOff(v: unknown): boolean | undefined {
  if (v === true) return true
  if (v === false || v === null || v === undefined) return false
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase()
    if (['true', 'enabled', 'enable', 'on', 'yes'].includes(s)) return true
    if (['false', 'disabled', 'disable', 'suspended', 'off', 'no', ''].includes(s)) return false
  }
  return undefined
}

/** Numbers, numeric strings and durations such as `"604800s"`; undefined for anything else. */
function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*s?\s*$/.exec(v)
    if (m) return Number(m[1])
  }
  return undefined
}

const hasValue = (v: unknown): boolean =>
  v !== null &&
  v !== undefined &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(isRecord(v) && Object.keys(v).length === 0)

function isUnsafe(
  entry: ProtectionAttribute,
  type: string,
  before: unknown,
  after: unknown
): boolean {
  switch (entry.unsafe) {
    case 'false':
      return onOff(before) === true && onOff(after) === false
    case 'true':
      return onOff(after) === true && onOff(before) === false
    case 'decrease': {
      const forever = ZERO_MEANS_FOREVER.some(
        (z) => z.type === type && entry.attribute === z.attribute
      )
      const read = (v: unknown): number | undefined => {
        const n = v === null || v === undefined ? 0 : toNumber(v)
        return forever && n === 0 ? Number.POSITIVE_INFINITY : n
      }
      const b = read(before)
      const a = read(after)
      return b !== undefined && a !== undefined && b > 0 && a < b
    }
    case 'removed':
      // A value that goes away, or an "Enabled" that becomes "Suspended"/"Disabled".
      return (
        (hasValue(before) && !hasValue(after)) ||
        (onOff(before) === true && onOff(after) === false && hasValue(after))
      )
  }
}

/**
 * True when a changed path ends in the dotted attribute, with only list indexes between its
 * parts (`versioning.enabled` ↔ `versioning[0].enabled`) and at most MAX_NESTING enclosing
 * blocks (`settings[0].backup_configuration[0].enabled`).
 */
function pathMatches(path: AttributePath, segments: readonly string[]): boolean {
  const names = path.filter((p): p is string => typeof p === 'string')
  const offset = names.length - segments.length
  if (offset < 0 || offset > MAX_NESTING) return false
  return segments.every((segment, i) => names[offset + i] === segment)
}

/**
 * Block lists with several items (ebs_block_device…) may be sets whose order changes. For a
 * path through one, the before values of all its items at the same place; undefined when the
 * path crosses only single-item blocks (then index-to-index comparison is exact).
 */
function beforeSiblings(change: ResourceChange, path: AttributePath): string[] | undefined {
  const lengthOf = (v: unknown): number => (Array.isArray(v) ? v.length : 0)
  let values: unknown[] = [change.before]
  let many = false
  for (let i = 0; i < path.length; i++) {
    const part = path[i]
    if (part === undefined) break
    if (typeof part === 'number') {
      const prefix = path.slice(0, i)
      if (
        Math.max(lengthOf(getAt(change.before, prefix)), lengthOf(getAt(change.after, prefix))) > 1
      ) {
        many = true
        values = values.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : []))
        continue
      }
    }
    values = values.map((v) => getAt(v, [part]))
  }
  return many ? values.map((v) => JSON.stringify(v) ?? '') : undefined
}

/** Encryption and customer-managed keys matter on any type. */
const isEncryption = (entry: ProtectionAttribute): boolean =>
  /encrypt|kms_key/.test(entry.attribute)

/** Catalogue entries keyed by their last attribute segment (the leaf a changed path ends in). */
function compile(catalogue: Catalogue): Map<string, Compiled[]> {
  const byLeaf = new Map<string, Compiled[]>()
  for (const entry of catalogue.protectionAttributes) {
    const segments = entry.attribute.split('.').filter((s) => s !== '')
    const leaf = segments[segments.length - 1]
    if (leaf === undefined) continue
    const list = byLeaf.get(leaf)
    if (list) list.push({ entry, segments })
    else byLeaf.set(leaf, [{ entry, segments }])
  }
  return byLeaf
}

function typeMatcher(): (glob: string | undefined, type: string) => boolean {
  const cache = new Map<string, boolean>()
  return (glob, type) => {
    if (glob === undefined) return true
    const key = `${glob}\u0000${type}`
    let hit = cache.get(key)
    if (hit === undefined) {
      hit = minimatch(type, glob)
      cache.set(key, hit)
    }
    return hit
  }
}

interface Issue {
  readonly severity: Severity
  readonly text: string
  readonly evidence: Evidence
}

function changeIssues(
  change: ResourceChange,
  byLeaf: ReadonlyMap<string, readonly Compiled[]>,
  catalogue: Catalogue,
  typeMatches: (glob: string | undefined, type: string) => boolean
): Issue[] {
  const issues: Issue[] = []
  const seen = new Set<string>()
  // Only what changed can have been switched off, so only changed leaves are looked at.
  for (const path of changedPaths(change.before, change.after)) {
    const leaf = [...path].reverse().find((p): p is string => typeof p === 'string')
    const candidates = leaf === undefined ? undefined : byLeaf.get(leaf)
    if (candidates === undefined || isUnknownAt(change.afterUnknown, path)) continue
    // A leaf whose whole block went away was not switched off; the block was removed.
    const parent = path.slice(0, -1)
    if (!isRecord(getAt(change.after, parent)) || !isRecord(getAt(change.before, parent))) continue
    const before = getAt(change.before, path)
    const after = getAt(change.after, path)
    const entry = candidates.find(
      (c) =>
        typeMatches(c.entry.type, change.type) &&
        pathMatches(path, c.segments) &&
        isUnsafe(c.entry, change.type, before, after)
    )?.entry
    if (entry === undefined) continue
    if (beforeSiblings(change, path)?.includes(JSON.stringify(after) ?? '')) continue
    const where = formatPath(path)
    if (seen.has(where)) continue
    seen.add(where)
    const severity: Severity =
      catalogue.isStateful(change.type) || isEncryption(entry) ? 'high' : 'medium'
    issues.push({
      severity,
      text: `${entry.label} (${where}: ${renderValue(before, 80)} → ${renderValue(after, 80)})`,
      evidence: {
        path: where,
        before: renderValue(before),
        after: renderValue(after),
        note: entry.label
      }
    })
  }
  return issues
}

function toFindings(
  change: ResourceChange,
  issues: readonly Issue[],
  catalogue: Catalogue
): Finding[] {
  const why = catalogue.isStateful(change.type)
    ? ` ${change.type} holds data: without this safety net a mistake can lose it.`
    : ''

  return groupBySeverity(issues).map(([severity, group]) => {
    const text = group.map((i) => i.text).join('; ')
    return {
      rule: 'protection-removed',
      severity,
      address: change.address,
      message: `${text.charAt(0).toUpperCase()}${text.slice(1)}.${why}`,
      evidence: group.map((i) => i.evidence),
      planFile: change.planFile
    }
  })
}

export const protectionRemovedRule: Rule = {
  id: 'protection-removed',
  run(ctx: RuleContext): Finding[] {
    const byLeaf = compile(ctx.catalogue)
    if (byLeaf.size === 0) return []
    const typeMatches = typeMatcher()
    const findings: Finding[] = []
    for (const change of ctx.plan.changes) {
      if (!isManaged(change)) continue
      // A create is not a removal; deletes are the destructive rules' business.
      if (!isUpdate(change.actions) && !isReplace(change.actions)) continue
      findings.push(
        ...toFindings(
          change,
          changeIssues(change, byLeaf, ctx.catalogue, typeMatches),
          ctx.catalogue
        )
      )
    }
    return findings
  }
}
