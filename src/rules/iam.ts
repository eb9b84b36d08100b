/**
 * iam: permission changes that grant more than before, and removed permissions something used.
 *
 * AWS policy documents are compared in normal form (iam-document.ts), so only a real broadening
 * fires: a reordered, re-indented or narrowed policy says nothing. Severities:
 *  - critical: Allow of every action (`*`); a public principal with no restricting condition;
 *    AdministratorAccess attached; a public Lambda permission; GCP owner/editor on a
 *    project/folder/organization or a grant to allUsers/allAuthenticatedUsers; Azure
 *    Owner/Contributor/User Access Administrator at subscription or management-group scope.
 *  - high: `service:*`; Allow with NotAction/NotResource; a new principal in a trust or resource
 *    policy; a removed Deny; a deleted policy/attachment/binding (it breaks whatever used it),
 *    or one an update takes away (a managed policy dropped from a role's exclusive
 *    managed_policy_arns, a target dropped from an aws_iam_policy_attachment, a role's inline
 *    policy whose statements survive nowhere), unless the plan creates an equivalent one;
 *    IAMFullAccess/PowerUserAccess; a removed permissions boundary; GCP owner/editor below
 *    project level or an IAM-admin role; Azure privileged roles at resource-group scope; an
 *    authoritative GCP IAM policy on a project/folder/organization; a GitHub OIDC trust open to
 *    every repository.
 *  - medium: writes on Resource `*`; reads of secrets or data (GetSecretValue, GetParameter,
 *    GetObject, Query…) on Resource `*`; a dropped condition; new GCP members on other roles
 *    and removed GCP members; Azure privileged roles below resource-group scope; a replaced grant.
 *  - low: a re-created attachment or grant that keeps the same permissions; ordinary Azure roles;
 *    GCP telemetry writer roles for a service account, and ordinary (non-admin) GCP roles for one
 *    identity on one resource below the project.
 */
import {
  destroysObject,
  isCreate,
  isCreateBeforeDestroy,
  isDelete,
  isManaged,
  isNoOp,
  isReplace,
  isUpdate
} from '../plan/actions.js'
import { formatPath, getAt, isUnknownAt, renderValue } from '../plan/diff.js'
import type { AttributePath, ResourceChange } from '../plan/types.js'
import { UNKNOWN_VALUE } from '../plan/types.js'
import {
  anyMatch,
  hasRestrictingCondition,
  isAccountRoot,
  isEscalationAction,
  isReadOnlyAction,
  isRoutineOnAnyResource,
  isSensitiveRead,
  isServiceWildcard,
  parsePolicy,
  principalIncluded,
  statementKey
} from './iam-document.js'
import type { PolicyStatement } from './iam-document.js'
import type { Evidence, Finding, Rule, RuleContext, Severity } from './types.js'
import { groupBySeverity } from './group.js'

interface Issue {
  readonly severity: Severity
  readonly text: string
  readonly evidence: readonly Evidence[]
}

type Phase = 'create' | 'change'

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** A usable string: present, non-empty and not a mask or placeholder. */
function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined
  const t = v.trim()
  return t === '' || t.startsWith('(') ? undefined : t
}

const textList = (v: unknown): string[] =>
  (Array.isArray(v) ? v : []).map(text).filter((s): s is string => s !== undefined)

const listText = (items: readonly string[], max = 4): string => {
  const shown = items.slice(0, max).map((s) => `"${s}"`)
  return items.length > max
    ? `${shown.join(', ')} and ${items.length - max} more`
    : shown.join(', ')
}

const sorted = (items: Iterable<string>): string[] =>
  [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

// ---------------------------------------------------------------------------------------------
// AWS policy documents
// ---------------------------------------------------------------------------------------------

/** Types whose attribute(s) hold a policy document. `aws_iam_role` inline policies are handled apart. */
const POLICY_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  aws_iam_policy: ['policy'],
  aws_iam_role_policy: ['policy'],
  aws_iam_user_policy: ['policy'],
  aws_iam_group_policy: ['policy'],
  aws_iam_role: ['assume_role_policy'],
  aws_ssoadmin_permission_set_inline_policy: ['inline_policy'],
  aws_s3_bucket_policy: ['policy'],
  aws_s3_bucket: ['policy'],
  aws_s3control_bucket_policy: ['policy'],
  aws_s3_access_point: ['policy'],
  aws_s3control_access_point_policy: ['policy'],
  aws_sqs_queue_policy: ['policy'],
  aws_sqs_queue: ['policy'],
  aws_sns_topic_policy: ['policy'],
  aws_sns_topic: ['policy'],
  aws_kms_key: ['policy'],
  aws_kms_key_policy: ['policy'],
  aws_ecr_repository_policy: ['policy'],
  aws_ecr_registry_policy: ['policy'],
  aws_secretsmanager_secret_policy: ['policy'],
  aws_secretsmanager_secret: ['policy'],
  aws_efs_file_system_policy: ['policy'],
  aws_backup_vault_policy: ['policy'],
  aws_glacier_vault: ['access_policy'],
  aws_elasticsearch_domain_policy: ['access_policies'],
  aws_elasticsearch_domain: ['access_policies'],
  aws_opensearch_domain_policy: ['access_policies'],
  aws_opensearch_domain: ['access_policies'],
  aws_cloudwatch_log_resource_policy: ['policy_document'],
  // Service control policies grant nothing; only a removed Deny matters there.
  aws_organizations_policy: ['content']
}

/** Types that exist only to hold a resource policy: deleting one removes its grants and denies. */
const STANDALONE_RESOURCE_POLICY = new Set([
  'aws_s3_bucket_policy',
  'aws_s3control_bucket_policy',
  'aws_s3control_access_point_policy',
  'aws_sqs_queue_policy',
  'aws_sns_topic_policy',
  'aws_kms_key_policy',
  'aws_ecr_repository_policy',
  'aws_ecr_registry_policy',
  'aws_secretsmanager_secret_policy',
  'aws_efs_file_system_policy',
  'aws_backup_vault_policy',
  'aws_elasticsearch_domain_policy',
  'aws_opensearch_domain_policy',
  'aws_organizations_policy'
])

const GUARDRAIL_ONLY = new Set(['aws_organizations_policy'])

/** OIDC issuers of CI systems: a trust without a `sub` condition lets every repository in. */
const CI_OIDC_HOSTS = [
  'token.actions.githubusercontent.com',
  'gitlab.com',
  'app.terraform.io',
  'api.bitbucket.org'
]

interface DocumentSide {
  readonly status: 'absent' | 'opaque' | 'ok'
  readonly statements: readonly PolicyStatement[]
}

function readDocument(value: unknown): DocumentSide {
  const parsed = parsePolicy(value)
  return parsed.status === 'ok' ? parsed : { status: parsed.status, statements: [] }
}

/** Inline policies of an `aws_iam_role`, merged: moving a statement between them is not a change. */
function readInlinePolicies(value: unknown): DocumentSide {
  const list = getAt(value, ['inline_policy'])
  if (!Array.isArray(list)) return { status: 'absent', statements: [] }
  const statements: PolicyStatement[] = []
  for (const item of list) {
    const side = readDocument(getAt(item, ['policy']))
    if (side.status === 'opaque') return side
    statements.push(...side.statements)
  }
  return { status: statements.length > 0 ? 'ok' : 'absent', statements }
}

function statementEvidence(
  attribute: string,
  s: PolicyStatement,
  side: 'before' | 'after'
): Evidence {
  const where = `statement ${s.index}${s.sid ? ` (Sid "${s.sid}")` : ''}`
  return side === 'after'
    ? { path: attribute, after: renderValue(s.raw), note: where }
    : { path: attribute, before: renderValue(s.raw), note: `${where} no longer present as written` }
}

/** How a policy attribute is named in a message. */
function documentLabel(attribute: string): string {
  switch (attribute) {
    case 'policy':
      return 'the policy'
    case 'assume_role_policy':
      return 'the trust policy (assume_role_policy)'
    case 'inline_policy':
      return 'an inline policy of the role'
    case 'content':
      return 'the service control policy'
    default:
      return `the policy (${attribute})`
  }
}

/** The action as written in the document (actions are compared lower-cased). */
function displayAction(s: PolicyStatement, action: string): string {
  if (!isRecord(s.raw)) return action
  const written = [s.raw.Action, s.raw.NotAction]
    .flat()
    .find((a) => typeof a === 'string' && a.trim().toLowerCase() === action)
  return typeof written === 'string' ? written.trim() : action
}

const displayPrincipal = (p: string): string => (p === '*' ? '*' : p.replace(/^AWS:/, ''))

/** ` to <principals>` for resource and trust policies; empty for identity policies. */
const whoText = (s: PolicyStatement): string =>
  s.principals === undefined ? '' : ` to ${listText(s.principals.map(displayPrincipal))}`

const resourcesText = (s: PolicyStatement): string =>
  s.notResources ? `every resource except ${listText(s.notResources)}` : listText(s.resources)

/**
 * True when some `candidates` statement already allowed `action` on `resource` for `principal`
 * (patterns in before may be wider than after). Policies are size-capped by AWS (6–20 KB), so
 * the scan is bounded per document.
 */
function allowedBefore(
  candidates: readonly PolicyStatement[],
  principal: string | undefined,
  action: string,
  resource: string
): boolean {
  return candidates.some(
    (b) =>
      b.notActions === undefined &&
      b.notResources === undefined &&
      principalIncluded(b.principals, principal) &&
      anyMatch(b.actions, action) &&
      anyMatch(b.resources, resource)
  )
}

/**
 * A NotAction/NotResource statement is no broader than a before one with the same principals
 * that excluded no more (excluding more is narrowing) and covered its actions/resources.
 */
function exclusionCoveredBefore(
  candidates: readonly PolicyStatement[],
  s: PolicyStatement
): boolean {
  const subset = (
    small: readonly string[] | undefined,
    big: readonly string[] | undefined
  ): boolean => small !== undefined && big !== undefined && small.every((x) => big.includes(x))
  return candidates.some(
    (b) =>
      (s.principals ?? [undefined]).every((p) => principalIncluded(b.principals, p)) &&
      (s.notActions === undefined
        ? b.notActions === undefined && s.actions.every((a) => anyMatch(b.actions, a))
        : subset(b.notActions, s.notActions)) &&
      (s.notResources === undefined
        ? b.notResources === undefined && s.resources.every((r) => anyMatch(b.resources, r))
        : subset(b.notResources, s.notResources))
  )
}

/** Before-Allow statements whose condition is no narrower than `s`'s. */
const comparableAllows = (
  beforeAllow: readonly PolicyStatement[],
  s: PolicyStatement
): PolicyStatement[] =>
  beforeAllow.filter((b) => b.conditionKey === '' || b.conditionKey === s.conditionKey)

const isPublicStatement = (s: PolicyStatement): boolean =>
  s.notPrincipals !== undefined || (s.principals?.includes('*') ?? false)

function ciOidcIssue(attribute: string, s: PolicyStatement): Issue | undefined {
  for (const principal of s.principals ?? []) {
    if (!principal.startsWith('Federated:')) continue
    const host = CI_OIDC_HOSTS.find((h) => principal.toLowerCase().includes(h))
    if (host === undefined) continue
    const subject = s.conditions.find((c) => c.key === `${host}:sub`)
    const open =
      subject === undefined ||
      /not/i.test(subject.operator) ||
      subject.values.some((v) => /^(\*|repo:\*|project_path:\*)/.test(v))
    if (open) {
      return {
        severity: 'high',
        text: `${documentLabel(attribute)} trusts the ${host} OIDC provider without a condition on "${host}:sub", so any repository or pipeline on ${host} can assume this role`,
        evidence: [statementEvidence(attribute, s, 'after')]
      }
    }
  }
  return undefined
}

/** What the after document allows that the before one did not, and which denies went away. */
export function comparePolicyDocuments(
  attribute: string,
  before: readonly PolicyStatement[],
  after: readonly PolicyStatement[],
  phase: Phase,
  guardrailOnly = false
): Issue[] {
  const issues: Issue[] = []
  const beforeKeys = new Set(before.map(statementKey))
  const afterKeys = new Set(after.map(statementKey))
  const beforeAllow = before.filter((s) => s.effect === 'Allow')
  const beforePrincipals = new Set(beforeAllow.flatMap((s) => s.principals ?? []))

  if (!guardrailOnly) {
    for (const s of after) {
      if (s.effect !== 'Allow' || beforeKeys.has(statementKey(s))) continue
      const evidence = [statementEvidence(attribute, s, 'after')]
      const principals: readonly (string | undefined)[] = s.principals ?? [undefined]
      const candidates = comparableAllows(beforeAllow, s)
      const isNew = (action: string, resource: string): boolean =>
        principals.some((p) => !allowedBefore(candidates, p, action, resource))
      const isResourcePolicy = s.principals !== undefined || s.notPrincipals !== undefined

      // A public grant is reported once, as public; its wildcard actions are part of that story.
      let publicReported = false
      if (isPublicStatement(s) && !hasRestrictingCondition(s)) {
        const publicBefore = beforeAllow.filter(
          (b) => isPublicStatement(b) && !hasRestrictingCondition(b)
        )
        const everyone = publicBefore.map((b) => ({ ...b, principals: ['*'] }))
        const actions = s.notActions !== undefined ? ['*'] : s.actions
        const opened = actions.filter((a) =>
          s.resources.some((r) => !allowedBefore(everyone, '*', a, r))
        )
        if (opened.length > 0 || (s.notActions !== undefined && publicBefore.length === 0)) {
          publicReported = true
          const who =
            s.notPrincipals !== undefined
              ? `everyone except ${listText(s.notPrincipals)}`
              : 'anyone (Principal "*")'
          issues.push({
            severity: 'critical',
            text: `${documentLabel(attribute)} allows ${who} to ${listText((opened.length > 0 ? opened : ['*']).map((a) => displayAction(s, a)))} on ${resourcesText(s)} with no condition limiting the caller, source network or organisation: public access`,
            evidence
          })
        }
      }
      if (!publicReported && s.actions.includes('*') && s.resources.some((r) => isNew('*', r))) {
        issues.push({
          severity: 'critical',
          text: `${documentLabel(attribute)} allows every action ("*") on ${resourcesText(s)}${isResourcePolicy ? `${whoText(s)}, which is full control of the resource` : ', which is administrator-level access'}`,
          evidence
        })
      }
      // `kms:*` to an account root is the standard "let this account's IAM decide" key policy.
      const delegatesToAccount =
        isResourcePolicy && principals.every((p) => p !== undefined && isAccountRoot(p))
      const services =
        delegatesToAccount || publicReported
          ? []
          : s.actions.filter((a) => isServiceWildcard(a) && s.resources.some((r) => isNew(a, r)))
      if (services.length > 0) {
        issues.push({
          severity: 'high',
          text: `${documentLabel(attribute)} allows every action of ${listText(services.map((a) => displayAction(s, a)))} on ${resourcesText(s)}${whoText(s)}, including destructive and permission-changing ones`,
          evidence
        })
      }
      if (
        !publicReported &&
        (s.notActions !== undefined || s.notResources !== undefined) &&
        !exclusionCoveredBefore(candidates, s)
      ) {
        const what =
          s.notActions !== undefined
            ? `every action except ${listText(s.notActions.map((a) => displayAction(s, a)))}`
            : listText(s.actions.map((a) => displayAction(s, a)))
        issues.push({
          severity: 'high',
          text: `${documentLabel(attribute)} uses Allow with ${s.notActions !== undefined ? 'NotAction' : 'NotResource'}, granting ${what} on ${resourcesText(s)}${whoText(s)}, including anything AWS adds later`,
          evidence
        })
      }
      if (!isResourcePolicy && s.resources.includes('*')) {
        const writes = s.actions.filter(
          (a) =>
            a !== '*' &&
            !isServiceWildcard(a) &&
            !isReadOnlyAction(a) &&
            !isRoutineOnAnyResource(a) &&
            isNew(a, '*')
        )
        const escalation = writes.filter(isEscalationAction)
        if (escalation.length > 0) {
          issues.push({
            severity: 'high',
            text: `${documentLabel(attribute)} allows ${listText(escalation.map((a) => displayAction(s, a)))} on every resource ("*"): the holder can grant itself more permissions (privilege escalation)`,
            evidence
          })
        }
        const ordinary = writes.filter((a) => !isEscalationAction(a))
        if (ordinary.length > 0) {
          issues.push({
            severity: 'medium',
            text: `${documentLabel(attribute)} allows write actions ${listText(ordinary.map((a) => displayAction(s, a)))} on every resource ("*") instead of named ARNs`,
            evidence
          })
        }
        // Read verbs that return secrets or data: on "*" they reach every secret, parameter,
        // object or item in the account (`*` and `service:*` are reported above).
        const dataReads = s.actions.filter(
          (a) =>
            a !== '*' &&
            !isServiceWildcard(a) &&
            isReadOnlyAction(a) &&
            isSensitiveRead(a) &&
            isNew(a, '*')
        )
        if (dataReads.length > 0) {
          issues.push({
            severity: 'medium',
            text: `${documentLabel(attribute)} allows ${listText(dataReads.map((a) => displayAction(s, a)))} on every resource ("*"): the holder can read every secret, parameter, object or item of that kind in the account, not only the ones it needs`,
            evidence
          })
        }
      }
      const ci = ciOidcIssue(attribute, s)
      if (ci !== undefined) issues.push(ci)
      if (phase === 'change') {
        const added = (s.principals ?? []).filter((p) => p !== '*' && !beforePrincipals.has(p))
        if (added.length > 0) {
          issues.push({
            severity: 'high',
            text: `${documentLabel(attribute)} adds principal ${listText(added.map(displayPrincipal))}, which could not use this before`,
            evidence
          })
        }
        const loosened = beforeAllow.find(
          (b) =>
            b.conditionKey !== '' &&
            statementKey({ ...b, conditionKey: '' }) === statementKey({ ...s, conditionKey: '' }) &&
            s.conditions.length < b.conditions.length &&
            s.conditions.every((c) =>
              b.conditions.some((d) => JSON.stringify(d) === JSON.stringify(c))
            )
        )
        if (loosened !== undefined) {
          const dropped = loosened.conditions.filter(
            (c) => !s.conditions.some((d) => JSON.stringify(d) === JSON.stringify(c))
          )
          issues.push({
            severity: 'medium',
            text: `${documentLabel(attribute)} drops the condition ${listText(dropped.map((c) => `${c.operator} ${c.key}`))} that limited an Allow`,
            evidence: [statementEvidence(attribute, loosened, 'before'), ...evidence]
          })
        }
      }
    }
  }

  const afterDeny = after.filter((s) => s.effect === 'Deny')
  for (const d of before) {
    if (d.effect !== 'Deny' || afterKeys.has(statementKey(d))) continue
    const simple =
      d.notActions === undefined && d.notResources === undefined && d.notPrincipals === undefined
    const candidates = afterDeny.filter(
      (a) =>
        a.notActions === undefined &&
        a.notResources === undefined &&
        (a.conditionKey === '' || a.conditionKey === d.conditionKey)
    )
    const stillDenied = (p: string | undefined, action: string, resource: string): boolean =>
      candidates.some(
        (a) =>
          principalIncluded(a.principals, p) &&
          anyMatch(a.actions, action) &&
          anyMatch(a.resources, resource)
      )
    const principals: readonly (string | undefined)[] = d.principals ?? [undefined]
    const lost =
      !simple ||
      principals.some((p) =>
        d.actions.some((action) => d.resources.some((r) => !stillDenied(p, action, r)))
      )
    if (lost) {
      issues.push({
        severity: 'high',
        text: `${documentLabel(attribute)} removes or narrows a Deny of ${d.notActions ? `everything except ${listText(d.notActions.map((a) => displayAction(d, a)))}` : listText(d.actions.map((a) => displayAction(d, a)))} on ${resourcesText(d)}; that guardrail stops applying`,
        evidence: [statementEvidence(attribute, d, 'before')]
      })
    }
  }
  return issues
}

function documentIssues(change: ResourceChange, phase: Phase): Issue[] {
  const issues: Issue[] = []
  const attributes = POLICY_ATTRIBUTES[change.type] ?? []
  const guardrailOnly = GUARDRAIL_ONLY.has(change.type)
  const compare = (attribute: string, before: DocumentSide, after: DocumentSide): void => {
    // Nothing can be said about an unreadable after (unknown, masked or invalid JSON).
    if (after.status === 'opaque') return
    // An unreadable before: judge the after document on its own, as if it were new.
    const unreadableBefore = before.status === 'opaque'
    issues.push(
      ...comparePolicyDocuments(
        attribute,
        unreadableBefore ? [] : before.statements,
        after.statements,
        unreadableBefore ? 'create' : phase,
        guardrailOnly
      )
    )
  }
  for (const attribute of attributes) {
    if (isUnknownAt(change.afterUnknown, [attribute])) continue
    compare(
      attribute,
      readDocument(getAt(change.before, [attribute])),
      readDocument(getAt(change.after, [attribute]))
    )
  }
  if (change.type === 'aws_iam_role' && !isUnknownAt(change.afterUnknown, ['inline_policy'])) {
    compare('inline_policy', readInlinePolicies(change.before), readInlinePolicies(change.after))
  }
  return issues
}

// ---------------------------------------------------------------------------------------------
// Managed policy attachments, permissions boundaries, Lambda permissions
// ---------------------------------------------------------------------------------------------

/** AWS managed policies that amount to (or lead straight to) full control of the account. */
const PRIVILEGED_MANAGED_POLICIES: readonly (readonly [
  name: string,
  severity: Severity,
  why: string
])[] = [
  ['AdministratorAccess', 'critical', 'full control of the account'],
  ['IAMFullAccess', 'high', 'it can grant itself any other permission'],
  ['PowerUserAccess', 'high', 'every service except IAM user and group management']
]

const ARN_ATTRIBUTES: Readonly<Record<string, string>> = {
  aws_iam_role_policy_attachment: 'policy_arn',
  aws_iam_user_policy_attachment: 'policy_arn',
  aws_iam_group_policy_attachment: 'policy_arn',
  aws_iam_policy_attachment: 'policy_arn',
  aws_ssoadmin_managed_policy_attachment: 'managed_policy_arn',
  aws_iam_role: 'managed_policy_arns',
  aws_iam_role_policy_attachments_exclusive: 'policy_arns'
}

function attachmentIssues(change: ResourceChange): Issue[] {
  const attribute = ARN_ATTRIBUTES[change.type]
  if (attribute === undefined || isUnknownAt(change.afterUnknown, [attribute])) return []
  const arnsOf = (v: unknown): string[] => {
    const value = getAt(v, [attribute])
    return Array.isArray(value)
      ? textList(value)
      : [text(value)].filter((s): s is string => s !== undefined)
  }
  const before = new Set(arnsOf(change.before))
  const issues: Issue[] = []
  for (const arn of arnsOf(change.after)) {
    if (before.has(arn)) continue
    const hit = PRIVILEGED_MANAGED_POLICIES.find(([name]) => arn.endsWith(`:policy/${name}`))
    if (hit === undefined) continue
    const [name, severity, why] = hit
    const target = principalTarget(change.after, change.type)
    issues.push({
      severity,
      text: `attaches the AWS managed policy ${name}${target ? ` to ${target}` : ''}: ${why}`,
      evidence: [
        {
          path: attribute,
          before: renderValue(getAt(change.before, [attribute])),
          after: renderValue(getAt(change.after, [attribute]))
        }
      ]
    })
  }
  return issues
}

/** `role "app"` / `user "ci"` / `group "ops"`, from whichever attribute the resource has. */
function principalTarget(value: unknown, type: string): string | undefined {
  for (const kind of ['role', 'user', 'group'] as const) {
    const v = text(getAt(value, [kind]))
    if (v !== undefined) return `${kind} "${v}"`
  }
  const targets = ['roles', 'users', 'groups'].flatMap((k) =>
    textList(getAt(value, [k])).map((v) => `${k.slice(0, -1)} "${v}"`)
  )
  if (targets.length > 0) return targets.join(', ')
  // aws_iam_role carries its own name; other types' `name` is the attachment's, not the target's.
  const name = type === 'aws_iam_role' ? text(getAt(value, ['name'])) : undefined
  return name === undefined ? undefined : `role "${name}"`
}

function boundaryIssues(change: ResourceChange): Issue[] {
  if (change.type !== 'aws_iam_role' && change.type !== 'aws_iam_user') return []
  const path: AttributePath = ['permissions_boundary']
  const before = text(getAt(change.before, path))
  if (
    before === undefined ||
    isUnknownAt(change.afterUnknown, path) ||
    text(getAt(change.after, path)) !== undefined
  )
    return []
  return [
    {
      severity: 'high',
      text: `removes the permissions boundary ${before}: the ${change.type === 'aws_iam_role' ? 'role' : 'user'} is no longer capped by it`,
      evidence: [
        {
          path: formatPath(path),
          before: renderValue(before),
          after: renderValue(getAt(change.after, path))
        }
      ]
    }
  ]
}

function lambdaPermissionIssues(change: ResourceChange): Issue[] {
  if (change.type !== 'aws_lambda_permission') return []
  const isPublic = (v: unknown): boolean =>
    text(getAt(v, ['principal'])) === '*' &&
    ['source_arn', 'source_account', 'principal_org_id'].every(
      (k) => text(getAt(v, [k])) === undefined
    )
  // An unknown source_arn will hold a value: the grant is limited after all.
  const limitedLater = ['source_arn', 'source_account', 'principal_org_id'].some((k) =>
    isUnknownAt(change.afterUnknown, [k])
  )
  if (!isPublic(change.after) || limitedLater || isPublic(change.before)) return []
  const url = text(getAt(change.after, ['function_url_auth_type'])) === 'NONE'
  return [
    {
      severity: 'critical',
      text: `lets anyone (principal "*") ${text(getAt(change.after, ['action'])) ?? 'invoke'} ${text(getAt(change.after, ['function_name'])) ?? 'the function'} with no source_arn, source_account or principal_org_id${url ? ' through a public function URL with no authentication' : ''}`,
      evidence: [
        {
          path: 'principal',
          before: renderValue(getAt(change.before, ['principal'])),
          after: renderValue(getAt(change.after, ['principal']))
        },
        { path: 'source_arn', after: renderValue(getAt(change.after, ['source_arn'])) }
      ]
    }
  ]
}

// ---------------------------------------------------------------------------------------------
// Google Cloud IAM
// ---------------------------------------------------------------------------------------------

const GCP_IAM = /^google_(.+)_iam_(member|binding|policy)$/
const GCP_TOP_LEVEL = new Set(['project', 'folder', 'organization'])
const GCP_PUBLIC_MEMBERS = new Set(['allusers', 'allauthenticatedusers'])
const GCP_BASIC_ADMIN = new Set(['roles/owner', 'roles/editor'])
/** Roles that let the holder change IAM or act as another identity: one step from owner. */
const GCP_ESCALATION_ROLES = new Set([
  'roles/iam.securityadmin',
  'roles/iam.serviceaccountadmin',
  'roles/iam.serviceaccountkeyadmin',
  'roles/iam.serviceaccounttokencreator',
  'roles/iam.serviceaccountuser',
  'roles/iam.workloadidentityuser',
  'roles/iam.roleadmin',
  'roles/iam.organizationroleadmin',
  'roles/resourcemanager.projectiamadmin',
  'roles/resourcemanager.folderiamadmin',
  'roles/resourcemanager.organizationadmin',
  'roles/resourcemanager.folderadmin'
])

/**
 * Write-only telemetry roles every workload's service account gets on its project (the GCP
 * counterpart of logs:PutLogEvents on "*"): routine.
 */
const GCP_TELEMETRY_ROLES = new Set([
  'roles/logging.logwriter',
  'roles/monitoring.metricwriter',
  'roles/cloudtrace.agent',
  'roles/cloudprofiler.agent',
  'roles/errorreporting.writer',
  'roles/stackdriver.resourcemetadata.writer',
  'roles/opsconfigmonitoring.resourcemetadata.writer'
])
/** Members that name one identity (not a domain, a workload-identity pool or the public). */
const GCP_ONE_IDENTITY = /^(serviceaccount|user|group):/
/** Roles that can change IAM, delete or rewrite the resource: never routine. */
const GCP_ADMIN_ROLE = /admin|owner|editor/

/**
 * A grant a senior SRE waves through: a telemetry writer role for a service account, or an
 * ordinary (non-admin) role for one identity on one resource below the project (a bucket, a
 * topic, a secret), the GCP counterpart of an AWS policy statement naming one ARN.
 */
function isRoutineGcpGrant(scope: string, role: string, member: string): boolean {
  const who = member.toLowerCase()
  if (GCP_TELEMETRY_ROLES.has(role) && who.startsWith('serviceaccount:')) return true
  return (
    !GCP_TOP_LEVEL.has(scope) &&
    scope !== 'billing_account' &&
    GCP_ONE_IDENTITY.test(who) &&
    !GCP_ADMIN_ROLE.test(role)
  )
}

interface GcpGrant {
  readonly role: string
  readonly member: string
}

/** Role/member pairs of a google IAM resource; undefined when they cannot be known. */
function gcpGrants(kind: string, value: unknown, afterUnknown: unknown): GcpGrant[] | undefined {
  if (!isRecord(value)) return []
  if (kind === 'policy') {
    if (isUnknownAt(afterUnknown, ['policy_data'])) return undefined
    const raw = value.policy_data
    if (raw === null || raw === undefined || raw === '') return []
    let doc: unknown = raw
    if (typeof raw === 'string') {
      try {
        doc = JSON.parse(raw)
      } catch {
        return undefined
      }
    }
    const bindings = getAt(doc, ['bindings'])
    if (!Array.isArray(bindings)) return []
    return bindings.flatMap((b) => {
      const role = text(getAt(b, ['role']))
      return role === undefined
        ? []
        : textList(getAt(b, ['members'])).map((member) => ({ role, member }))
    })
  }
  const role = text(value.role)
  if (role === undefined) return isUnknownAt(afterUnknown, ['role']) ? undefined : []
  if (kind === 'member') {
    const member =
      text(value.member) ?? (isUnknownAt(afterUnknown, ['member']) ? UNKNOWN_VALUE : undefined)
    return member === undefined ? [] : [{ role, member }]
  }
  const members = textList(value.members)
  if (isUnknownAt(afterUnknown, ['members']) && members.length === 0)
    return [{ role, member: UNKNOWN_VALUE }]
  return members.map((member) => ({ role, member }))
}

const grantKey = (g: GcpGrant): string => `${g.role.toLowerCase()}\u0000${g.member.toLowerCase()}`

function gcpIssues(change: ResourceChange, phase: Phase): Issue[] {
  const match = GCP_IAM.exec(change.type)
  if (match === null) return []
  const scope = match[1] ?? ''
  const kind = match[2] ?? ''
  const topLevel = GCP_TOP_LEVEL.has(scope)
  const before = gcpGrants(kind, change.before, false) ?? []
  const after = gcpGrants(kind, change.after, change.afterUnknown)
  if (after === undefined) return []
  const beforeKeys = new Set(before.map(grantKey))
  const afterKeys = new Set(after.map(grantKey))
  const path = kind === 'policy' ? 'policy_data' : kind === 'binding' ? 'members' : 'member'
  const evidenceFor = (g: GcpGrant, side: 'before' | 'after'): Evidence =>
    side === 'after'
      ? { path, after: renderValue(`${g.role} → ${g.member}`), note: 'granted' }
      : { path, before: renderValue(`${g.role} → ${g.member}`), note: 'removed' }
  const issues: Issue[] = []
  const byClass = new Map<string, { severity: Severity; why: string; grants: GcpGrant[] }>()
  for (const g of after) {
    if (beforeKeys.has(grantKey(g))) continue
    const role = g.role.toLowerCase()
    const [severity, why] = GCP_PUBLIC_MEMBERS.has(g.member.toLowerCase())
      ? ([
          'critical',
          'makes it public: anyone on the internet (or any Google account) gets this role'
        ] as const)
      : GCP_BASIC_ADMIN.has(role)
        ? topLevel
          ? ([
              'critical',
              `a basic role that can change almost everything in the ${scope}`
            ] as const)
          : (['high', 'a basic role with broad write access'] as const)
        : GCP_ESCALATION_ROLES.has(role)
          ? ([
              'high',
              'this role can change IAM or impersonate service accounts, one step from owner'
            ] as const)
          : isRoutineGcpGrant(scope, role, g.member)
            ? ([
                'low',
                GCP_TELEMETRY_ROLES.has(role)
                  ? 'a write-only telemetry role a workload needs'
                  : 'an ordinary role for one identity on this one resource'
              ] as const)
            : (['medium', 'a new member gets access'] as const)
    const key = `${severity}\u0000${why}`
    const entry = byClass.get(key) ?? { severity, why, grants: [] }
    entry.grants.push(g)
    byClass.set(key, entry)
  }
  for (const { severity, why, grants } of byClass.values()) {
    issues.push({
      severity,
      text: `grants ${listText(grants.map((g) => `${g.role} to ${g.member}`))} on the ${scope.replace(/_/g, ' ')}: ${why}`,
      evidence: grants.map((g) => evidenceFor(g, 'after'))
    })
  }
  if (phase === 'change') {
    const removed = before.filter((g) => !afterKeys.has(grantKey(g)))
    if (removed.length > 0) {
      issues.push({
        severity: 'medium',
        text: `removes ${listText(removed.map((g) => `${g.role} from ${g.member}`))} on the ${scope.replace(/_/g, ' ')}; whatever relied on it loses access`,
        evidence: removed.map((g) => evidenceFor(g, 'before'))
      })
    }
  }
  if (phase === 'create' && kind === 'policy' && topLevel) {
    issues.push({
      severity: 'high',
      text: `sets the whole IAM policy of the ${scope} authoritatively: every binding not listed here, including owners and Google service agents, is removed`,
      evidence: [{ path: 'policy_data', note: `${change.type} is authoritative` }]
    })
  }
  return issues
}

// ---------------------------------------------------------------------------------------------
// Azure role assignments and definitions
// ---------------------------------------------------------------------------------------------

/** Built-in roles that can change anything, or grant access to anything. */
const AZURE_PRIVILEGED_ROLES: ReadonlyMap<string, string> = new Map([
  ['owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'],
  ['contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c'],
  ['user access administrator', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'],
  ['role based access control administrator', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168']
])
const AZURE_PRIVILEGED_IDS = new Set(AZURE_PRIVILEGED_ROLES.values())

type AzureScope =
  'management group' | 'subscription' | 'resource group' | 'resource' | 'unknown scope'

function azureScopeLevel(scope: string | undefined): AzureScope {
  if (scope === undefined) return 'unknown scope'
  const s = scope.toLowerCase().replace(/\/+$/, '')
  if (s === '' || /^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/.test(s))
    return 'management group'
  if (/^\/subscriptions\/[^/]+$/.test(s)) return 'subscription'
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(s)) return 'resource group'
  return 'resource'
}

function azureRoleLabel(value: unknown): { label: string; privileged: boolean; adminish: boolean } {
  const name = text(getAt(value, ['role_definition_name']))
  const id = text(getAt(value, ['role_definition_id']))?.toLowerCase()
  const guid = id?.split('/').pop()
  const privileged =
    (name !== undefined && AZURE_PRIVILEGED_ROLES.has(name.toLowerCase())) ||
    (guid !== undefined && AZURE_PRIVILEGED_IDS.has(guid))
  const label =
    name ?? [...AZURE_PRIVILEGED_ROLES].find(([, g]) => g === guid)?.[0] ?? id ?? UNKNOWN_VALUE
  return { label, privileged, adminish: /owner|administrator/i.test(label) }
}

function azureGrantKey(value: unknown): string {
  const { label } = azureRoleLabel(value)
  return [getAt(value, ['scope']), getAt(value, ['principal_id']), label.toLowerCase()]
    .map((v) => String(v).toLowerCase())
    .join('\u0000')
}

function azureIssues(change: ResourceChange): Issue[] {
  if (change.type === 'azurerm_role_definition') {
    const wildcard = (v: unknown): boolean =>
      (Array.isArray(getAt(v, ['permissions']))
        ? (getAt(v, ['permissions']) as unknown[])
        : []
      ).some((p) => textList(getAt(p, ['actions'])).includes('*'))
    if (!wildcard(change.after) || wildcard(change.before)) return []
    return [
      {
        severity: 'high',
        text: `defines a custom role with actions "*": whoever is assigned it can change anything in its assignable scopes, like Contributor`,
        evidence: [
          { path: 'permissions', after: renderValue(getAt(change.after, ['permissions'])) }
        ]
      }
    ]
  }
  if (change.type !== 'azurerm_role_assignment') return []
  if (change.before !== null && azureGrantKey(change.before) === azureGrantKey(change.after))
    return []
  const { label, privileged, adminish } = azureRoleLabel(change.after)
  const scope = text(getAt(change.after, ['scope']))
  const level = azureScopeLevel(scope)
  const severity: Severity = privileged
    ? level === 'management group' || level === 'subscription'
      ? 'critical'
      : level === 'resource group' || level === 'unknown scope'
        ? 'high'
        : 'medium'
    : adminish
      ? 'medium'
      : 'low'
  const principal = text(getAt(change.after, ['principal_id'])) ?? UNKNOWN_VALUE
  return [
    {
      severity,
      text: `assigns "${label}" to principal ${principal} at ${level}${scope ? ` ${scope}` : ''}${privileged ? ': it can change (or grant access to) everything in that scope' : ''}`,
      evidence: ['role_definition_name', 'role_definition_id', 'scope', 'principal_id'].map(
        (attr) => ({
          path: attr,
          before: renderValue(getAt(change.before, [attr])),
          after: isUnknownAt(change.afterUnknown, [attr])
            ? UNKNOWN_VALUE
            : renderValue(getAt(change.after, [attr]))
        })
      )
    }
  ]
}

// ---------------------------------------------------------------------------------------------
// Deleted or replaced grants
// ---------------------------------------------------------------------------------------------

const AWS_ATTACHMENT = /^aws_iam_(role|user|group)_policy_attachment$/
const AWS_INLINE = /^aws_iam_(role|user|group)_policy$/

/** Types whose deletion takes permissions away from something that uses them. */
function isGrantType(type: string): boolean {
  return (
    AWS_ATTACHMENT.test(type) ||
    AWS_INLINE.test(type) ||
    type === 'aws_iam_policy' ||
    type === 'aws_iam_policy_attachment' ||
    type === 'aws_ssoadmin_managed_policy_attachment' ||
    type === 'aws_organizations_policy_attachment' ||
    type === 'azurerm_role_assignment' ||
    GCP_IAM.test(type)
  )
}

const documentKey = (statements: readonly PolicyStatement[]): string =>
  sorted(statements.map(statementKey)).join('\n')

/** Scope attributes of a google IAM resource (`project`, `bucket`, …) as one key. */
function gcpScopeKey(value: unknown): string {
  if (!isRecord(value)) return ''
  const skip = new Set(['id', 'etag', 'role', 'member', 'members', 'condition', 'policy_data'])
  return sorted(
    Object.entries(value)
      .filter(([k, v]) => !skip.has(k) && typeof v === 'string')
      .map(([k, v]) => `${k}=${String(v)}`)
  ).join('&')
}

/**
 * What a grant resource confers, as comparable keys: each inner list holds alternative spellings
 * of one grant (an Azure role by name or by id). Undefined when a needed value is unknown.
 */
function grantUnits(
  change: ResourceChange,
  value: unknown,
  afterUnknown: unknown
): string[][] | undefined {
  const type = change.type
  const needed = (attr: string): string | undefined =>
    isUnknownAt(afterUnknown, [attr]) ? undefined : text(getAt(value, [attr]))
  const attachment = AWS_ATTACHMENT.exec(type)
  if (attachment) {
    const target = needed(attachment[1] ?? '')
    const arn = needed('policy_arn')
    return target && arn ? [[`attach|${attachment[1]}:${target}|${arn}`]] : undefined
  }
  if (type === 'aws_iam_policy_attachment') {
    const arn = needed('policy_arn')
    if (!arn || ['roles', 'users', 'groups'].some((k) => isUnknownAt(afterUnknown, [k])))
      return undefined
    return ['roles', 'users', 'groups'].flatMap((k) =>
      textList(getAt(value, [k])).map((t) => [`attach|${k.slice(0, -1)}:${t}|${arn}`])
    )
  }
  const inline = AWS_INLINE.exec(type)
  if (inline) {
    const target = needed(inline[1] ?? '')
    const doc = isUnknownAt(afterUnknown, ['policy'])
      ? undefined
      : parsePolicy(getAt(value, ['policy']))
    return target && doc?.status === 'ok'
      ? [[`inline|${inline[1]}:${target}|${documentKey(doc.statements)}`]]
      : undefined
  }
  if (type === 'aws_iam_role') {
    // A role's inline_policy blocks and its exclusive managed_policy_arns are where an
    // aws_iam_role_policy's or an attachment's grant may move to.
    const name = needed('name')
    if (!name) return undefined
    const units: string[][] = []
    const list = isUnknownAt(afterUnknown, ['inline_policy'])
      ? undefined
      : getAt(value, ['inline_policy'])
    for (const item of Array.isArray(list) ? list : []) {
      const doc = parsePolicy(getAt(item, ['policy']))
      if (doc.status === 'ok') units.push([`inline|role:${name}|${documentKey(doc.statements)}`])
    }
    if (!isUnknownAt(afterUnknown, ['managed_policy_arns'])) {
      for (const arn of textList(getAt(value, ['managed_policy_arns'])))
        units.push([`attach|role:${name}|${arn}`])
    }
    return units
  }
  if (type === 'aws_iam_policy') {
    const doc = isUnknownAt(afterUnknown, ['policy'])
      ? undefined
      : parsePolicy(getAt(value, ['policy']))
    return doc?.status === 'ok' ? [[`policy|${documentKey(doc.statements)}`]] : undefined
  }
  if (type === 'aws_ssoadmin_managed_policy_attachment') {
    const set = needed('permission_set_arn')
    const arn = needed('managed_policy_arn')
    return set && arn ? [[`sso|${set}|${arn}`]] : undefined
  }
  if (type === 'aws_organizations_policy_attachment') {
    const policy = needed('policy_id')
    const target = needed('target_id')
    return policy && target ? [[`scp|${policy}|${target}`]] : undefined
  }
  if (type === 'azurerm_role_assignment') {
    const scope = needed('scope')?.toLowerCase()
    const principal = needed('principal_id')
    if (!scope || !principal) return undefined
    const name = text(getAt(value, ['role_definition_name']))?.toLowerCase()
    const guid = text(getAt(value, ['role_definition_id']))
      ?.toLowerCase()
      .split('/')
      .pop()
    const byId = guid ?? (name ? AZURE_PRIVILEGED_ROLES.get(name) : undefined)
    const byName = name ?? [...AZURE_PRIVILEGED_ROLES].find(([, g]) => g === guid)?.[0]
    const alternatives = [byName && `name:${byName}`, byId && `id:${byId}`].filter(
      (s): s is string => typeof s === 'string'
    )
    return alternatives.length > 0
      ? [alternatives.map((a) => `azure|${scope}|${principal}|${a}`)]
      : undefined
  }
  const gcp = GCP_IAM.exec(type)
  if (gcp) {
    const grants = gcpGrants(gcp[2] ?? '', value, afterUnknown)
    if (grants === undefined || grants.some((g) => g.member === UNKNOWN_VALUE)) return undefined
    const scope = gcpScopeKey(value)
    return grants.map((g) => [`gcp|${gcp[1]}|${scope}|${grantKey(g)}`])
  }
  return undefined
}

/** Words for a deleted grant: what it was and whom it served. */
function describeGrant(change: ResourceChange): string {
  const v = change.before
  const type = change.type
  const target = principalTarget(v, type)
  if (AWS_ATTACHMENT.test(type) || type === 'aws_iam_policy_attachment') {
    return `the attachment of ${text(getAt(v, ['policy_arn'])) ?? 'a policy'}${target ? ` to ${target}` : ''}`
  }
  if (AWS_INLINE.test(type)) {
    const name = text(getAt(v, ['name']))
    return `the inline policy${name ? ` "${name}"` : ''}${target ? ` of ${target}` : ''}`
  }
  if (type === 'aws_iam_policy')
    return `the IAM policy ${text(getAt(v, ['name'])) ?? text(getAt(v, ['arn'])) ?? ''}`.trim()
  if (type === 'azurerm_role_assignment') {
    return `the role assignment "${azureRoleLabel(v).label}" for principal ${text(getAt(v, ['principal_id'])) ?? '?'} at ${text(getAt(v, ['scope'])) ?? '?'}`
  }
  const gcp = GCP_IAM.exec(type)
  if (gcp) {
    const grants = gcpGrants(gcp[2] ?? '', v, false) ?? []
    return `${listText(grants.map((g) => `${g.role} for ${g.member}`))} on the ${(gcp[1] ?? '').replace(/_/g, ' ')}`
  }
  if (type === 'aws_organizations_policy_attachment') {
    return `service control policy ${text(getAt(v, ['policy_id'])) ?? ''} from ${text(getAt(v, ['target_id'])) ?? 'its target'}`
  }
  return `${type} ${change.name}`
}

const covered = (
  units: readonly string[][],
  elsewhere: ReadonlyMap<string, string>
): string[] | undefined => {
  const addresses = new Set<string>()
  for (const alternatives of units) {
    const hit = alternatives.map((u) => elsewhere.get(u)).find((a) => a !== undefined)
    if (hit === undefined) return undefined
    addresses.add(hit)
  }
  return sorted(addresses)
}

function deletionIssues(
  change: ResourceChange,
  grantedElsewhere: ReadonlyMap<string, string>
): Issue[] {
  const issues: Issue[] = []
  if (isGrantType(change.type)) {
    const units = grantUnits(change, change.before, false)
    const replacedBy =
      units !== undefined && units.length > 0 ? covered(units, grantedElsewhere) : undefined
    const what = describeGrant(change)
    issues.push(
      replacedBy
        ? {
            severity: 'low',
            text: `deletes ${what}, but the same plan grants the same at ${replacedBy.join(', ')}`,
            evidence: [{ note: `equivalent grant created at ${replacedBy.join(', ')}` }]
          }
        : {
            severity: 'high',
            text: `deletes ${what}: whatever uses these permissions starts failing with access denied`,
            evidence: [
              {
                before: renderValue(summaryOf(change.before)),
                after: 'null',
                note: 'deleted'
              }
            ]
          }
    )
  }
  if (STANDALONE_RESOURCE_POLICY.has(change.type)) {
    const attribute = POLICY_ATTRIBUTES[change.type]?.[0] ?? 'policy'
    const before = readDocument(getAt(change.before, [attribute]))
    if (before.status === 'ok') {
      issues.push(...comparePolicyDocuments(attribute, before.statements, [], 'change', true))
      if (!GUARDRAIL_ONLY.has(change.type) && before.statements.some((s) => s.effect === 'Allow')) {
        const principals = sorted(
          new Set(
            before.statements.filter((s) => s.effect === 'Allow').flatMap((s) => s.principals ?? [])
          )
        )
        issues.push({
          severity: 'medium',
          text: `deletes the resource policy: ${principals.length > 0 ? listText(principals) : 'the principals it allowed'} lose the access it granted`,
          evidence: [
            {
              path: attribute,
              before: renderValue(getAt(change.before, [attribute])),
              after: 'null'
            }
          ]
        })
      }
    }
  }
  return issues
}

interface RemovedGrant {
  /** The grant as a unit of `grantUnits`, to find it re-made elsewhere in the plan. */
  readonly unit: string
  readonly text: string
  readonly path: string
  readonly value: string
}

/**
 * Grants an in-place update takes away: a managed policy dropped from a role's exclusive
 * `managed_policy_arns` (or from `aws_iam_role_policy_attachments_exclusive`), a role, user or
 * group dropped from an `aws_iam_policy_attachment`, an inline policy dropped from a role whose
 * Allow statements survive in none of the role's other inline policies. Each is a deleted
 * attachment in all but name (high), unless the plan grants the same elsewhere (low). Edits
 * inside a policy document are compared statement by statement instead, so narrowing a document
 * (or merging two) is not a removal.
 */
function removedGrantIssues(
  change: ResourceChange,
  grantedElsewhere: ReadonlyMap<string, string>
): Issue[] {
  if (!isUpdate(change.actions)) return []
  const droppedFrom = (attribute: string): string[] => {
    if (isUnknownAt(change.afterUnknown, [attribute])) return []
    const after = new Set(textList(getAt(change.after, [attribute])))
    return textList(getAt(change.before, [attribute])).filter((x) => !after.has(x))
  }
  const removed: RemovedGrant[] = []
  if (
    change.type === 'aws_iam_role' ||
    change.type === 'aws_iam_role_policy_attachments_exclusive'
  ) {
    const exclusive = change.type === 'aws_iam_role'
    const role = text(getAt(change.before, [exclusive ? 'name' : 'role_name']))
    if (role === undefined) return []
    const attribute = exclusive ? 'managed_policy_arns' : 'policy_arns'
    for (const arn of droppedFrom(attribute)) {
      removed.push({
        unit: `attach|role:${role}|${arn}`,
        text: `detaches ${arn} from role "${role}" (${attribute} is exclusive)`,
        path: attribute,
        value: arn
      })
    }
    if (exclusive && !isUnknownAt(change.afterUnknown, ['inline_policy'])) {
      const inline = (v: unknown): unknown[] => {
        const list = getAt(v, ['inline_policy'])
        return Array.isArray(list) ? list : []
      }
      const namesAfter = new Set(inline(change.after).map((item) => text(getAt(item, ['name']))))
      // Statements that survive in any inline policy of the role: merging or splitting policies
      // is not a removal, and dropping statements from a policy that stays is a narrowing.
      const kept = new Set(
        inline(change.after).flatMap((item) => {
          const doc = parsePolicy(getAt(item, ['policy']))
          return doc.status === 'ok' ? doc.statements.map(statementKey) : []
        })
      )
      for (const item of inline(change.before)) {
        const name = text(getAt(item, ['name']))
        if (name === undefined || namesAfter.has(name)) continue
        const doc = parsePolicy(getAt(item, ['policy']))
        if (doc.status !== 'ok') continue
        const lostAllows = doc.statements.filter(
          (st) => st.effect === 'Allow' && !kept.has(statementKey(st))
        )
        if (lostAllows.length === 0) continue
        removed.push({
          unit: `inline|role:${role}|${documentKey(doc.statements)}`,
          text: `removes the inline policy "${name}" from role "${role}"`,
          path: 'inline_policy',
          value: name
        })
      }
    }
  } else if (change.type === 'aws_iam_policy_attachment') {
    const arn = text(getAt(change.before, ['policy_arn']))
    if (arn === undefined) return []
    for (const kind of ['roles', 'users', 'groups']) {
      const one = kind.slice(0, -1)
      for (const target of droppedFrom(kind)) {
        removed.push({
          unit: `attach|${one}:${target}|${arn}`,
          text: `detaches ${arn} from ${one} "${target}"`,
          path: kind,
          value: target
        })
      }
    }
  }
  const moved = removed.filter((r) => grantedElsewhere.has(r.unit))
  const lost = removed.filter((r) => !grantedElsewhere.has(r.unit))
  const evidenceOf = (r: RemovedGrant): Evidence => ({
    path: r.path,
    before: renderValue(r.value),
    note: 'removed by this update'
  })
  const issues: Issue[] = []
  if (lost.length > 0) {
    issues.push({
      severity: 'high',
      text: `${lost.map((r) => r.text).join('; ')}: whatever uses these permissions starts failing with access denied`,
      evidence: lost.map(evidenceOf)
    })
  }
  if (moved.length > 0) {
    const where = sorted(new Set(moved.map((r) => grantedElsewhere.get(r.unit) ?? '')))
    issues.push({
      severity: 'low',
      text: `${moved.map((r) => r.text).join('; ')}, but the same plan grants the same at ${where.join(', ')}`,
      evidence: moved.map(evidenceOf)
    })
  }
  return issues
}

/** A short, redacted summary of a deleted grant resource for evidence. */
function summaryOf(value: unknown): unknown {
  if (!isRecord(value)) return value
  const keep = [
    'role',
    'user',
    'group',
    'roles',
    'users',
    'groups',
    'policy_arn',
    'name',
    'member',
    'members',
    'scope',
    'principal_id',
    'role_definition_name',
    'project'
  ]
  return Object.fromEntries(
    keep.filter((k) => value[k] !== undefined && value[k] !== null).map((k) => [k, value[k]])
  )
}

/** A replaced grant: same permissions → low (a gap only for delete-before-create); lost ones → medium. */
function replacementIssues(
  change: ResourceChange,
  grantedElsewhere: ReadonlyMap<string, string>
): Issue[] {
  // GCP and Azure replacements are compared grant by grant in their own checks.
  if (
    !isGrantType(change.type) ||
    GCP_IAM.test(change.type) ||
    change.type === 'azurerm_role_assignment'
  )
    return []
  const before = grantUnits(change, change.before, false) ?? []
  const after = new Set((grantUnits(change, change.after, change.afterUnknown) ?? []).flat())
  const afterKnown = grantUnits(change, change.after, change.afterUnknown) !== undefined
  const lost = afterKnown
    ? before.filter((alts) => !alts.some((u) => after.has(u) || grantedElsewhere.has(u)))
    : []
  if (lost.length > 0) {
    return [
      {
        severity: 'medium',
        text: `replaces ${describeGrant(change)} with a different grant; the old permissions go away`,
        evidence: [
          {
            before: renderValue(summaryOf(change.before)),
            after: renderValue(summaryOf(change.after)),
            note: 'replaced'
          }
        ]
      }
    ]
  }
  const gap = isCreateBeforeDestroy(change.actions)
    ? 'the new one exists before the old one goes'
    : 'the permissions are missing for a moment during apply'
  return [
    {
      severity: 'low',
      text: `re-creates ${describeGrant(change)} with the same permissions; ${gap}`,
      evidence: [{ note: `replace (${change.actions.join(', ')})` }]
    }
  ]
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function toFindings(change: ResourceChange, issues: readonly Issue[]): Finding[] {
  return groupBySeverity(issues).map(([severity, group]) => {
    const shown = group.slice(0, 3).map((i) => i.text)
    const more = group.length > 3 ? `; and ${group.length - 3} more` : ''
    return {
      rule: 'iam',
      severity,
      address: change.address,
      message: `${capitalise(shown.join('; '))}${more}.`,
      evidence: group.flatMap((i) => i.evidence),
      planFile: change.planFile
    }
  })
}

const capitalise = (s: string): string =>
  s === '' ? s : `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`

export const iamRule: Rule = {
  id: 'iam',
  run(ctx: RuleContext): Finding[] {
    const changes = ctx.plan.changes.filter(isManaged)
    // Grants that exist after apply anywhere in this plan: a deleted grant re-made elsewhere is a refactor.
    const grantedElsewhere = new Map<string, string>()
    for (const change of changes) {
      if (!isGrantType(change.type) && change.type !== 'aws_iam_role') continue
      // No-ops are skipped: parsing every unchanged policy of a big plan costs more than the rare
      // duplicate grant it would find, and skipping only makes a deletion look less covered.
      if (isDelete(change.actions) || isNoOp(change.actions) || change.after === null) continue
      for (const unit of (grantUnits(change, change.after, change.afterUnknown) ?? []).flat()) {
        if (!grantedElsewhere.has(unit)) grantedElsewhere.set(unit, change.address)
      }
    }
    const findings: Finding[] = []
    for (const change of changes) {
      let issues: Issue[]
      if (isDelete(change.actions)) {
        // A deposed object is the leftover of an earlier replacement: its grant already moved on.
        if (change.deposed !== undefined) continue
        issues = deletionIssues(change, grantedElsewhere)
      } else if (
        isCreate(change.actions) ||
        isUpdate(change.actions) ||
        isReplace(change.actions)
      ) {
        const phase: Phase = isCreate(change.actions) ? 'create' : 'change'
        issues = [
          ...documentIssues(change, phase),
          ...attachmentIssues(change),
          ...boundaryIssues(change),
          ...lambdaPermissionIssues(change),
          ...gcpIssues(change, phase),
          ...azureIssues(change),
          ...removedGrantIssues(change, grantedElsewhere),
          ...(destroysObject(change.actions) ? replacementIssues(change, grantedElsewhere) : [])
        ]
      } else {
        continue
      }
      findings.push(...toFindings(change, issues))
    }
    return findings
  }
}
