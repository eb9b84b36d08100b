/**
 * AWS policy documents (identity, resource and trust policies) parsed into a normal form, so that
 * comparing before and after asks "what can now be done that could not before?" and not "did the
 * text change?". Reordered statements, reordered or re-cased action lists, a Principal written as
 * `"*"` or `{"AWS": "*"}`, an account id or its root ARN, and whitespace all compare equal.
 */
import { SENSITIVE_MASK, UNKNOWN_VALUE } from '../plan/types.js'
import { SECRET_MASK } from '../plan/redact.js'

/** One condition test, e.g. `StringEquals aws:SourceVpce ["vpce-1"]`. Keys are lower-cased. */
export interface ConditionClause {
  readonly operator: string
  readonly key: string
  readonly values: readonly string[]
}

export interface PolicyStatement {
  /** Position in the document, for evidence. */
  readonly index: number
  readonly sid: string
  readonly effect: 'Allow' | 'Deny'
  /** Lower-cased (IAM actions are case-insensitive), sorted, unique. */
  readonly actions: readonly string[]
  readonly notActions: readonly string[] | undefined
  /** Sorted, unique. A statement without Resource (a trust policy) gets `["*"]`: "this resource". */
  readonly resources: readonly string[]
  readonly notResources: readonly string[] | undefined
  /** Canonical principals (`*`, `AWS:arn:…`, `Service:…`); undefined for identity policies. */
  readonly principals: readonly string[] | undefined
  readonly notPrincipals: readonly string[] | undefined
  readonly conditions: readonly ConditionClause[]
  /** Canonical condition text, `''` when there is none: equal conditions compare equal. */
  readonly conditionKey: string
  /** The statement as written (already redacted), for evidence. */
  readonly raw: unknown
}

export type ParsedPolicy =
  | { readonly status: 'absent' }
  /** Unknown until apply, sensitive, or not a policy document: nothing can be said about it. */
  | { readonly status: 'opaque' }
  | { readonly status: 'ok'; readonly statements: readonly PolicyStatement[] }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

const toList = (v: unknown): unknown[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]

const sortedUnique = (items: readonly string[]): string[] =>
  [...new Set(items)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

const strings = (v: unknown): string[] =>
  toList(v).flatMap((x) =>
    typeof x === 'string' ? [x] : typeof x === 'number' || typeof x === 'boolean' ? [String(x)] : []
  )

/** `123456789012` and `arn:aws:iam::123456789012:root` name the same principal. */
function canonicalAwsPrincipal(value: string): string {
  const trimmed = value.trim()
  if (trimmed === '*') return '*'
  if (/^\d{12}$/.test(trimmed)) return `AWS:arn:aws:iam::${trimmed}:root`
  return `AWS:${trimmed}`
}

/** Principal element → canonical list; `"*"` and `{"AWS": "*"}` both mean everyone. */
export function canonicalPrincipals(principal: unknown): string[] {
  if (typeof principal === 'string')
    return [principal.trim() === '*' ? '*' : canonicalAwsPrincipal(principal)]
  if (!isRecord(principal)) return []
  const out: string[] = []
  for (const [type, value] of Object.entries(principal)) {
    for (const v of strings(value)) {
      if (type === 'AWS') out.push(canonicalAwsPrincipal(v))
      else if (type === 'Service') out.push(`Service:${v.trim().toLowerCase()}`)
      else out.push(`${type}:${v.trim()}`)
    }
  }
  return sortedUnique(out)
}

function canonicalConditions(condition: unknown): ConditionClause[] {
  if (!isRecord(condition)) return []
  const clauses: ConditionClause[] = []
  for (const [operator, tests] of Object.entries(condition)) {
    if (!isRecord(tests)) continue
    for (const [key, values] of Object.entries(tests)) {
      clauses.push({ operator, key: key.toLowerCase(), values: sortedUnique(strings(values)) })
    }
  }
  return clauses.sort((a, b) => {
    const ka = `${a.operator}\u0000${a.key}`
    const kb = `${b.operator}\u0000${b.key}`
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })
}

function normaliseStatement(raw: unknown, index: number): PolicyStatement | undefined {
  if (!isRecord(raw)) return undefined
  const effectText = typeof raw.Effect === 'string' ? raw.Effect.trim().toLowerCase() : ''
  // Effect is required; a statement without a valid one grants nothing, so it is skipped.
  if (effectText !== 'allow' && effectText !== 'deny') return undefined
  const lower = (v: unknown): string[] =>
    sortedUnique(strings(v).map((s) => s.trim().toLowerCase()))
  const trimmed = (v: unknown): string[] => sortedUnique(strings(v).map((s) => s.trim()))
  const hasResource = 'Resource' in raw || 'NotResource' in raw
  const conditions = canonicalConditions(raw.Condition)
  return {
    index,
    sid: typeof raw.Sid === 'string' ? raw.Sid : '',
    effect: effectText === 'allow' ? 'Allow' : 'Deny',
    actions: lower(raw.Action),
    notActions: 'NotAction' in raw ? lower(raw.NotAction) : undefined,
    resources: hasResource ? trimmed(raw.Resource) : ['*'],
    notResources: 'NotResource' in raw ? trimmed(raw.NotResource) : undefined,
    principals: 'Principal' in raw ? canonicalPrincipals(raw.Principal) : undefined,
    notPrincipals: 'NotPrincipal' in raw ? canonicalPrincipals(raw.NotPrincipal) : undefined,
    conditions,
    conditionKey: conditions.length === 0 ? '' : JSON.stringify(conditions),
    raw
  }
}

const OPAQUE_STRINGS = new Set([UNKNOWN_VALUE, SENSITIVE_MASK, SECRET_MASK])

/**
 * A policy attribute's value → statements. Accepts a JSON string (the usual form) or an already
 * decoded object; tolerates a single statement object instead of a list. Invalid JSON, masked or
 * unknown values are opaque (the unknown-security-attr rule speaks for unknown ones).
 */
export function parsePolicy(value: unknown): ParsedPolicy {
  if (value === null || value === undefined) return { status: 'absent' }
  let doc: unknown = value
  if (typeof value === 'string') {
    const text = value.trim()
    if (text === '') return { status: 'absent' }
    if (OPAQUE_STRINGS.has(text)) return { status: 'opaque' }
    try {
      doc = JSON.parse(text)
    } catch {
      return { status: 'opaque' }
    }
  }
  if (!isRecord(doc) || !('Statement' in doc)) return { status: 'opaque' }
  const statements = toList(doc.Statement)
    .map((s, i) => normaliseStatement(s, i))
    .filter((s): s is PolicyStatement => s !== undefined)
  return { status: 'ok', statements }
}

/** Identity of a statement's meaning (Sid and order ignored). */
export function statementKey(s: PolicyStatement): string {
  return JSON.stringify([
    s.effect,
    s.actions,
    s.notActions,
    s.resources,
    s.notResources,
    s.principals,
    s.notPrincipals,
    s.conditionKey
  ])
}

const patternCache = new Map<string, RegExp>()

/** IAM wildcard match: `*` any run, `?` one character. Callers lower-case actions first. */
export function wildcardMatch(pattern: string, value: string): boolean {
  if (pattern === '*' || pattern === value) return true
  if (!pattern.includes('*') && !pattern.includes('?')) return false
  let re = patternCache.get(pattern)
  if (re === undefined) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')
    re = new RegExp(`^${body}$`, 's')
    // Bounded: a huge plan with many distinct ARN patterns must not grow memory without limit.
    if (patternCache.size >= 10_000) patternCache.clear()
    patternCache.set(pattern, re)
  }
  return re.test(value)
}

export const anyMatch = (patterns: readonly string[], value: string): boolean =>
  patterns.some((p) => wildcardMatch(p, value))

/** A principal set that includes `p`: the same principal, or everyone. Identity policies match each other. */
export function principalIncluded(
  set: readonly string[] | undefined,
  p: string | undefined
): boolean {
  if (set === undefined || p === undefined) return set === undefined && p === undefined
  return set.includes('*') || set.includes(p)
}

/** Condition keys that tie a public principal to a caller, network or organisation. */
const RESTRICTING_KEYS = new Set([
  'aws:sourceip',
  'aws:vpcsourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalservicename',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:userid',
  'aws:username',
  'kms:calleraccount',
  's3:dataaccesspointaccount',
  's3:dataaccesspointarn'
])

/** `0.0.0.0/0` in an IpAddress condition restricts nothing. */
const WORLD_VALUES = new Set(['*', '0.0.0.0/0', '::/0'])

/**
 * True when a condition narrows who can use a `Principal: "*"` grant. Negated and IfExists
 * operators do not count (a missing key passes them), nor do wildcard values.
 */
export function hasRestrictingCondition(s: PolicyStatement): boolean {
  return s.conditions.some(
    (c) =>
      RESTRICTING_KEYS.has(c.key) &&
      !/not|ifexists/i.test(c.operator) &&
      c.values.length > 0 &&
      c.values.every((v) => !WORLD_VALUES.has(v.trim()))
  )
}

/** Verbs that only read. Anything else (including `*` and `*Object`) counts as a write. */
const READ_VERBS = /^(get|list|describe|batchget|lookup|query|scan|search|select|view|filter|head)/

export function isReadOnlyAction(action: string): boolean {
  const verb = action.includes(':') ? action.slice(action.indexOf(':') + 1) : action
  return READ_VERBS.test(verb)
}

/**
 * Writes that are routinely granted on `*` because their resources have no useful ARN (log
 * streams, traces, metrics, Lambda VPC network interfaces, Session Manager channels).
 */
const ROUTINE_ON_ANY_RESOURCE = new Set([
  'logs:createloggroup',
  'logs:createlogstream',
  'logs:putlogevents',
  'xray:puttracesegments',
  'xray:puttelemetryrecords',
  'cloudwatch:putmetricdata',
  'ec2:createnetworkinterface',
  'ec2:deletenetworkinterface',
  'ec2:assignprivateipaddresses',
  'ec2:unassignprivateipaddresses',
  'ssmmessages:createcontrolchannel',
  'ssmmessages:createdatachannel',
  'ssmmessages:opencontrolchannel',
  'ssmmessages:opendatachannel'
])

export const isRoutineOnAnyResource = (action: string): boolean =>
  ROUTINE_ON_ANY_RESOURCE.has(action)

/**
 * Reads that return data or secrets rather than configuration: on `*` they open every secret,
 * parameter, object or item in the account, which a read-only verb otherwise hides.
 */
const SENSITIVE_READS = [
  'secretsmanager:getsecretvalue',
  'secretsmanager:batchgetsecretvalue',
  'ssm:getparameter',
  'ssm:getparameters',
  'ssm:getparametersbypath',
  'ssm:getparameterhistory',
  's3:getobject',
  's3:getobjectversion',
  'dynamodb:getitem',
  'dynamodb:batchgetitem',
  'dynamodb:query',
  'dynamodb:scan'
]

/** True when `action` (possibly a pattern like `ssm:GetParameter*`) covers a sensitive read. */
export const isSensitiveRead = (action: string): boolean =>
  SENSITIVE_READS.some((r) => wildcardMatch(action, r))

/**
 * Actions that let the holder widen its own permissions when granted on `*` (the well-known
 * IAM privilege-escalation paths).
 */
const ESCALATION_ACTIONS = [
  'iam:passrole',
  'iam:createpolicyversion',
  'iam:setdefaultpolicyversion',
  'iam:attachrolepolicy',
  'iam:attachuserpolicy',
  'iam:attachgrouppolicy',
  'iam:putrolepolicy',
  'iam:putuserpolicy',
  'iam:putgrouppolicy',
  'iam:updateassumerolepolicy',
  'iam:createaccesskey',
  'iam:createloginprofile',
  'iam:updateloginprofile',
  'iam:addusertogroup',
  'iam:deleterolepermissionsboundary',
  'iam:deleteuserpermissionsboundary',
  'sts:assumerole'
]

/** True when `action` (possibly a pattern like `iam:Attach*`) covers an escalation action. */
export const isEscalationAction = (action: string): boolean =>
  ESCALATION_ACTIONS.some((e) => wildcardMatch(action, e))

/** `s3:*` style: every action of one service. */
export const isServiceWildcard = (action: string): boolean => /^[a-z0-9-]+:\*$/.test(action)

/** `arn:aws:iam::123456789012:root`: the account delegating to its own IAM policies. */
export const isAccountRoot = (principal: string): boolean =>
  /^AWS:arn:aws[a-z-]*:iam::\d{12}:root$/.test(principal)

/** Compact JSON of a statement for evidence (the value is already redacted). */
export function renderStatement(s: PolicyStatement): string {
  return JSON.stringify(s.raw) ?? ''
}
