/**
 * dns-change: DNS record changes that move or break traffic. A record update is an in-place
 * change no other rule reads, yet repointing `example.com` or its MX sends every user or every
 * mail somewhere else, and resolvers keep the answer for the TTL, so a rollback is not instant.
 *
 * Providers read: aws_route53_record, google_dns_record_set, azurerm_dns_*_record and
 * azurerm_private_dns_*_record, cloudflare_record / cloudflare_dns_record, digitalocean_record.
 * Each record is read as name, type, zone and answer (records, alias, rrdatas, content...).
 *
 * Severity follows what the record carries:
 *  - address records (A, AAAA, CNAME, alias…): a new answer or a delete is medium, high at the
 *    zone apex (the bare domain: the name equals the zone name, or has no subdomain);
 *  - NS, MX, SOA, DS: high: a wrong delegation, mail route or DNSSEC digest takes a whole
 *    (sub)domain or its mail offline;
 *  - mail policy TXT (SPF, DKIM, DMARC): medium: mail goes to spam or spoofing gets through;
 *  - other TXT and `_underscore` verification records: low (tokens come and go);
 *  - SRV medium (service discovery), CAA, PTR and others low.
 * A changed name, type or zone is a delete of the old name (Route 53 replaces the record).
 * TTL-only changes and creates say nothing, except NS records created where the plan shows
 * existing records at or under that name, or at the apex of an existing zone (low): delegation
 * shadows them. Routing-policy changes are low (failover role: medium); turning Cloudflare's
 * proxy off publishes the origin and bypasses the WAF (medium).
 */
import {
  isCreate,
  isDelete,
  isDeleteBeforeCreate,
  isManaged,
  isNoOp,
  isReplace,
  isUpdate
} from '../plan/actions.js'
import { formatPath, getAt, isUnknownAt, renderValue } from '../plan/diff.js'
import { UNKNOWN_VALUE } from '../plan/types.js'
import type { ResourceChange } from '../plan/types.js'
import type { Evidence, Finding, Rule, RuleContext, Severity } from './types.js'
import { severityRank } from './types.js'

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** Lower case, no trailing dot, Route 53's `\052` as `*`. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\\052/g, '*').replace(/\.$/, '').toLowerCase()
}

// ---------------------------------------------------------------------------------------------
// Providers: how to read a record of each type

interface Provider {
  readonly matches: (type: string) => boolean
  /** Record type (A, MX…), upper case. */
  readonly recordType: (resourceType: string, value: Record<string, unknown>) => string | undefined
  readonly name: (value: Record<string, unknown>) => string | undefined
  /** The zone's DNS name, from the zone in the plan (by id) or the record itself. */
  readonly zone: (value: Record<string, unknown>, zones: Zones) => string | undefined
  /** The attribute that references the zone (a changed reference moves the record). */
  readonly zoneAttribute: string
  /** Attributes that hold the answer. */
  readonly answers: readonly string[]
  /** Attributes that choose between answers (weights, failover, health checks). */
  readonly routing: readonly string[]
}

interface Zones {
  /** Zone id or name as records reference it → zone DNS name (normalised). */
  readonly names: ReadonlyMap<string, string>
  /** Zone DNS names the plan creates. */
  readonly created: ReadonlySet<string>
}

const lastSegment = (v: string): string => v.split('/').pop() ?? v

const byId =
  (attribute: string) =>
  (value: Record<string, unknown>, zones: Zones): string | undefined => {
    const id = str(value[attribute])
    return id === undefined ? undefined : zones.names.get(lastSegment(id))
  }

const AZURE_RECORD = /^azurerm_(?:private_)?dns_([a-z]+)_record$/

const PROVIDERS: readonly Provider[] = [
  {
    matches: (t) => t === 'aws_route53_record',
    recordType: (_t, v) => str(v.type)?.toUpperCase(),
    name: (v) => str(v.name) ?? str(v.fqdn),
    zone: byId('zone_id'),
    zoneAttribute: 'zone_id',
    answers: ['records', 'alias'],
    routing: [
      'set_identifier',
      'weighted_routing_policy',
      'failover_routing_policy',
      'latency_routing_policy',
      'geolocation_routing_policy',
      'geoproximity_routing_policy',
      'cidr_routing_policy',
      'multivalue_answer_routing_policy',
      'health_check_id'
    ]
  },
  {
    matches: (t) => t === 'google_dns_record_set',
    recordType: (_t, v) => str(v.type)?.toUpperCase(),
    name: (v) => str(v.name),
    zone: byId('managed_zone'),
    zoneAttribute: 'managed_zone',
    answers: ['rrdatas'],
    routing: ['routing_policy']
  },
  {
    matches: (t) => AZURE_RECORD.test(t),
    recordType: (t) => AZURE_RECORD.exec(t)?.[1]?.toUpperCase(),
    name: (v) => str(v.name),
    zone: (v) => {
      const z = str(v.zone_name)
      return z === undefined ? undefined : normaliseName(z)
    },
    zoneAttribute: 'zone_name',
    answers: ['records', 'record', 'target_resource_id'],
    routing: []
  },
  {
    matches: (t) => t === 'cloudflare_record' || t === 'cloudflare_dns_record',
    recordType: (_t, v) => str(v.type)?.toUpperCase(),
    name: (v) => str(v.name) ?? str(v.hostname),
    zone: byId('zone_id'),
    zoneAttribute: 'zone_id',
    answers: ['content', 'value', 'data', 'priority'],
    routing: []
  },
  {
    matches: (t) => t === 'digitalocean_record',
    recordType: (_t, v) => str(v.type)?.toUpperCase(),
    name: (v) => str(v.name),
    zone: (v) => {
      const z = str(v.domain)
      return z === undefined ? undefined : normaliseName(z)
    },
    zoneAttribute: 'domain',
    answers: ['value', 'priority', 'port', 'weight'],
    routing: []
  }
]

const providerOf = (type: string): Provider | undefined => PROVIDERS.find((p) => p.matches(type))

const ZONE_TYPES = new Set([
  'aws_route53_zone',
  'google_dns_managed_zone',
  'cloudflare_zone',
  'azurerm_dns_zone',
  'azurerm_private_dns_zone',
  'digitalocean_domain'
])

/** Zone DNS names the plan knows (zones it changes or carries as no-op), by id and name. */
function indexZones(changes: readonly ResourceChange[]): Zones {
  const names = new Map<string, string>()
  const created = new Set<string>()
  const add = (id: unknown, name: unknown): void => {
    const i = str(id)
    const n = str(name)
    if (i !== undefined && n !== undefined) names.set(lastSegment(i), normaliseName(n))
  }
  for (const change of changes) {
    if (!ZONE_TYPES.has(change.type)) continue
    let dnsName: string | undefined
    for (const value of [change.before, change.after]) {
      if (!isRecord(value)) continue
      switch (change.type) {
        case 'aws_route53_zone':
          add(value.zone_id, value.name)
          add(value.id, value.name)
          dnsName ??= str(value.name)
          break
        case 'google_dns_managed_zone':
          add(value.name, value.dns_name)
          add(value.id, value.dns_name)
          dnsName ??= str(value.dns_name)
          break
        case 'cloudflare_zone':
          add(value.id, value.zone ?? value.name)
          dnsName ??= str(value.zone) ?? str(value.name)
          break
        case 'azurerm_dns_zone':
        case 'azurerm_private_dns_zone':
        case 'digitalocean_domain':
          dnsName ??= str(value.name)
          break
      }
    }
    if (dnsName !== undefined && isCreate(change.actions)) created.add(normaliseName(dnsName))
  }
  return { names, created }
}

// ---------------------------------------------------------------------------------------------
// One side (before or after) of a record

interface RecordSide {
  /** Full name when it can be worked out, else the name as written. */
  readonly fqdn: string
  readonly type: string
  readonly zone: string | undefined
  /** The zone reference as written (zone id, managed zone, zone name). */
  readonly zoneRef: string | undefined
  readonly apex: boolean
  readonly ttl: number | undefined
}

/** Second-level labels under which a registrable domain has three labels (example.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go'])

/** A full name with no subdomain, when the zone is not in the plan. */
export function looksLikeApex(fqdn: string): boolean {
  const labels = fqdn.split('.')
  if (labels.length === 2) return true
  return labels.length === 3 && SECOND_LEVEL.has(labels[1] ?? '') && (labels[2] ?? '').length === 2
}

function readSide(
  change: ResourceChange,
  value: unknown,
  provider: Provider,
  zones: Zones
): RecordSide | undefined {
  if (!isRecord(value)) return undefined
  const common = {
    type: provider.recordType(change.type, value) ?? '?',
    zone: provider.zone(value, zones),
    zoneRef: str(value[provider.zoneAttribute]),
    ttl: typeof value.ttl === 'number' ? value.ttl : undefined
  }
  const { zone } = common
  const raw = provider.name(value)
  // No name: known only after apply (a record is never nameless).
  if (raw === undefined) return { ...common, fqdn: UNKNOWN_VALUE, apex: false }
  const name = normaliseName(raw)
  if (name === '' || name === '@') return { ...common, fqdn: zone ?? '@', apex: true }
  if (zone !== undefined) {
    if (name === zone) return { ...common, fqdn: name, apex: true }
    return { ...common, fqdn: name.endsWith(`.${zone}`) ? name : `${name}.${zone}`, apex: false }
  }
  return { ...common, fqdn: name, apex: name.includes('.') && looksLikeApex(name) }
}

// ---------------------------------------------------------------------------------------------
// What a record carries

type Kind = 'address' | 'delegation' | 'mail' | 'authority' | 'mail-policy' | 'txt' | 'service'
type KindOrOther = Kind | 'other'

const ADDRESS_TYPES = new Set(['A', 'AAAA', 'CNAME', 'ALIAS', 'ANAME', 'HTTPS', 'SVCB'])
const MAIL_POLICY = /v=spf1|v=dkim1|v=dmarc1/i

function kindOf(side: RecordSide, answersText: string): KindOrOther {
  const firstLabel = side.fqdn.split('.')[0] ?? ''
  const mailPolicyName = firstLabel === '_dmarc' || side.fqdn.includes('._domainkey')
  // DKIM keys and DMARC policies live at these names, as TXT or as CNAME to a mail provider.
  if (side.type === 'SPF' || mailPolicyName) return 'mail-policy'
  if (side.type === 'TXT') return MAIL_POLICY.test(answersText) ? 'mail-policy' : 'txt'
  // `_acme-challenge`, ACM validation CNAMEs: verification data, not traffic.
  if (firstLabel.startsWith('_') && side.type !== 'SRV') return 'txt'
  if (ADDRESS_TYPES.has(side.type)) return 'address'
  if (side.type === 'NS') return 'delegation'
  if (side.type === 'MX') return 'mail'
  if (side.type === 'SOA' || side.type === 'DS') return 'authority'
  if (side.type === 'SRV') return 'service'
  return 'other'
}

/** Kinds whose answer is where traffic or mail goes. */
const ROUTED: ReadonlySet<KindOrOther> = new Set(['address', 'delegation', 'mail', 'service'])

interface KindInfo {
  readonly severity: Severity
  /** What a new answer does. */
  readonly repoint: string
  /** What a delete does. */
  readonly gone: string
}

const KINDS: Readonly<Record<KindOrOther, KindInfo>> = {
  address: {
    severity: 'medium',
    repoint: 'traffic for this name goes to the new target',
    gone: 'the name stops resolving and everything that uses it fails'
  },
  delegation: {
    severity: 'high',
    repoint:
      'resolution of this name and everything below it moves to other name servers; a wrong value takes it all offline',
    gone: 'the delegation goes: this name and everything below it stop resolving'
  },
  mail: {
    severity: 'high',
    repoint: 'mail for this domain is delivered to other servers',
    gone: 'mail for this domain bounces or is delivered to the address record instead'
  },
  authority: {
    severity: 'high',
    repoint:
      'the zone authority or DNSSEC chain changes; a wrong value makes resolvers reject the zone',
    gone: 'the zone authority or DNSSEC chain changes; resolvers may reject the zone'
  },
  'mail-policy': {
    severity: 'medium',
    repoint:
      'mail authentication policy (SPF/DKIM/DMARC) changes: a mistake sends legitimate mail to spam or lets spoofed mail through',
    gone: 'mail authentication policy (SPF/DKIM/DMARC) goes: legitimate mail may land in spam and spoofing gets easier'
  },
  txt: {
    severity: 'low',
    repoint: 'TXT or verification data changes (usually a token)',
    gone: 'TXT or verification data goes (a service that checks it may stop trusting the domain)'
  },
  service: {
    severity: 'medium',
    repoint: 'service discovery sends clients to other hosts or ports',
    gone: 'clients that discover the service through it stop finding it'
  },
  other: {
    severity: 'low',
    repoint: 'record data changes',
    gone: 'the record stops resolving'
  }
}

/** Apex address records carry the whole domain. */
function severityFor(kind: KindOrOther, side: RecordSide): Severity {
  return kind === 'address' && side.apex ? 'high' : KINDS[kind].severity
}

function label(side: RecordSide): string {
  return `${side.apex ? 'apex ' : ''}DNS record ${side.fqdn} (${side.type})`
}

function ttlNote(side: RecordSide | undefined): string {
  // Cloudflare's ttl 1 means "automatic", not one second.
  return side?.ttl !== undefined && side.ttl > 1
    ? ` Resolvers keep the old answer for up to ${side.ttl}s, so a rollback is not instant.`
    : ''
}

// ---------------------------------------------------------------------------------------------
// Answers

/** Canonical form of one answer attribute: order-free, and case/trailing dot free unless TXT. */
function canonical(value: unknown, caseSensitive: boolean): string {
  const norm = (v: unknown): unknown => {
    if (typeof v === 'string') return caseSensitive ? v : normaliseName(v)
    if (Array.isArray(v)) return v.map(norm)
    if (isRecord(v)) {
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(v).sort()) {
        // Route 53 alias: health evaluation is not the answer.
        if (k !== 'evaluate_target_health') out[k] = norm(v[k])
      }
      return out
    }
    return v
  }
  const n = norm(value)
  if (Array.isArray(n)) {
    const items = n.map((x) => JSON.stringify(x) ?? 'null').sort()
    return items.length === 0 ? 'null' : `[${items.join(',')}]`
  }
  return n === undefined || n === '' ? 'null' : (JSON.stringify(n) ?? 'null')
}

interface AnswerChange {
  readonly evidence: Evidence[]
  readonly from: string
  readonly to: string
}

/** An answer for the message: alias blocks by target name, lists and strings as they are. */
function showAnswer(value: unknown, unknown: boolean): string {
  if (unknown) return UNKNOWN_VALUE
  const simple = Array.isArray(value)
    ? value.map((v: unknown) => (isRecord(v) && typeof v.name === 'string' ? v.name : v))
    : value
  return renderValue(simple, 120)
}

/** The answer attributes that differ, or undefined when the answer is the same. */
function answerChange(
  change: ResourceChange,
  provider: Provider,
  caseSensitive: boolean
): AnswerChange | undefined {
  const evidence: Evidence[] = []
  let shown: { from: string; to: string } | undefined
  for (const attribute of provider.answers) {
    const before = getAt(change.before, [attribute])
    const after = getAt(change.after, [attribute])
    const unknown = isUnknownAt(change.afterUnknown, [attribute])
    if (unknown) {
      if (canonical(before, caseSensitive) === 'null') continue
    } else if (canonical(before, caseSensitive) === canonical(after, caseSensitive)) continue
    const item: Evidence = {
      path: formatPath([attribute]),
      before: renderValue(before),
      after: unknown ? UNKNOWN_VALUE : renderValue(after)
    }
    // Cloudflare v4 keeps `value` and `content` in step: one of them is enough.
    if (evidence.some((e) => e.before === item.before && e.after === item.after)) continue
    evidence.push(item)
    shown ??= { from: showAnswer(before, false), to: showAnswer(after, unknown) }
  }
  return shown === undefined ? undefined : { evidence, ...shown }
}

/** Routing-policy changes: low, except a failover role change (medium). */
function routingChange(
  change: ResourceChange,
  provider: Provider
): { severity: Severity; evidence: Evidence[] } | undefined {
  const evidence: Evidence[] = []
  let severity: Severity = 'low'
  for (const attribute of provider.routing) {
    const before = getAt(change.before, [attribute])
    const after = getAt(change.after, [attribute])
    const unknown = isUnknownAt(change.afterUnknown, [attribute])
    if (!unknown && canonical(before, true) === canonical(after, true)) continue
    if (attribute === 'failover_routing_policy') severity = 'medium'
    evidence.push({
      path: attribute,
      before: renderValue(before),
      after: unknown ? UNKNOWN_VALUE : renderValue(after)
    })
  }
  return evidence.length > 0 ? { severity, evidence } : undefined
}

/** Cloudflare's proxy switched off: the origin is published and the WAF/CDN bypassed. */
function proxyChange(change: ResourceChange): { severity: Severity; text: string } | undefined {
  const before = getAt(change.before, ['proxied'])
  const after = getAt(change.after, ['proxied'])
  if (before === true && after === false)
    return {
      severity: 'medium',
      text: "Cloudflare's proxy turned off: the origin's address is published and traffic bypasses Cloudflare's CDN and WAF"
    }
  if (before === false && after === true)
    return { severity: 'low', text: "traffic now goes through Cloudflare's proxy" }
  return undefined
}

// ---------------------------------------------------------------------------------------------

function answersText(value: unknown, provider: Provider): string {
  return provider.answers.map((a) => JSON.stringify(getAt(value, [a])) ?? '').join(' ')
}

function finding(
  change: ResourceChange,
  severity: Severity,
  message: string,
  evidence: Evidence[]
): Finding {
  return {
    rule: 'dns-change',
    severity,
    address: change.address,
    message,
    evidence,
    planFile: change.planFile
  }
}

const recordKey = (side: RecordSide): string => `${side.fqdn}\u0000${side.type}`

function findDelete(
  change: ResourceChange,
  side: RecordSide,
  provider: Provider,
  recreatedAt: string | undefined
): Finding {
  const kind = kindOf(side, answersText(change.before, provider))
  const evidence: Evidence[] = provider.answers
    .filter((a) => canonical(getAt(change.before, [a]), true) !== 'null')
    .map((a) => ({ path: a, before: renderValue(getAt(change.before, [a])) }))
  if (recreatedAt !== undefined) {
    return finding(
      change,
      'low',
      `Deletes ${label(side)} and creates it again as ${recreatedAt}: the name does not resolve for a moment in between (a moved block would avoid it).`,
      evidence
    )
  }
  return finding(
    change,
    severityFor(kind, side),
    `Deletes ${label(side)}: ${KINDS[kind].gone}.`,
    evidence
  )
}

interface Context {
  readonly zones: Zones
  /** Each existing record name and each of its parent names → an existing record at or under it. */
  readonly existingUnder: ReadonlyMap<string, string>
  /** Names + types the plan creates, with the creating address. */
  readonly created: ReadonlyMap<string, string>
}

/** An update or replacement: renamed, repointed, rerouted, proxied or only cosmetic. */
function findChange(
  change: ResourceChange,
  provider: Provider,
  before: RecordSide,
  after: RecordSide
): Finding | undefined {
  const zoneUnknown = isUnknownAt(change.afterUnknown, [provider.zoneAttribute])
  const zoneMoved = zoneUnknown || before.zoneRef !== after.zoneRef
  if (before.fqdn !== after.fqdn || before.type !== after.type || zoneMoved) {
    const kind = kindOf(before, answersText(change.before, provider))
    const evidence: Evidence[] = []
    if (before.fqdn !== after.fqdn)
      evidence.push({
        path: 'name',
        before: renderValue(before.fqdn),
        after: renderValue(after.fqdn)
      })
    if (before.type !== after.type)
      evidence.push({
        path: 'type',
        before: renderValue(before.type),
        after: renderValue(after.type)
      })
    if (zoneMoved)
      evidence.push({
        path: provider.zoneAttribute,
        before: renderValue(before.zoneRef),
        after: zoneUnknown ? UNKNOWN_VALUE : renderValue(after.zoneRef)
      })
    const where = `${after.fqdn} (${after.type})${zoneMoved ? ' in another zone' : ''}`
    return finding(
      change,
      severityFor(kind, before),
      `Moves ${label(before)} to ${where}; ${before.fqdn} no longer has this record there: ${KINDS[kind].gone}.${ttlNote(before)}`,
      evidence
    )
  }
  const text = answersText(change.before, provider) + answersText(change.after, provider)
  const kind = kindOf(before, text)
  const caseSensitive = kind === 'txt' || kind === 'mail-policy'
  const parts: string[] = []
  const evidence: Evidence[] = []
  let severity: Severity | undefined
  const raise = (s: Severity): void => {
    if (severity === undefined || severityRank(s) > severityRank(severity)) severity = s
  }
  const answers = answerChange(change, provider, caseSensitive)
  if (answers) {
    raise(severityFor(kind, before))
    parts.push(`${answers.from} → ${answers.to}, so ${KINDS[kind].repoint}`)
    evidence.push(...answers.evidence)
  }
  const routing = routingChange(change, provider)
  if (routing) {
    raise(routing.severity)
    parts.push(
      routing.severity === 'medium'
        ? 'its failover role changes, so a different endpoint serves the traffic'
        : 'its routing policy changes, so the share of traffic each endpoint gets changes'
    )
    evidence.push(...routing.evidence)
  }
  const proxy = proxyChange(change)
  if (proxy) {
    raise(proxy.severity)
    parts.push(proxy.text)
    evidence.push({
      path: 'proxied',
      before: renderValue(getAt(change.before, ['proxied'])),
      after: renderValue(getAt(change.after, ['proxied']))
    })
  }
  if (severity === undefined) {
    // Same name, same answer: a TTL or comment edit, unless the record is destroyed first.
    if (!isDeleteBeforeCreate(change.actions)) return undefined
    return finding(
      change,
      'low',
      `Replaces ${label(before)} (destroy, then create) with the same answer: the name does not resolve for a moment in between.`,
      []
    )
  }
  const verb = answers && ROUTED.has(kind) ? 'Repoints' : 'Changes'
  return finding(
    change,
    severity,
    `${verb} ${label(before)}: ${parts.join('; ')}.${answers && severityRank(severity) >= severityRank('medium') ? ttlNote(before) : ''}`,
    evidence
  )
}

/** NS records created where names already exist: delegation shadows them. */
function findDelegation(side: RecordSide, ctx: Context): string | undefined {
  if (side.type !== 'NS') return undefined
  if (side.apex) {
    if (ctx.zones.created.has(side.zone ?? side.fqdn)) return undefined
    return `Creates NS records at the apex of ${side.fqdn}, overwriting the zone's own name-server set: if they differ from the servers the parent delegates to, resolution of the whole zone becomes inconsistent.`
  }
  const name = ctx.existingUnder.get(side.fqdn)
  if (name === undefined) return undefined
  return `Creates NS records for ${side.fqdn}: it and everything below it are delegated to other name servers, so the existing records for those names in this zone (such as ${name}) stop being answered.`
}

interface RecordChange {
  readonly change: ResourceChange
  readonly provider: Provider
  readonly before: RecordSide | undefined
  readonly after: RecordSide | undefined
}

export function findDnsChanges(ctx: RuleContext): Finding[] {
  const changes = ctx.plan.changes
  const zones = indexZones(changes)
  const providers = new Map<string, Provider | undefined>()
  const existingUnder = new Map<string, string>()
  const created = new Map<string, string>()
  const records: RecordChange[] = []
  for (const change of changes) {
    if (!isManaged(change) || change.deposed !== undefined) continue
    let provider = providers.get(change.type)
    if (provider === undefined && !providers.has(change.type)) {
      provider = providerOf(change.type)
      providers.set(change.type, provider)
    }
    if (!provider) continue
    const before = readSide(change, change.before, provider, zones)
    const after = readSide(change, change.after, provider, zones)
    // Records this plan deletes are not shadowed by a new delegation: they go anyway.
    if (before && before.fqdn !== UNKNOWN_VALUE && !isDelete(change.actions)) {
      // `a.b.example.com` is under `a.b.example.com`, `b.example.com` and `example.com`.
      const labels = before.fqdn.split('.')
      for (let i = 0; i < labels.length - 1; i++) {
        const parent = labels.slice(i).join('.')
        if (!existingUnder.has(parent)) existingUnder.set(parent, before.fqdn)
      }
    }
    if (after && isCreate(change.actions)) created.set(recordKey(after), change.address)
    if (!isNoOp(change.actions)) records.push({ change, provider, before, after })
  }
  const context: Context = { zones, existingUnder, created }
  const findings: Finding[] = []
  for (const { change, provider, before, after } of records) {
    if (isDelete(change.actions) && before) {
      findings.push(findDelete(change, before, provider, created.get(recordKey(before))))
    } else if ((isUpdate(change.actions) || isReplace(change.actions)) && before && after) {
      const f = findChange(change, provider, before, after)
      if (f) findings.push(f)
    } else if (isCreate(change.actions) && after) {
      const message = findDelegation(after, context)
      if (message) {
        const answers = provider.answers
          .filter(
            (a) =>
              isUnknownAt(change.afterUnknown, [a]) ||
              canonical(getAt(change.after, [a]), true) !== 'null'
          )
          .map((a) => ({
            path: a,
            after: isUnknownAt(change.afterUnknown, [a])
              ? UNKNOWN_VALUE
              : renderValue(getAt(change.after, [a]))
          }))
        findings.push(finding(change, 'low', message, answers))
      }
    }
  }
  return findings
}

export const dnsChangeRule: Rule = { id: 'dns-change', run: findDnsChanges }
