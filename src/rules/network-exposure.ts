/**
 * network-exposure: inbound access newly opened to the internet, or an allowed range widened.
 *
 * Every ingress rule is flattened into (protocol, port range, source) permissions before and
 * after. Only a permission that no before-permission already covered counts, so reordering
 * rules, narrowing a CIDR or swapping one /32 for another says nothing. Severity:
 *  - internet + a catalogue sensitive port (22 SSH, 3389 RDP, 5432 PostgreSQL…) or all
 *    ports/protocols → critical; internet + only 80/443 → medium; internet + other ports → high;
 *    internet ICMP → low (ping);
 *  - a non-internet range that strictly contains an old one for the same ports → medium;
 *  - network ACLs are capped at medium: they are stateless backstops (the default one allows
 *    everything) and the security groups behind them still decide; a new ACL (or a rule of an
 *    ACL created in the same plan) that allows all protocols from anywhere only restates the VPC
 *    default and is low.
 */
import { isCreate, isManaged, isReplace, isUpdate } from '../plan/actions.js'
import { formatPath, getAt, isUnknownAt, renderValue } from '../plan/diff.js'
import type { AttributePath, ResourceChange } from '../plan/types.js'
import type { Catalogue } from '../policy/types.js'
import type { Cidr } from './cidr.js'
import { cidrContains, cidrStrictlyContains, isInternetSource, parseCidr } from './cidr.js'
import type { Evidence, Finding, Rule, RuleContext, Severity } from './types.js'
import { severityRank } from './types.js'

interface Source {
  readonly text: string
  /** `*`, `Any`, `Internet`: every address of both families. */
  readonly any: boolean
  readonly cidr: Cidr | undefined
  readonly internet: boolean
}

interface Permission {
  /** `all`, `tcp`, `udp`, `icmp`, `icmpv6`, or the protocol as written. */
  readonly protocol: string
  /** Inclusive port range; 0–65535 for "all ports", -1 for port-less protocols. */
  readonly from: number
  readonly to: number
  readonly source: Source
  /** Where the source sits in the resource, for evidence. */
  readonly path: AttributePath
}

type Family = 'security-group' | 'network-acl' | 'firewall'

const ALL_PORTS = { from: 0, to: 65535 } as const
const NO_PORTS = { from: -1, to: -1 } as const

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

function parseSource(raw: string): Source {
  const text = raw.trim()
  const lower = text.toLowerCase()
  const any = lower === '*' || lower === 'any' || lower === 'internet'
  // A bare 0.0.0.0 is how some tools spell "any IPv4".
  const cidr = any ? undefined : parseCidr(lower === '0.0.0.0' ? '0.0.0.0/0' : text)
  return { text, any, cidr, internet: isInternetSource(text) }
}

const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = {
  '-1': 'all',
  all: 'all',
  '*': 'all',
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
  'icmp-v6': 'icmpv6'
}

const normaliseProtocol = (v: unknown): string => {
  const p = (typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '')
    .trim()
    .toLowerCase()
  return PROTOCOL_NUMBERS[p] ?? p
}

const isPortless = (protocol: string): boolean =>
  protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'sctp' && protocol !== 'all'

const toPort = (v: unknown): number | undefined => {
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'string' && /^\d+$/.test(v.trim())
        ? Number(v)
        : undefined
  return n === undefined || Number.isNaN(n) ? undefined : n
}

/** AWS from_port/to_port: protocol -1 ignores them; tcp 0–0 is how "all" is often written. */
function awsPorts(
  protocol: string,
  fromRaw: unknown,
  toRaw: unknown
): { from: number; to: number } {
  if (protocol === 'all') return ALL_PORTS
  if (isPortless(protocol)) return NO_PORTS
  const from = toPort(fromRaw)
  const to = toPort(toRaw)
  if (from === undefined || to === undefined || (from === 0 && to === 0) || from < 0 || to < 0)
    return ALL_PORTS
  return { from: Math.min(from, to), to: Math.max(from, to) }
}

/** `"22"`, `"1000-2000"`, `"*"` (Azure and GCP port strings). */
function parsePortText(raw: string): { from: number; to: number } | undefined {
  const t = raw.trim()
  if (t === '*' || t === '') return ALL_PORTS
  const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(t)
  if (m === null) return undefined
  const from = Number(m[1])
  const to = m[2] === undefined ? from : Number(m[2])
  return { from: Math.min(from, to), to: Math.max(from, to) }
}

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x.trim() !== '')

/** One AWS-style rule object → permissions, one per CIDR source. */
function awsRulePermissions(
  rule: Record<string, unknown>,
  base: AttributePath,
  keys: { protocol: string; cidr4: string; cidr6: string }
): Permission[] {
  const protocol = normaliseProtocol(rule[keys.protocol])
  const ports = awsPorts(protocol, rule.from_port, rule.to_port)
  const out: Permission[] = []
  for (const key of [keys.cidr4, keys.cidr6]) {
    const value = rule[key]
    if (Array.isArray(value)) {
      value.forEach((cidr, j) => {
        if (typeof cidr === 'string' && cidr.trim() !== '') {
          out.push({ protocol, ...ports, source: parseSource(cidr), path: [...base, key, j] })
        }
      })
    } else if (typeof value === 'string' && value.trim() !== '') {
      out.push({ protocol, ...ports, source: parseSource(value), path: [...base, key] })
    }
  }
  return out
}

const SG_KEYS = { protocol: 'protocol', cidr4: 'cidr_blocks', cidr6: 'ipv6_cidr_blocks' }
const NACL_KEYS = { protocol: 'protocol', cidr4: 'cidr_block', cidr6: 'ipv6_cidr_block' }

function gcpPermissions(v: Record<string, unknown>, afterUnknown: unknown): Permission[] {
  const direction = typeof v.direction === 'string' ? v.direction.toUpperCase() : 'INGRESS'
  if (direction !== 'INGRESS' || v.disabled === true) return []
  if (
    ['source_ranges', 'source_tags', 'source_service_accounts'].some((k) =>
      isUnknownAt(afterUnknown, [k])
    )
  )
    return []
  let sources: { source: Source; path: AttributePath }[] = strings(v.source_ranges).map((r, j) => ({
    source: parseSource(r),
    path: ['source_ranges', j]
  }))
  // With no source ranges, tags or service accounts, GCP applies an ingress rule to 0.0.0.0/0.
  if (
    sources.length === 0 &&
    strings(v.source_tags).length === 0 &&
    strings(v.source_service_accounts).length === 0
  ) {
    sources = [
      {
        source: { ...parseSource('0.0.0.0/0'), text: '0.0.0.0/0 (no source given: GCP default)' },
        path: ['source_ranges']
      }
    ]
  }
  const out: Permission[] = []
  for (const allow of asList(v.allow)) {
    if (!isRecord(allow)) continue
    const protocol = normaliseProtocol(allow.protocol)
    const portTexts = strings(allow.ports)
    const ranges = isPortless(protocol)
      ? [NO_PORTS]
      : protocol === 'all' || portTexts.length === 0
        ? [ALL_PORTS]
        : portTexts.map(parsePortText).filter((r) => r !== undefined)
    for (const range of ranges) for (const s of sources) out.push({ protocol, ...range, ...s })
  }
  return out
}

function azurePermissions(rule: Record<string, unknown>, base: AttributePath): Permission[] {
  if (
    String(rule.direction).toLowerCase() !== 'inbound' ||
    String(rule.access).toLowerCase() !== 'allow'
  )
    return []
  const protocol = normaliseProtocol(rule.protocol)
  const portTexts = [
    ...strings(rule.destination_port_range),
    ...strings(rule.destination_port_ranges)
  ]
  const ranges = isPortless(protocol)
    ? [NO_PORTS]
    : portTexts.length === 0
      ? [ALL_PORTS]
      : portTexts.map(parsePortText).filter((r) => r !== undefined)
  const sources: { source: Source; path: AttributePath }[] = [
    ...strings(rule.source_address_prefix).map((s) => ({
      source: parseSource(s),
      path: [...base, 'source_address_prefix']
    })),
    ...strings(rule.source_address_prefixes).map((s, j) => ({
      source: parseSource(s),
      path: [...base, 'source_address_prefixes', j]
    }))
  ]
  const out: Permission[] = []
  for (const range of ranges) for (const s of sources) out.push({ protocol, ...range, ...s })
  return out
}

/** The ingress permissions a resource grants, or undefined for types this rule does not read. */
function permissionsOf(
  type: string,
  value: unknown,
  afterUnknown: unknown
): { family: Family; permissions: Permission[] } | undefined {
  const v = isRecord(value) ? value : {}
  const fromList = (
    key: string,
    one: (rule: Record<string, unknown>, base: AttributePath) => Permission[]
  ): Permission[] =>
    isUnknownAt(afterUnknown, [key])
      ? []
      : asList(v[key]).flatMap((r, i) => (isRecord(r) ? one(r, [key, i]) : []))
  switch (type) {
    case 'aws_security_group':
    case 'aws_default_security_group':
      return {
        family: 'security-group',
        permissions: fromList('ingress', (r, base) => awsRulePermissions(r, base, SG_KEYS))
      }
    case 'aws_security_group_rule':
      return {
        family: 'security-group',
        permissions: v.type === 'ingress' ? awsRulePermissions(v, [], SG_KEYS) : []
      }
    case 'aws_vpc_security_group_ingress_rule':
      return {
        family: 'security-group',
        permissions: awsRulePermissions(v, [], {
          protocol: 'ip_protocol',
          cidr4: 'cidr_ipv4',
          cidr6: 'cidr_ipv6'
        })
      }
    case 'aws_network_acl_rule':
      return {
        family: 'network-acl',
        permissions:
          v.egress !== true && String(v.rule_action).toLowerCase() === 'allow'
            ? awsRulePermissions(v, [], NACL_KEYS)
            : []
      }
    case 'aws_network_acl':
    case 'aws_default_network_acl':
      return {
        family: 'network-acl',
        permissions: fromList('ingress', (r, base) =>
          String(r.action).toLowerCase() === 'allow' ? awsRulePermissions(r, base, NACL_KEYS) : []
        )
      }
    case 'google_compute_firewall':
      return { family: 'firewall', permissions: gcpPermissions(v, afterUnknown) }
    case 'azurerm_network_security_rule':
      return { family: 'firewall', permissions: azurePermissions(v, []) }
    case 'azurerm_network_security_group':
      return { family: 'firewall', permissions: fromList('security_rule', azurePermissions) }
    default:
      return undefined
  }
}

function sourceCovers(outer: Source, inner: Source): boolean {
  if (outer.any) return true
  if (inner.any) return false
  if (outer.cidr && inner.cidr) return cidrContains(outer.cidr, inner.cidr)
  return outer.text.toLowerCase() === inner.text.toLowerCase()
}

const protocolCovers = (outer: string, inner: string): boolean => outer === 'all' || outer === inner

const covers = (outer: Permission, inner: Permission): boolean =>
  protocolCovers(outer.protocol, inner.protocol) &&
  (outer.protocol === 'all' || (outer.from <= inner.from && outer.to >= inner.to)) &&
  sourceCovers(outer.source, inner.source)

const isAllPorts = (p: Permission): boolean =>
  p.protocol === 'all' || (!isPortless(p.protocol) && p.from <= 1 && p.to >= 65535)

function portsText(p: Permission): string {
  if (p.protocol === 'all') return 'all protocols and ports'
  if (isPortless(p.protocol)) return p.protocol
  if (isAllPorts(p)) return `${p.protocol} all ports`
  return `${p.protocol} ${p.from === p.to ? p.from : `${p.from}-${p.to}`}`
}

const WEB_PORTS = new Set([80, 443])

interface Issue {
  readonly severity: Severity
  /** Issues with the same key differ only in source and are told as one. */
  readonly key: string
  /** Text around the source list: `${lead} (${sources}) ${tail}`. */
  readonly lead: string
  readonly source: string
  readonly tail: string
  readonly evidence: Evidence
}

function classifyInternet(
  p: Permission,
  catalogue: Catalogue
): { severity: Severity; why: string; label?: string } {
  if (p.protocol === 'icmp' || p.protocol === 'icmpv6') {
    return { severity: 'low', why: 'ping and similar control messages; low risk' }
  }
  if (isAllPorts(p))
    return {
      severity: 'critical',
      why: 'every service on the attached hosts becomes reachable by anyone'
    }
  if (!isPortless(p.protocol)) {
    const sensitive = [...catalogue.sensitivePorts]
      .filter(([port]) => port >= p.from && port <= p.to)
      .sort(([a], [b]) => a - b)
    if (sensitive.length > 0) {
      const [only] = sensitive
      if (p.from === p.to && only !== undefined) {
        return {
          severity: 'critical',
          why: `${only[1]} should never face the internet`,
          label: only[1]
        }
      }
      const shown = sensitive.slice(0, 4).map(([port, label]) => `${port} (${label})`)
      const more = sensitive.length > 4 ? ` and ${sensitive.length - 4} more` : ''
      return {
        severity: 'critical',
        why: `the range includes ${shown.join(', ')}${more}, which should never face the internet`
      }
    }
    if (p.from === p.to && WEB_PORTS.has(p.from)) {
      return {
        severity: 'medium',
        why: 'normal for a public web endpoint; confirm this one is meant to be public'
      }
    }
  }
  return { severity: 'high', why: 'anyone on the internet can reach whatever listens there' }
}

const capAt = (severity: Severity, cap: Severity): Severity =>
  severityRank(severity) > severityRank(cap) ? cap : severity

function evidenceFor(change: ResourceChange, p: Permission): Evidence {
  return {
    path: formatPath(p.path),
    before: renderValue(getAt(change.before, p.path)),
    after: renderValue(getAt(change.after, p.path))
  }
}

/** Types whose rules belong to a security group or network ACL named by an id attribute. */
const GROUP_ID_ATTRIBUTE: Readonly<Record<string, string>> = {
  aws_security_group: 'id',
  aws_default_security_group: 'id',
  aws_security_group_rule: 'security_group_id',
  aws_vpc_security_group_ingress_rule: 'security_group_id',
  aws_network_acl: 'id',
  aws_default_network_acl: 'id',
  aws_network_acl_rule: 'network_acl_id'
}

const groupIdOf = (type: string, value: unknown): string | undefined => {
  const attribute = GROUP_ID_ATTRIBUTE[type]
  const id = attribute === undefined ? undefined : getAt(value, [attribute])
  return typeof id === 'string' && id !== '' ? id : undefined
}

/**
 * What each security group / network ACL allowed before this plan, across all the resources
 * that define its rules: moving a rule from an inline `ingress` block to its own resource (or
 * back) is then not a new opening.
 */
function existingByGroup(changes: readonly ResourceChange[]): Map<string, Permission[]> {
  const byGroup = new Map<string, Permission[]>()
  for (const change of changes) {
    if (!isManaged(change) || isCreate(change.actions) || change.before === null) continue
    const id = groupIdOf(change.type, change.before)
    const permissions =
      id === undefined ? undefined : permissionsOf(change.type, change.before, false)
    if (id === undefined || permissions === undefined) continue
    const known = byGroup.get(id)
    if (known) known.push(...permissions.permissions)
    else byGroup.set(id, [...permissions.permissions])
  }
  return byGroup
}

/** A network ACL created by this plan, or a rule of one (its ACL id is not known yet). */
const isNewAcl = (change: ResourceChange): boolean =>
  isCreate(change.actions) &&
  (change.type !== 'aws_network_acl_rule' || isUnknownAt(change.afterUnknown, ['network_acl_id']))

function changeIssues(
  change: ResourceChange,
  catalogue: Catalogue,
  existing: ReadonlyMap<string, readonly Permission[]>
): Issue[] {
  const after = permissionsOf(change.type, change.after, change.afterUnknown)
  if (after === undefined) return []
  const own = isCreate(change.actions)
    ? []
    : (permissionsOf(change.type, change.before, false)?.permissions ?? [])
  const groupId = groupIdOf(change.type, change.after) ?? groupIdOf(change.type, change.before)
  const before = [...own, ...(groupId === undefined ? [] : (existing.get(groupId) ?? []))]
  const issues: Issue[] = []
  const acl = after.family === 'network-acl'
  for (const p of after.permissions) {
    if (before.some((b) => covers(b, p))) continue
    if (p.source.internet) {
      const { severity, why, label } = classifyInternet(p, catalogue)
      const ports = label === undefined ? portsText(p) : `${portsText(p)} (${label})`
      // A new ACL that allows all traffic from anywhere is what every VPC's default ACL does
      // (and what the VPC modules create): it adds nothing the VPC did not already allow. A
      // rule added to an existing ACL, or a specific port, is a deliberate opening: medium.
      const aclDefault = acl && p.protocol === 'all' && isNewAcl(change)
      issues.push({
        severity: aclDefault ? 'low' : acl ? capAt(severity, 'medium') : severity,
        key: `internet|${ports}`,
        lead: `opens ${ports} to the internet`,
        source: p.source.text,
        tail: aclDefault
          ? " in a new network ACL: that is the VPC default ACL's allow-all rule, and security groups still filter"
          : `${acl ? ' in a network ACL (security groups still filter)' : ''}: ${why}`,
        evidence: evidenceFor(change, p)
      })
      continue
    }
    const ports = portsText(p)
    const widenedFrom = before.find(
      (b) =>
        b.protocol === p.protocol &&
        b.from === p.from &&
        b.to === p.to &&
        b.source.cidr !== undefined &&
        p.source.cidr !== undefined &&
        cidrStrictlyContains(p.source.cidr, b.source.cidr)
    )
    if (widenedFrom !== undefined) {
      issues.push({
        severity: 'medium',
        key: `widened|${ports}|${widenedFrom.source.text}`,
        lead: `widens ${ports} from ${widenedFrom.source.text} to`,
        source: p.source.text,
        tail: ': more hosts can reach it',
        evidence: evidenceFor(change, p)
      })
    }
  }
  return issues
}

/** One finding per resource and severity; permissions on the same ports are told once. */
function toFindings(change: ResourceChange, issues: readonly Issue[]): Finding[] {
  interface Group {
    readonly first: Issue
    readonly sources: Set<string>
    readonly evidence: Evidence[]
  }
  const bySeverity = new Map<Severity, Map<string, Group>>()
  for (const issue of issues) {
    const groups = bySeverity.get(issue.severity) ?? new Map<string, Group>()
    const group = groups.get(issue.key) ?? {
      first: issue,
      sources: new Set<string>(),
      evidence: []
    }
    group.sources.add(issue.source)
    group.evidence.push(issue.evidence)
    groups.set(issue.key, group)
    bySeverity.set(issue.severity, groups)
  }
  return [...bySeverity.entries()]
    .sort(([a], [b]) => severityRank(b) - severityRank(a))
    .map(([severity, groups]) => {
      const texts = [...groups.values()].map((g) => {
        const sources = [...g.sources].join(', ')
        return g.first.key.startsWith('internet|')
          ? `${g.first.lead} (${sources})${g.first.tail}`
          : `${g.first.lead} ${sources}${g.first.tail}`
      })
      const shown = texts.slice(0, 3).join('; ')
      const more = texts.length > 3 ? `; and ${texts.length - 3} more` : ''
      return {
        rule: 'network-exposure',
        severity,
        address: change.address,
        message: `${shown.charAt(0).toUpperCase()}${shown.slice(1)}${more}.`,
        evidence: [...groups.values()].flatMap((g) => g.evidence),
        planFile: change.planFile
      }
    })
}

export const networkExposureRule: Rule = {
  id: 'network-exposure',
  run(ctx: RuleContext): Finding[] {
    const existing = existingByGroup(ctx.plan.changes)
    const findings: Finding[] = []
    for (const change of ctx.plan.changes) {
      if (!isManaged(change)) continue
      if (!isCreate(change.actions) && !isUpdate(change.actions) && !isReplace(change.actions))
        continue
      findings.push(...toFindings(change, changeIssues(change, ctx.catalogue, existing)))
    }
    return findings
  }
}
