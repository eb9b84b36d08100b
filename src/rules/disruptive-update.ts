/**
 * disruptive-update: in-place updates that cause downtime or put data at risk, which the other
 * rule families never see because nothing is destroyed, opened or unprotected: a major engine
 * upgrade, a DB class change (reboot), a service scaled to zero, a KMS key or CDN switched off.
 *
 * What counts is data: `catalogue.disruptive_attributes` in the policy. Each entry names a type
 * glob, a dotted attribute path and the change that disrupts (`when`):
 *  - `any`: the value changed (lists compared without regard to order);
 *  - `decrease`: a number went down, or an element of a list went away;
 *  - `to_zero`: a number became 0 from something else (reserved concurrency -1 → 0 counts);
 *  - `false` / `true`: a switch went off / on (`"DISABLED"`, `"NEVER"`, `"stopped"`… read as off);
 *  - `major`: the major version changed (`13.7` → `15.2`; two components for MySQL/MariaDB and
 *    for 5.x/9.x/0.x/1.x versions, so `5.7` → `8.0` and `9.6` → `10.4` are major, `8.0.35` →
 *    `8.0.36` is not).
 * A path steps through Terraform's nested-block lists (`scaling_config.desired_size` finds
 * `scaling_config[0].desired_size`); through a list of several blocks, `any` compares the set of
 * values and the others compare element by element.
 *
 * One more check is code, because it reads values, not attributes: an environment variable that
 * names a data store (`DATABASE_URL`, `REDIS_HOST`, `SPRING_DATASOURCE_URL`…) pointed at another
 * host or database (medium): after apply the application writes somewhere else. It reads Lambda
 * `environment.variables`, app settings, `env` lists and ECS `container_definitions`, on updates
 * and replacements (task definitions are always replaced).
 *
 * One finding per change, at the highest severity among what it matched; when several entries
 * match the same attribute (major → high, any → low), only the most severe one is reported.
 */
import { isManaged, isReplace, isUpdate } from '../plan/actions.js'
import {
  changedPaths,
  deepEqual,
  formatPath,
  getAt,
  isUnknownAt,
  renderValue,
  sameElements
} from '../plan/diff.js'
import { SENSITIVE_MASK, UNKNOWN_VALUE } from '../plan/types.js'
import type { AttributePath, ResourceChange } from '../plan/types.js'
import type { DisruptiveAttribute } from '../policy/types.js'
import type { Evidence, Finding, Rule, RuleContext, Severity } from './types.js'
import { severityRank } from './types.js'

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

const lengthOf = (v: unknown): number => (Array.isArray(v) ? v.length : 0)

/** `a.b[0].c` → `['a', 'b', 0, 'c']`. */
export function parseAttribute(attribute: string): (string | number)[] {
  const out: (string | number)[] = []
  for (const part of attribute.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part)
    if (!m) {
      out.push(part)
      continue
    }
    if (m[1]) out.push(m[1])
    for (const idx of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]))
  }
  return out
}

/**
 * Concrete paths of an attribute in before/after: a name reached through a block list is looked
 * up in every element (a list of one is the common nested block, `[0]`).
 */
function locate(before: unknown, after: unknown, segments: readonly (string | number)[]) {
  let paths: AttributePath[] = [[]]
  for (const seg of segments) {
    const next: AttributePath[] = []
    for (const p of paths) {
      if (typeof seg === 'number') {
        next.push([...p, seg])
        continue
      }
      const b = getAt(before, p)
      const a = getAt(after, p)
      if (Array.isArray(b) || Array.isArray(a)) {
        const n = Math.max(lengthOf(b), lengthOf(a))
        for (let i = 0; i < n; i++) next.push([...p, i, seg])
      } else next.push([...p, seg])
    }
    paths = next
  }
  return paths
}

const OFF_WORDS = new Set([
  'false',
  'disabled',
  'disable',
  'suspended',
  'off',
  'no',
  'never',
  'stopped',
  'terminated',
  'inactive',
  'destroyed',
  'destroy_scheduled'
])
const ON_WORDS = new Set(['true', 'enabled', 'enable', 'on', 'yes', 'always', 'running', 'active'])

/** true / false for switch-like values; undefined when the value is not one. */
export function onOff(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase()
    if (ON_WORDS.has(s)) return true
    if (OFF_WORDS.has(s)) return false
  }
  return undefined
}

/** Numbers and numeric strings (Kubernetes `replicas` is a string). */
function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return Number(v)
  return undefined
}

/**
 * The part of a version that changes only in a major upgrade, or undefined when the value is not
 * a version. `POSTGRES_13` → `POSTGRES|13`, `8.0.mysql_aurora.3.05.2` (MySQL) → `|8.0`.
 */
export function majorKey(version: unknown, engine: string): string | undefined {
  if (typeof version !== 'string' && typeof version !== 'number') return undefined
  const text = String(version).trim()
  const m = /^([A-Za-z]+(?:[_-][A-Za-z]+)*)?[_-]?v?(\d.*)$/i.exec(text)
  if (!m) return undefined
  const family = (m[1] ?? '').toUpperCase()
  const numbers: number[] = []
  for (const part of (m[2] ?? '').split(/[._-]/)) {
    if (!/^\d+$/.test(part)) break
    numbers.push(Number(part))
  }
  const first = numbers[0]
  if (first === undefined) return undefined
  const twoPart =
    /mysql|mariadb/i.test(engine) || /MYSQL|MARIADB/.test(family) || [0, 1, 5, 9].includes(first)
  return `${family}|${numbers.slice(0, twoPart ? 2 : 1).join('.')}`
}

/** Equal, or the same elements in another order (a reordered set is not a change). */
const same = (a: unknown, b: unknown): boolean =>
  deepEqual(a ?? null, b ?? null) || sameElements(a, b)

const present = (v: unknown): boolean => v !== undefined && v !== null

interface Site {
  readonly path: AttributePath
  readonly before: unknown
  readonly after: unknown
  readonly unknown: boolean
}

function engineOf(change: ResourceChange): string {
  const e = getAt(change.after, ['engine']) ?? getAt(change.before, ['engine'])
  return typeof e === 'string' ? e : ''
}

/** Does one site's before → after match `when`? */
function matches(when: DisruptiveAttribute['when'], site: Site, engine: string): boolean {
  const { before, after } = site
  if (site.unknown) return when === 'any' && present(before)
  switch (when) {
    case 'any':
      return !same(before, after)
    case 'decrease': {
      if (Array.isArray(before)) {
        const kept = new Set((Array.isArray(after) ? after : []).map((x) => JSON.stringify(x)))
        return before.some((x) => !kept.has(JSON.stringify(x)))
      }
      const b = toNumber(before)
      const a = toNumber(after)
      return b !== undefined && a !== undefined && a < b
    }
    case 'to_zero': {
      const b = toNumber(before)
      return toNumber(after) === 0 && b !== undefined && b !== 0
    }
    case 'false':
      return onOff(before) === true && after !== undefined && onOff(after ?? false) === false
    case 'true':
      return onOff(before ?? false) === false && onOff(after) === true
    case 'major': {
      const b = majorKey(before, engine)
      const a = majorKey(after, engine)
      return b !== undefined && a !== undefined && a !== b
    }
  }
}

interface Issue {
  /** Where, for de-duplication and ordering. */
  readonly key: string
  readonly severity: Severity
  /** Catalogue order, to keep ties stable. */
  readonly order: number
  readonly text: string
  readonly evidence: readonly Evidence[]
  /** From the catalogue (not the endpoint check): the apply-timing note applies. */
  readonly catalogued: boolean
}

const MAX_SUBPATHS = 5
const MESSAGE_VALUE_LENGTH = 80

/**
 * A value for the message, cut in the middle when long: ARNs and hostnames differ at the end
 * (`…targetgroup/blue/1` vs `…targetgroup/green/2`), so a cut at the end could hide the change.
 */
export function shortValue(value: unknown, unknown = false): string {
  if (unknown) return UNKNOWN_VALUE
  const text = renderValue(value, Number.MAX_SAFE_INTEGER)
  if (text.length <= MESSAGE_VALUE_LENGTH) return text
  const head = Math.floor(MESSAGE_VALUE_LENGTH / 3)
  return `${text.slice(0, head)}…${text.slice(text.length - (MESSAGE_VALUE_LENGTH - head - 1))}`
}

const afterText = (site: Site): string => (site.unknown ? UNKNOWN_VALUE : renderValue(site.after))

const isContainer = (v: unknown): boolean => v !== null && typeof v === 'object'

/** Leaf paths (relative to the site) where a map or same-length block list changed. */
function leafChanges(site: Site): AttributePath[] | undefined {
  const { before, after } = site
  if (isRecord(before) && isRecord(after)) return changedPaths(before, after)
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    before.length === after.length &&
    before.some(isContainer)
  )
    return changedPaths(before, after)
  return undefined
}

/** Elements of `a` missing from `b`, rendered (for lists compared as sets). */
function missing(a: readonly unknown[], b: readonly unknown[]): string[] {
  const kept = new Set(b.map((x) => JSON.stringify(x)))
  return a.filter((x) => !kept.has(JSON.stringify(x))).map((x) => shortValue(x))
}

/**
 * Text and evidence for one matched site. A map or block shows the leaves that changed, a list
 * what was removed and added; a scalar shows before → after.
 */
function describeSite(entry: DisruptiveAttribute, site: Site): Omit<Issue, 'severity' | 'order'> {
  const where = formatPath(site.path)
  const base = { key: where, catalogued: true }
  const leaves = site.unknown ? undefined : leafChanges(site)
  if (leaves !== undefined && leaves.length > 0) {
    const full = leaves.map((p) => [...site.path, ...p])
    const evidence = full.slice(0, MAX_SUBPATHS).map((p, i): Evidence => ({
      path: formatPath(p),
      before: renderValue(getAt(site.before, leaves[i] ?? [])),
      after: renderValue(getAt(site.after, leaves[i] ?? [])),
      note: entry.label
    }))
    const [only] = leaves
    if (leaves.length === 1 && only !== undefined) {
      const detail = `${formatPath([...site.path, ...only])}: ${shortValue(getAt(site.before, only))} → ${shortValue(getAt(site.after, only))}`
      return { ...base, text: `${entry.label} (${detail})`, evidence }
    }
    const names = leaves.slice(0, MAX_SUBPATHS).map((p) => formatPath(p))
    const more = leaves.length > MAX_SUBPATHS ? ` and ${leaves.length - MAX_SUBPATHS} more` : ''
    return {
      ...base,
      text: `${entry.label} (${where}: ${names.join(', ')}${more} changed)`,
      evidence
    }
  }
  const evidence: Evidence[] = [
    { path: where, before: renderValue(site.before), after: afterText(site), note: entry.label }
  ]
  if (!site.unknown && Array.isArray(site.before) && Array.isArray(site.after)) {
    const removed = missing(site.before, site.after)
    const added = missing(site.after, site.before)
    const parts = [
      removed.length > 0 ? `removed ${removed.join(', ')}` : '',
      added.length > 0 ? `added ${added.join(', ')}` : ''
    ].filter((p) => p !== '')
    if (parts.length > 0)
      return { ...base, text: `${entry.label} (${where}: ${parts.join('; ')})`, evidence }
  }
  return {
    ...base,
    text: `${entry.label} (${where}: ${shortValue(site.before)} → ${shortValue(site.after, site.unknown)})`,
    evidence
  }
}

/** The issues one catalogue entry finds in one change. */
function entryIssues(
  change: ResourceChange,
  entry: DisruptiveAttribute,
  order: number,
  engine: string
): Issue[] {
  const paths = locate(change.before, change.after, parseAttribute(entry.attribute))
  const sites: Site[] = []
  for (const path of paths) {
    const site: Site = {
      path,
      before: getAt(change.before, path),
      after: getAt(change.after, path),
      unknown: isUnknownAt(change.afterUnknown, path)
    }
    if (site.before !== undefined || site.after !== undefined || site.unknown) sites.push(site)
  }
  if (sites.length === 0) return []
  // Through a list of several blocks (CloudFront origins...), `any` asks whether an existing
  // value went away or changed: a reorder, or a block added next to the others, is not a change.
  // The one site shown is the first existing one that differs.
  if (entry.when === 'any' && sites.length > 1) {
    const afterValues = new Set(
      sites.filter((s) => !s.unknown).map((s) => JSON.stringify(s.after ?? null))
    )
    const changed = sites.find(
      (s) => present(s.before) && !afterValues.has(JSON.stringify(s.before))
    )
    return changed ? [{ ...describeSite(entry, changed), severity: entry.severity, order }] : []
  }
  return sites
    .filter((s) => matches(entry.when, s, engine))
    .map((s) => ({ ...describeSite(entry, s), severity: entry.severity, order }))
}

// ---------------------------------------------------------------------------------------------
// Data-store endpoints in environment variables

/** Keys whose value is an environment: a map of names, or a list of `{ name, value }`. */
const ENV_KEYS = new Set([
  'variables',
  'environment_variables',
  'runtime_environment_variables',
  'app_settings',
  'env',
  'environment',
  'env_vars'
])
/** Attributes holding a JSON document of containers (ECS). */
const CONTAINER_JSON_KEYS = new Set(['container_definitions'])
const MAX_ENV_DEPTH = 8

/** Words naming a data store or a messaging system. */
const STORE_WORDS = new Set([
  'DATABASE',
  'DATASOURCE',
  'DB',
  'POSTGRES',
  'POSTGRESQL',
  'PG',
  'MYSQL',
  'MARIADB',
  'MSSQL',
  'SQL',
  'RDS',
  'AURORA',
  'MONGO',
  'MONGODB',
  'REDIS',
  'VALKEY',
  'MEMCACHE',
  'MEMCACHED',
  'CACHE',
  'ELASTIC',
  'ELASTICSEARCH',
  'OPENSEARCH',
  'ES',
  'CASSANDRA',
  'KAFKA',
  'RABBIT',
  'RABBITMQ',
  'AMQP',
  'NATS',
  'BROKER',
  'WRITER',
  'READER'
])
/** Last words naming where it is. */
const TARGET_WORDS = new Set([
  'URL',
  'URI',
  'DSN',
  'HOST',
  'HOSTNAME',
  'HOSTS',
  'ENDPOINT',
  'ADDR',
  'ADDRESS',
  'SERVER',
  'SERVERS',
  'BROKERS',
  'CONNECTION',
  'CONN',
  'NAME',
  'DATABASE'
])
const WHOLE_KEYS = new Set(['DSN', 'PGHOST', 'PGDATABASE', 'MONGO_URL', 'DATABASE'])

/** `DATABASE_URL`, `spring.datasource.url`, `redisHost`… */
export function isEndpointKey(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w !== '')
  if (WHOLE_KEYS.has(words.join('_'))) return true
  const last = words[words.length - 1]
  return (
    words.length > 1 &&
    last !== undefined &&
    TARGET_WORDS.has(last) &&
    words.slice(0, -1).some((w) => STORE_WORDS.has(w))
  )
}

/**
 * Where a value points: host, port and database path for a URL (credentials and query dropped),
 * the value itself otherwise. Undefined for masked or empty values (nothing to compare).
 */
export function endpointOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const text = String(value).trim()
  if (text === '' || text === SENSITIVE_MASK || /^\(redacted[^)]*\)$/.test(text)) return undefined
  const url = /^[a-z][a-z0-9+.:-]*:\/\/(?:[^@/?#]*@)?([^/?#]*)([^?#]*)/i.exec(text)
  if (url) return `${(url[1] ?? '').toLowerCase()}${(url[2] ?? '').replace(/\/+$/, '')}`
  return text.toLowerCase()
}

interface EnvVar {
  readonly name: string
  readonly path: AttributePath
  readonly value: unknown
}

/** Keys that never hold an environment: skipped without a look (they can be large). */
const NOT_ENV = new Set(['tags', 'tags_all', 'labels', 'policy', 'timeouts'])

/**
 * Endpoint-like environment variables by container path + name, walking a value to a bounded
 * depth. `path` is a stack shared by the walk (copied only for what is kept), so the cost is the
 * size of the value.
 */
function collectEnv(
  value: unknown,
  path: (string | number)[],
  out: Map<string, EnvVar>,
  isEndpoint: (key: string) => boolean,
  depth = 0
): void {
  if (depth > MAX_ENV_DEPTH || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i]
      if (v === null || typeof v !== 'object') continue
      path.push(i)
      collectEnv(v, path, out, isEndpoint, depth)
      path.pop()
    }
    return
  }
  for (const key in value) {
    if (NOT_ENV.has(key)) continue
    const child = (value as Record<string, unknown>)[key]
    path.push(key)
    if (ENV_KEYS.has(key) && readEnv(child, path, out, isEndpoint)) {
      path.pop()
      continue
    }
    if (depth === 0 && CONTAINER_JSON_KEYS.has(key) && typeof child === 'string') {
      try {
        collectEnv(JSON.parse(child) as unknown, path, out, isEndpoint, depth + 1)
      } catch {
        // Not JSON (or redacted beyond parsing): nothing to compare.
      }
    } else collectEnv(child, path, out, isEndpoint, depth + 1)
    path.pop()
  }
}

/** Reads a map of names or a list of `{ name, value }`; false when `value` is neither. */
function readEnv(
  value: unknown,
  path: readonly (string | number)[],
  out: Map<string, EnvVar>,
  isEndpoint: (key: string) => boolean
): boolean {
  if (isRecord(value)) {
    for (const [name, v] of Object.entries(value)) {
      if (typeof v !== 'object' && isEndpoint(name))
        out.set(`${formatPath(path)}\u0000${name}`, { name, path: [...path, name], value: v })
    }
    return true
  }
  if (!Array.isArray(value) || !value.every((e) => isRecord(e) && typeof e.name === 'string'))
    return false
  value.forEach((e: Record<string, unknown>, i) => {
    const name = e.name as string
    if (isEndpoint(name))
      out.set(`${formatPath(path)}\u0000${name}`, {
        name,
        path: [...path, i, 'value'],
        value: e.value
      })
  })
  return true
}

const REPOINT_LABEL =
  'points at a different data store: after apply the application reads and writes somewhere else'

function endpointIssues(change: ResourceChange, isEndpoint: (key: string) => boolean): Issue[] {
  const before = new Map<string, EnvVar>()
  const after = new Map<string, EnvVar>()
  collectEnv(change.before, [], before, isEndpoint)
  if (before.size === 0) return []
  collectEnv(change.after, [], after, isEndpoint)
  const issues: Issue[] = []
  for (const [key, old] of before) {
    const from = endpointOf(old.value)
    if (from === undefined) continue
    const next = after.get(key)
    // Only a value marked unknown itself counts: a whole map or JSON document that is unknown
    // (one interpolation in it is) says nothing about this variable.
    const unknown = getAt(change.afterUnknown, next?.path ?? old.path) === true
    if (!unknown && (next === undefined || !present(next.value))) continue
    const to = unknown ? undefined : endpointOf(next?.value)
    if (!unknown && (to === undefined || to === from)) continue
    const where = formatPath(next?.path ?? old.path)
    const shown = shortValue(next?.value, unknown)
    issues.push({
      key: where,
      severity: 'medium',
      order: Number.MAX_SAFE_INTEGER,
      text: `${old.name} ${REPOINT_LABEL} (${shortValue(old.value)} → ${shown})`,
      evidence: [
        {
          path: where,
          before: renderValue(old.value),
          after: unknown ? UNKNOWN_VALUE : renderValue(next?.value),
          note: `${old.name} repointed`
        }
      ],
      catalogued: false
    })
  }
  return issues
}

// ---------------------------------------------------------------------------------------------

/** RDS-style `apply_immediately`: when the disruption actually happens. */
function timingNote(change: ResourceChange): string | undefined {
  if (!isRecord(change.after) || !('apply_immediately' in change.after)) return undefined
  return change.after.apply_immediately === true
    ? 'Applied immediately (apply_immediately = true).'
    : 'Applied in the next maintenance window (apply_immediately is off), so it happens later, unannounced.'
}

/** Keeps the most severe issue per attribute path, ordered by severity, then catalogue order. */
function strongest(issues: readonly Issue[]): Issue[] {
  const byKey = new Map<string, Issue>()
  for (const issue of issues) {
    const seen = byKey.get(issue.key)
    if (!seen || severityRank(issue.severity) > severityRank(seen.severity))
      byKey.set(issue.key, issue)
  }
  return [...byKey.values()].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      a.order - b.order ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

function toFinding(change: ResourceChange, issues: readonly Issue[]): Finding {
  const severity = issues.reduce<Severity>(
    (s, i) => (severityRank(i.severity) > severityRank(s) ? i.severity : s),
    'info'
  )
  const timing = issues.some((i) => i.catalogued) ? timingNote(change) : undefined
  const evidence = issues.flatMap((i) => i.evidence)
  if (timing) evidence.push({ note: timing })
  const kind = isReplace(change.actions) ? 'Replacement' : 'In-place update'
  return {
    rule: 'disruptive-update',
    severity,
    address: change.address,
    message: `${kind} of ${change.address}: ${issues.map((i) => i.text).join('; ')}.${timing ? ` ${timing}` : ''}`,
    evidence,
    planFile: change.planFile
  }
}

export function findDisruptiveUpdates(ctx: RuleContext): Finding[] {
  const entries = ctx.catalogue.disruptiveAttributes
  // Entries per type, matched once per type (plans repeat types a lot).
  const byType = new Map<string, [DisruptiveAttribute, number][]>()
  const entriesFor = (type: string): [DisruptiveAttribute, number][] => {
    let list = byType.get(type)
    if (!list) {
      list = []
      entries.forEach((entry, order) => {
        if (entry.matchesType(type)) list?.push([entry, order])
      })
      byType.set(type, list)
    }
    return list
  }
  const endpointKeys = new Map<string, boolean>()
  const isEndpoint = (key: string): boolean => {
    let hit = endpointKeys.get(key)
    if (hit === undefined) {
      hit = isEndpointKey(key)
      endpointKeys.set(key, hit)
    }
    return hit
  }
  const findings: Finding[] = []
  for (const change of ctx.plan.changes) {
    if (!isManaged(change)) continue
    const update = isUpdate(change.actions)
    if (!update && !isReplace(change.actions)) continue
    const issues: Issue[] = []
    if (update) {
      const engine = engineOf(change)
      for (const [entry, order] of entriesFor(change.type))
        issues.push(...entryIssues(change, entry, order, engine))
    }
    issues.push(...endpointIssues(change, isEndpoint))
    if (issues.length > 0) findings.push(toFinding(change, strongest(issues)))
  }
  return findings
}

export const disruptiveUpdateRule: Rule = { id: 'disruptive-update', run: findDisruptiveUpdates }
