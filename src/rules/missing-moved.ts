/**
 * Missing moved block: a resource renamed, moved into or out of a module, or switched between
 * count and for_each shows up as "destroy the old address, create the new one". For a database or
 * bucket that destroys data for nothing; a `moved` block makes it a no-op state move.
 *
 * Candidates are deletes Terraform explains as "no longer in the configuration" (no resource
 * config, no module, count index, each key, wrong repetition). Plans older than action_reason
 * give no reason; there a delete only pairs with a create whose identifying attribute (name,
 * bucket, identifier...) is the same, which is strong evidence of the same real object.
 * Each delete pairs with at most one create of the same type, best match first.
 */
import { isCreate, isDelete, isManaged } from '../plan/actions.js'
import { isUnknownAt } from '../plan/diff.js'
import type { ResourceChange } from '../plan/types.js'
import { describeDeleteReason, identityValues } from './destructive.js'
import type { Evidence, Finding, Rule, RuleContext, Severity } from './types.js'

/** Delete reasons that mean "the address left the configuration", which a move would explain. */
const MOVABLE_REASONS = new Set([
  'delete_because_no_resource_config',
  'delete_because_no_module',
  'delete_because_count_index',
  'delete_because_each_key',
  'delete_because_wrong_repetition'
])

/** Above this many delete × create pairs of one type, only cheap exact-key matching is used. */
const MAX_PAIRWISE = 20_000
/** Share of comparable attributes that must agree before a delete/create pair counts as a rename. */
const MIN_ATTRIBUTE_SIMILARITY = 0.5
/** Attributes that are new for every object and say nothing about sameness. */
const VOLATILE_ATTRIBUTES = new Set(['id', 'arn', 'self_link', 'etag', 'timeouts', 'tags_all'])

interface Candidate {
  readonly deleted: ResourceChange
  readonly created: ResourceChange
  readonly score: number
  readonly reasons: readonly string[]
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** The address without its module path, e.g. `aws_s3_bucket.logs["a"]`. */
function localAddress(c: ResourceChange): string {
  return c.moduleAddress === '' ? c.address : c.address.slice(c.moduleAddress.length + 1)
}

/**
 * Share of the top-level attributes, known in both, that are equal. A rename keeps its
 * configuration; two unrelated objects of one type rarely agree on half of it.
 */
function attributeSimilarity(deleted: ResourceChange, created: ResourceChange): number {
  const before = deleted.before
  const after = created.after
  if (!isObject(before) || !isObject(after)) return 0
  let comparable = 0
  let equal = 0
  for (const key of Object.keys(after)) {
    if (VOLATILE_ATTRIBUTES.has(key) || isUnknownAt(created.afterUnknown, [key])) continue
    const a = before[key]
    const b = after[key]
    if ((a === null || a === undefined) && (b === null || b === undefined)) continue
    comparable++
    if (JSON.stringify(a) === JSON.stringify(b)) equal++
  }
  // One attribute agreeing is coincidence, not a pattern.
  return comparable < 2 ? 0 : equal / comparable
}

/** Letters shared by two names (Dice coefficient over bigrams), 0..1. */
function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>()
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1)
    return m
  }
  const ga = grams(a)
  const gb = grams(b)
  let shared = 0
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0)
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0)
  return total === 0 ? 0 : (2 * shared) / total
}

/**
 * Scores a pair, or returns undefined when it is not plausibly the same object. Identity
 * conflicts (two different bucket names) rule a pair out: a moved block would not prevent the
 * replacement anyway.
 */
function scorePair(deleted: ResourceChange, created: ResourceChange, strict: boolean): Candidate | undefined {
  const before = new Map(identityValues(deleted.before))
  const after = identityValues(created.after)
  let identityMatch: string | undefined
  for (const [attribute, value] of after) {
    const old = before.get(attribute)
    if (old === undefined) continue
    if (old !== value) return undefined
    identityMatch ??= attribute
  }
  const reasons: string[] = []
  if (identityMatch) reasons.push(`same ${identityMatch}`)
  if (strict && !identityMatch) return undefined
  const sameModule = deleted.moduleAddress === created.moduleAddress
  const sameName = deleted.name === created.name
  const sameLocal = localAddress(deleted) === localAddress(created)
  const similarity = attributeSimilarity(deleted, created)
  // Same local address in another module (module renamed), or same name with another key.
  const structural = sameName && (sameModule || sameLocal)
  if (!identityMatch && !structural && similarity < MIN_ATTRIBUTE_SIMILARITY) return undefined
  if (sameLocal && !sameModule) reasons.push('same name in another module')
  else if (sameName && sameModule) reasons.push('same name, different instance key')
  if (similarity >= MIN_ATTRIBUTE_SIMILARITY) reasons.push(`${Math.round(similarity * 100)}% of attributes equal`)
  const score =
    (identityMatch ? 100 : 0) +
    (sameLocal ? 40 : 0) +
    (sameModule ? 20 : 0) +
    (sameName ? 10 : 0) +
    similarity * 20 +
    nameSimilarity(localAddress(deleted), localAddress(created)) * 10
  return { deleted, created, score, reasons }
}

/** Cheap candidates for very large groups: same identity value or same address outside modules. */
function exactCandidates(deletes: ResourceChange[], creates: ResourceChange[], strict: boolean): Candidate[] {
  const byKey = new Map<string, ResourceChange[]>()
  const add = (key: string, c: ResourceChange): void => {
    const list = byKey.get(key)
    if (list) list.push(c)
    else byKey.set(key, [c])
  }
  for (const c of creates) {
    for (const [attribute, value] of identityValues(c.after)) add(`id:${attribute}=${value}`, c)
    add(`local:${localAddress(c)}`, c)
  }
  const out: Candidate[] = []
  for (const d of deletes) {
    const seen = new Set<ResourceChange>()
    const keys = identityValues(d.before).map(([a, v]) => `id:${a}=${v}`)
    keys.push(`local:${localAddress(d)}`)
    for (const key of keys) {
      for (const c of byKey.get(key) ?? []) {
        if (seen.has(c)) continue
        seen.add(c)
        const candidate = scorePair(d, c, strict)
        if (candidate) out.push(candidate)
      }
    }
  }
  return out
}

function groupByType(changes: ResourceChange[]): Map<string, ResourceChange[]> {
  const groups = new Map<string, ResourceChange[]>()
  for (const c of changes) {
    const list = groups.get(c.type)
    if (list) list.push(c)
    else groups.set(c.type, [c])
  }
  return groups
}

/** Pairs each movable delete with at most one create, best-scoring pairs first. */
export function pairDeletesWithCreates(changes: readonly ResourceChange[]): Candidate[] {
  const managed = changes.filter((c) => isManaged(c) && c.deposed === undefined)
  const deletes = managed.filter(
    (c) => isDelete(c.actions) && (c.actionReason === undefined || MOVABLE_REASONS.has(c.actionReason))
  )
  if (deletes.length === 0) return []
  const creates = groupByType(managed.filter((c) => isCreate(c.actions) && c.importing === undefined))
  const candidates: Candidate[] = []
  for (const [type, typeDeletes] of groupByType(deletes)) {
    const typeCreates = creates.get(type)
    if (!typeCreates) continue
    // Without a reason (older plans, or -destroy) only an identity match is evidence of a move.
    const reasoned = typeDeletes.filter((d) => d.actionReason !== undefined)
    const unreasoned = typeDeletes.filter((d) => d.actionReason === undefined)
    if (reasoned.length * typeCreates.length <= MAX_PAIRWISE) {
      for (const d of reasoned) {
        for (const c of typeCreates) {
          const candidate = scorePair(d, c, false)
          if (candidate) candidates.push(candidate)
        }
      }
    } else {
      candidates.push(...exactCandidates(reasoned, typeCreates, false))
    }
    candidates.push(...exactCandidates(unreasoned, typeCreates, true))
  }
  // Best first; ties broken by address so the pairing is deterministic.
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      (a.deleted.address < b.deleted.address ? -1 : a.deleted.address > b.deleted.address ? 1 : 0) ||
      (a.created.address < b.created.address ? -1 : a.created.address > b.created.address ? 1 : 0)
  )
  const usedDeletes = new Set<ResourceChange>()
  const usedCreates = new Set<ResourceChange>()
  const pairs: Candidate[] = []
  for (const candidate of candidates) {
    if (usedDeletes.has(candidate.deleted) || usedCreates.has(candidate.created)) continue
    usedDeletes.add(candidate.deleted)
    usedCreates.add(candidate.created)
    pairs.push(candidate)
  }
  return pairs.sort((a, b) => (a.deleted.address < b.deleted.address ? -1 : a.deleted.address > b.deleted.address ? 1 : 0))
}

function severityFor(type: string, ctx: RuleContext): Severity {
  if (ctx.catalogue.isStateful(type)) return 'high'
  // A helper (random_id, null_resource) loses nothing itself; its new value still ripples.
  if (ctx.catalogue.isEphemeral(type)) return 'low'
  return 'medium'
}

export function findMissingMoved(ctx: RuleContext): Finding[] {
  return pairDeletesWithCreates(ctx.plan.changes).map(({ deleted, created, reasons }): Finding => {
    const stateful = ctx.catalogue.isStateful(deleted.type)
    const why = describeDeleteReason(deleted.actionReason)
    const loss = stateful
      ? 'This type holds data: without a moved block the data in the old object is destroyed.'
      : 'Without a moved block the object is destroyed and recreated, with a new identity and a gap in between.'
    const evidence: Evidence[] = [
      { note: `destroyed: ${deleted.address}${deleted.actionReason ? ` (${deleted.actionReason})` : ''}` },
      { note: `created: ${created.address}` },
      ...reasons.map((note) => ({ note }))
    ]
    return {
      rule: 'missing-moved',
      severity: severityFor(deleted.type, ctx),
      address: deleted.address,
      message:
        `${deleted.address} is destroyed${why ? ` (${why.replace(/ \(.*\)$/, '')})` : ''} while ${created.address}, the same type, is created: this looks like a move without a moved block. ` +
        `${loss} If it is the same object, add: moved { from = ${deleted.address}  to = ${created.address} }`,
      evidence,
      planFile: deleted.planFile
    }
  })
}

export const missingMovedRule: Rule = { id: 'missing-moved', run: findMissingMoved }
