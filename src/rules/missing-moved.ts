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

/**
 * Budget of delete × create pairs scored one by one, over the whole plan. A type group that does
 * not fit falls back to exact-key matching (same identity value, same address in another module),
 * so a 50k-change refactor stays linear.
 */
const MAX_PAIRWISE = 50_000
/**
 * Share of comparable attributes that must agree before a delete/create pair counts as a rename.
 * A real rename keeps its configuration (computed values are unknown and not compared), so it
 * scores near 1; two different rules or attachments of one type often share half their fields.
 */
const MIN_ATTRIBUTE_SIMILARITY = 0.8
/** Attributes that are new for every object and say nothing about sameness. */
const VOLATILE_ATTRIBUTES = new Set(['id', 'arn', 'self_link', 'etag', 'timeouts', 'tags_all'])

interface Candidate {
  readonly deleted: ResourceChange
  readonly created: ResourceChange
  readonly score: number
  readonly reasons: readonly string[]
}

/** What pairing needs from one change, computed once (a group compares every pair). */
interface Profile {
  readonly change: ResourceChange
  /** `aws_s3_bucket.logs["a"]`: the address without its module path. */
  readonly local: string
  readonly identity: ReadonlyMap<string, string>
  /** Top-level attributes as JSON text (the old object for a delete, the new for a create). */
  readonly attributes: ReadonlyMap<string, string>
  /** For a create: attributes known at plan time (null ones included), the ones worth comparing. */
  readonly knownKeys: readonly string[]
  /** Bigrams of `name["key"]`, the part of the address a rename changes. */
  readonly bigrams: ReadonlyMap<string, number>
  readonly bigramCount: number
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

function profileOf(change: ResourceChange, side: 'before' | 'after'): Profile {
  const value = side === 'before' ? change.before : change.after
  const local =
    change.moduleAddress === ''
      ? change.address
      : change.address.slice(change.moduleAddress.length + 1)
  const attributes = new Map<string, string>()
  const knownKeys: string[] = []
  if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (VOLATILE_ATTRIBUTES.has(key)) continue
      if (side === 'after' && isUnknownAt(change.afterUnknown, [key])) continue
      knownKeys.push(key)
      if (v !== null && v !== undefined) attributes.set(key, JSON.stringify(v))
    }
  }
  const name = local.slice(change.type.length + 1)
  const bigrams = new Map<string, number>()
  for (let i = 0; i < name.length - 1; i++) {
    const gram = name.slice(i, i + 2)
    bigrams.set(gram, (bigrams.get(gram) ?? 0) + 1)
  }
  return {
    change,
    local,
    identity: new Map(identityValues(value)),
    attributes,
    knownKeys,
    bigrams,
    bigramCount: Math.max(name.length - 1, 0)
  }
}

/**
 * Share of the create's known top-level attributes that equal the old object's. A real rename
 * keeps its configuration; one attribute agreeing is coincidence, not a pattern.
 */
function attributeSimilarity(deleted: Profile, created: Profile): number {
  let comparable = 0
  let equal = 0
  for (const key of created.knownKeys) {
    const a = deleted.attributes.get(key)
    const b = created.attributes.get(key)
    if (a === undefined && b === undefined) continue
    comparable++
    if (a === b) equal++
  }
  return comparable < 2 ? 0 : equal / comparable
}

/** Dice coefficient over the bigrams of the two names, 0..1. */
function nameSimilarity(a: Profile, b: Profile): number {
  const total = a.bigramCount + b.bigramCount
  if (total === 0) return 0
  let shared = 0
  for (const [gram, n] of a.bigrams) shared += Math.min(n, b.bigrams.get(gram) ?? 0)
  return (2 * shared) / total
}

/**
 * Scores a pair, or returns undefined when it is not plausibly the same object. Identity
 * conflicts (two different bucket names) rule a pair out: a moved block would not prevent the
 * replacement anyway.
 */
function scorePair(deleted: Profile, created: Profile, strict: boolean): Candidate | undefined {
  let identityMatch: string | undefined
  for (const [attribute, value] of created.identity) {
    const old = deleted.identity.get(attribute)
    if (old === undefined) continue
    if (old !== value) return undefined
    identityMatch ??= attribute
  }
  if (strict && !identityMatch) return undefined
  const d = deleted.change
  const c = created.change
  const sameModule = d.moduleAddress === c.moduleAddress
  const sameName = d.name === c.name
  const sameLocal = deleted.local === created.local
  const similarity = attributeSimilarity(deleted, created)
  // The same address in another module is a renamed module. The same name with another key is a
  // switch between count and for_each only when Terraform says so: a removed for_each key next
  // to an added one is usually a different object (remove alice, add dave).
  const moduleMoved = sameLocal && !sameModule
  const repetitionSwitched =
    sameName && sameModule && d.actionReason === 'delete_because_wrong_repetition'
  const similar = similarity >= MIN_ATTRIBUTE_SIMILARITY
  if (!identityMatch && !moduleMoved && !repetitionSwitched && !similar) return undefined
  const reasons: string[] = []
  if (identityMatch) reasons.push(`same ${identityMatch} attribute`)
  if (moduleMoved) reasons.push('same address in another module')
  else if (sameName && sameModule) reasons.push('same name, different instance key')
  if (similar) reasons.push(`${Math.round(similarity * 100)}% of attributes equal`)
  const score =
    (identityMatch ? 100 : 0) +
    (sameLocal ? 40 : 0) +
    (sameModule ? 20 : 0) +
    (sameName ? 10 : 0) +
    similarity * 20 +
    nameSimilarity(deleted, created) * 10
  return { deleted: d, created: c, score, reasons }
}

/** Cheap candidates for very large groups: same identity value or same address in another module. */
function exactCandidates(deletes: Profile[], creates: Profile[], strict: boolean): Candidate[] {
  const byKey = new Map<string, Profile[]>()
  const add = (key: string, p: Profile): void => {
    const list = byKey.get(key)
    if (list) list.push(p)
    else byKey.set(key, [p])
  }
  const keysOf = (p: Profile): string[] => [
    ...[...p.identity].map(([attribute, value]) => `id:${attribute}=${value}`),
    `local:${p.local}`
  ]
  for (const c of creates) for (const key of keysOf(c)) add(key, c)
  const out: Candidate[] = []
  for (const d of deletes) {
    const seen = new Set<Profile>()
    for (const key of keysOf(d)) {
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

function groupByType(profiles: Profile[]): Map<string, Profile[]> {
  const groups = new Map<string, Profile[]>()
  for (const p of profiles) {
    const list = groups.get(p.change.type)
    if (list) list.push(p)
    else groups.set(p.change.type, [p])
  }
  return groups
}

const compareAddress = (a: ResourceChange, b: ResourceChange): number =>
  a.address < b.address ? -1 : a.address > b.address ? 1 : 0

/** Pairs each movable delete with at most one create, best-scoring pairs first. */
export function pairDeletesWithCreates(changes: readonly ResourceChange[]): Candidate[] {
  const managed = changes.filter((c) => isManaged(c) && c.deposed === undefined)
  const deletes = managed
    .filter(
      (c) =>
        isDelete(c.actions) && (c.actionReason === undefined || MOVABLE_REASONS.has(c.actionReason))
    )
    .map((c) => profileOf(c, 'before'))
  if (deletes.length === 0) return []
  const deletedTypes = new Set(deletes.map((d) => d.change.type))
  const creates = groupByType(
    managed
      .filter((c) => isCreate(c.actions) && c.importing === undefined && deletedTypes.has(c.type))
      .map((c) => profileOf(c, 'after'))
  )
  const candidates: Candidate[] = []
  let budget = MAX_PAIRWISE
  for (const [type, typeDeletes] of groupByType(deletes)) {
    const typeCreates = creates.get(type)
    if (!typeCreates) continue
    // Without a reason (older plans, or -destroy) only an identity match is evidence of a move.
    const reasoned = typeDeletes.filter((d) => d.change.actionReason !== undefined)
    const unreasoned = typeDeletes.filter((d) => d.change.actionReason === undefined)
    const pairCount = reasoned.length * typeCreates.length
    if (pairCount <= budget) {
      budget -= pairCount
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
      compareAddress(a.deleted, b.deleted) ||
      compareAddress(a.created, b.created)
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
  return pairs.sort((a, b) => compareAddress(a.deleted, b.deleted))
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
      {
        note: `destroyed: ${deleted.address}${deleted.actionReason ? ` (${deleted.actionReason})` : ''}`
      },
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
