/**
 * Attribute-level view of a change: which paths differ between before and after, which are
 * unknown until apply, and how to render a path or value for a human. Rules, the report and the
 * model digest all use these, so "what changed" means one thing everywhere.
 */
import type { AttributePath } from './types.js'
import { UNKNOWN_VALUE } from './types.js'

/** Terraform's display form: `ingress[0].cidr_blocks`, `tags["Name"]` for odd keys. */
export function formatPath(path: AttributePath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part)) out += out === '' ? part : `.${part}`
    else out += `[${JSON.stringify(part)}]`
  }
  return out
}

/** Value at a path, or undefined when any step is missing. */
export function getAt(value: unknown, path: AttributePath): unknown {
  let cur = value
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[part]
  }
  return cur
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** True when the `after_unknown` mirror marks `path` (or an ancestor of it) unknown. */
export function isUnknownAt(afterUnknown: unknown, path: AttributePath): boolean {
  let cur = afterUnknown
  for (const part of path) {
    if (cur === true) return true
    if (cur === null || typeof cur !== 'object') return false
    cur = (cur as Record<string | number, unknown>)[part]
  }
  return cur === true
}

/** Paths whose value is unknown until apply, as written in `after_unknown`. */
export function unknownPaths(
  afterUnknown: unknown,
  prefix: (string | number)[] = []
): AttributePath[] {
  if (afterUnknown === true) return [prefix]
  const out: AttributePath[] = []
  if (Array.isArray(afterUnknown)) {
    afterUnknown.forEach((v: unknown, i) => out.push(...unknownPaths(v, [...prefix, i])))
  } else if (isObject(afterUnknown)) {
    for (const [k, v] of Object.entries(afterUnknown)) out.push(...unknownPaths(v, [...prefix, k]))
  }
  return out
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]))
  }
  return false
}

/**
 * Leaf paths where before and after differ. Lists of different length or of objects that are
 * reordered compare as a whole at the list path (so a reorder is one changed path, not many).
 * Paths unknown after apply are reported by `unknownPaths`, not here, unless before had a value.
 */
export function changedPaths(
  before: unknown,
  after: unknown,
  prefix: (string | number)[] = []
): AttributePath[] {
  if (deepEqual(before, after)) return []
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    const out: AttributePath[] = []
    for (const k of [...keys].sort()) out.push(...changedPaths(before[k], after[k], [...prefix, k]))
    return out
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    const out: AttributePath[] = []
    before.forEach((b: unknown, i) => out.push(...changedPaths(b, after[i], [...prefix, i])))
    return out
  }
  return [prefix]
}

/** Same elements in any order (a reordered list or set is not a change worth a finding). */
export function sameElements(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
  const key = (v: unknown): string => JSON.stringify(v)
  const sa = a.map(key).sort()
  const sb = b.map(key).sort()
  return sa.every((x, i) => x === sb[i])
}

/** Compact one-line rendering of an (already redacted) value for evidence and reports. */
export function renderValue(value: unknown, maxLength = 200): string {
  let text: string
  if (value === undefined) text = '(absent)'
  else if (value === null) text = 'null'
  else if (typeof value === 'string') text = JSON.stringify(value)
  else text = JSON.stringify(value) ?? typeof value
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}

/** Rendering of an after value that takes `after_unknown` into account. */
export function renderAfter(
  after: unknown,
  afterUnknown: unknown,
  path: AttributePath,
  maxLength = 200
): string {
  return isUnknownAt(afterUnknown, path)
    ? UNKNOWN_VALUE
    : renderValue(getAt(after, path), maxLength)
}
