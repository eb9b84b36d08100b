/**
 * Drift revert: an attribute that changed outside Terraform (a console hot-fix, an autoscaler, a
 * deploy pipeline) and that this plan sets back. Applying silently undoes someone's deliberate
 * change, which is exactly what a reviewer of the PR cannot see in the diff of the .tf files.
 *
 * For each managed update or replace with a drift entry: walk the drift (drift.before → drift.after)
 * and keep the paths where the plan starts from the drifted value and moves away from it. Lists are
 * compared as multisets, so a plan that only adds elements next to drifted ones does not fire.
 *
 * Severity: high when the plan restores the pre-drift value of a real setting (the silent revert);
 * medium when it only writes new values there (the author changed that attribute on purpose);
 * low when only tags/labels are affected; medium for an object deleted outside Terraform that the
 * plan creates again.
 */
import { isCreate, isDelete, isManaged, isReplace, isUpdate } from '../plan/actions.js'
import { deepEqual, formatPath, isUnknownAt, renderValue } from '../plan/diff.js'
import type { AttributePath, DriftEntry, ResourceChange } from '../plan/types.js'
import type { Evidence, Finding, Rule, RuleContext, Severity } from './types.js'

/** Top-level attributes that only carry metadata: reverting drift there is low. */
const METADATA_ATTRIBUTES = new Set([
  'tags',
  'tags_all',
  'labels',
  'effective_labels',
  'terraform_labels'
])
/** Evidence items per finding; the message counts the rest. */
const MAX_EVIDENCE = 8

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * null, absent, [] and {} are the same "nothing" for drift: providers flip between them on
 * refresh and Terraform does not treat that as a change worth reverting.
 */
function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true
  if (Array.isArray(v)) return v.length === 0
  return isObject(v) && Object.keys(v).length === 0
}

function sameValue(a: unknown, b: unknown): boolean {
  return (isEmpty(a) && isEmpty(b)) || deepEqual(a, b)
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** Elements of `a` not matched one-to-one in `b` (by JSON text: linear, lists can be long). */
function multisetMinus(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const counts = new Map<string, number>()
  for (const x of b) counts.set(JSON.stringify(x), (counts.get(JSON.stringify(x)) ?? 0) + 1)
  const out: unknown[] = []
  for (const x of a) {
    const key = JSON.stringify(x)
    const n = counts.get(key) ?? 0
    if (n > 0) counts.set(key, n - 1)
    else out.push(x)
  }
  return out
}

interface Reverted {
  readonly path: AttributePath
  /** Value before the out-of-band change. */
  readonly original: unknown
  /** Value someone set outside Terraform. */
  readonly drifted: unknown
  /** Value this plan writes. */
  readonly planned: unknown
  readonly restoresOriginal: boolean
  /** For lists and sets: the elements the plan brings back or drops again. */
  readonly elements?: { readonly readded: readonly unknown[]; readonly dropped: readonly unknown[] }
}

interface Sides {
  readonly driftBefore: unknown
  readonly driftAfter: unknown
  readonly planBefore: unknown
  readonly planAfter: unknown
}

const child = (s: Sides, key: string): Sides => ({
  driftBefore: isObject(s.driftBefore) ? s.driftBefore[key] : undefined,
  driftAfter: isObject(s.driftAfter) ? s.driftAfter[key] : undefined,
  planBefore: isObject(s.planBefore) ? s.planBefore[key] : undefined,
  planAfter: isObject(s.planAfter) ? s.planAfter[key] : undefined
})

/** Paths the drift changed and the plan moves away from again. */
function findRevertedPaths(
  s: Sides,
  afterUnknown: unknown,
  path: (string | number)[],
  out: Reverted[]
): void {
  if (sameValue(s.driftBefore, s.driftAfter)) return
  // Unknown until apply: we cannot say it reverts, and the unknown-value rules cover it.
  if (isUnknownAt(afterUnknown, path)) return
  const objects = [s.driftBefore, s.driftAfter, s.planBefore, s.planAfter]
  if (objects.some(isObject) && objects.every((v) => isObject(v) || isEmpty(v))) {
    const keys = new Set([
      ...Object.keys(isObject(s.driftBefore) ? s.driftBefore : {}),
      ...Object.keys(isObject(s.driftAfter) ? s.driftAfter : {})
    ])
    for (const key of [...keys].sort())
      findRevertedPaths(child(s, key), afterUnknown, [...path, key], out)
    return
  }
  // A single nested block (`root_block_device[0]`) is compared attribute by attribute, so the
  // finding names `root_block_device[0].volume_size` rather than the whole block.
  if (objects.every((v) => Array.isArray(v) && v.length === 1)) {
    const first = (v: unknown): unknown => (Array.isArray(v) ? (v as unknown[])[0] : undefined)
    const inner: Sides = {
      driftBefore: first(s.driftBefore),
      driftAfter: first(s.driftAfter),
      planBefore: first(s.planBefore),
      planAfter: first(s.planAfter)
    }
    findRevertedPaths(inner, afterUnknown, [...path, 0], out)
    return
  }
  // Only a plan that starts from the drifted value can revert it (it does after a refresh).
  if (!sameValue(s.planBefore, s.driftAfter)) return
  if (Array.isArray(s.driftBefore) || Array.isArray(s.driftAfter)) {
    // Multiset view: drift added some elements and removed others. The plan reverts when it drops
    // an element the drift added or brings back one the drift removed; extra elements are fine.
    const added = multisetMinus(asList(s.driftAfter), asList(s.driftBefore))
    const removed = multisetMinus(asList(s.driftBefore), asList(s.driftAfter))
    const planned = asList(s.planAfter)
    const dropped = multisetMinus(added, planned)
    const notReadded = multisetMinus(removed, planned)
    const readded = multisetMinus(removed, notReadded)
    if (dropped.length > 0 || readded.length > 0) {
      // Undoing an element-level drift is a revert even if the plan also adds elements of its own.
      out.push({
        path,
        original: s.driftBefore,
        drifted: s.driftAfter,
        planned: s.planAfter,
        restoresOriginal: true,
        elements: { readded, dropped }
      })
    }
    return
  }
  if (!sameValue(s.planAfter, s.planBefore)) {
    out.push({
      path,
      original: s.driftBefore,
      drifted: s.driftAfter,
      planned: s.planAfter,
      restoresOriginal: sameValue(s.planAfter, s.driftBefore)
    })
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** "adds back 1 element removed outside Terraform ({...})", and/or the dropped side. */
function describeElements(e: NonNullable<Reverted['elements']>): string {
  const parts: string[] = []
  if (e.readded.length > 0) {
    parts.push(
      `adds back ${plural(e.readded.length, 'element')} removed outside Terraform (${renderValue(e.readded[0], 80)}${e.readded.length > 1 ? ', …' : ''})`
    )
  }
  if (e.dropped.length > 0) {
    parts.push(
      `removes ${plural(e.dropped.length, 'element')} added outside Terraform (${renderValue(e.dropped[0], 80)}${e.dropped.length > 1 ? ', …' : ''})`
    )
  }
  return parts.join(' and ')
}

const isMetadataPath = (path: AttributePath): boolean =>
  typeof path[0] === 'string' && METADATA_ATTRIBUTES.has(path[0])

function revertFinding(change: ResourceChange, reverted: Reverted[]): Finding {
  const metadataOnly = reverted.every((r) => isMetadataPath(r.path))
  // Setting a value back to what it was before the out-of-band change is the silent revert: the
  // PR's .tf diff does not touch it. Writing a third value means the author changed that
  // attribute on purpose, which the diff shows, so it is contextual.
  const restores = reverted.some((r) => r.restoresOriginal && !isMetadataPath(r.path))
  const severity: Severity = metadataOnly ? 'low' : restores ? 'high' : 'medium'
  const names = [...new Set(reverted.map((r) => formatPath(r.path) || '(whole object)'))]
  const shown = names.slice(0, 3).join(', ')
  const more = names.length > 3 ? ` and ${names.length - 3} more` : ''
  const first = reverted[0]
  const allRestore = reverted.every((r) => r.restoresOriginal)
  let what: string
  if (first?.elements && reverted.length === 1) {
    what = `${shown} of ${change.address} was changed outside Terraform, and this plan ${describeElements(first.elements)}.`
  } else if (first && reverted.length === 1) {
    const from = renderValue(first.original, 60)
    const to = renderValue(first.drifted, 60)
    what = `${shown} of ${change.address} was changed outside Terraform from ${from} to ${to}, and this plan ${
      allRestore
        ? `sets it back to ${from}`
        : `overwrites it with ${renderValue(first.planned, 60)}`
    }.`
  } else {
    what = `${shown}${more} of ${change.address} were changed outside Terraform, and this plan ${
      allRestore ? 'sets them back' : 'overwrites them'
    }.`
  }
  const why = metadataOnly
    ? 'Only tags or labels are affected; another tool or team may still rely on them.'
    : 'If that was a deliberate fix made in the console or by another tool, applying undoes it; to keep it, put it in the configuration (or lifecycle ignore_changes) first.'
  const evidence: Evidence[] = reverted.slice(0, MAX_EVIDENCE).map((r) => ({
    path: formatPath(r.path),
    before: renderValue(r.drifted),
    after: renderValue(r.planned),
    note: r.elements
      ? `changed outside Terraform; this plan ${describeElements(r.elements)}`
      : `changed outside Terraform from ${renderValue(r.original, 80)}; this plan ${r.restoresOriginal ? 'restores that' : 'writes a different value'}`
  }))
  return {
    rule: 'drift-revert',
    severity,
    address: change.address,
    message: `${what} ${why}`,
    evidence,
    planFile: change.planFile
  }
}

function recreateFinding(change: ResourceChange): Finding {
  return {
    rule: 'drift-revert',
    severity: 'medium',
    address: change.address,
    message: `${change.type} ${change.address} was deleted outside Terraform and this plan creates it again. If it was removed on purpose (an incident, a cost cut), applying brings it back.`,
    evidence: [{ note: 'resource_drift: delete; plan: create' }],
    planFile: change.planFile
  }
}

export function findDriftReverts(ctx: RuleContext): Finding[] {
  if (ctx.plan.drift.length === 0) return []
  // Index once: a per-change search would be quadratic on 50k-change plans.
  const driftByAddress = new Map<string, DriftEntry>()
  for (const entry of ctx.plan.drift) {
    if (entry.mode === 'managed' && !driftByAddress.has(entry.address))
      driftByAddress.set(entry.address, entry)
  }
  const findings: Finding[] = []
  for (const change of ctx.plan.changes) {
    if (!isManaged(change) || change.deposed !== undefined) continue
    const drift = driftByAddress.get(change.address)
    if (!drift) continue
    if (isCreate(change.actions) && isDelete(drift.actions)) {
      findings.push(recreateFinding(change))
      continue
    }
    if (!isUpdate(change.actions) && !isReplace(change.actions)) continue
    const reverted: Reverted[] = []
    findRevertedPaths(
      {
        driftBefore: drift.before,
        driftAfter: drift.after,
        planBefore: change.before,
        planAfter: change.after
      },
      change.afterUnknown,
      [],
      reverted
    )
    if (reverted.length > 0) findings.push(revertFinding(change, reverted))
  }
  return findings
}

export const driftRevertRule: Rule = { id: 'drift-revert', run: findDriftReverts }
