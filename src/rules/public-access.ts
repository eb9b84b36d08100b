/**
 * public-access: storage, databases, images and endpoints that become reachable by anyone.
 *
 * Each check fires only when the public state is new (absent before, or the resource is new),
 * so a private bucket, a tightening, or an unchanged public website says nothing. Severity:
 *  - critical: the account-wide S3 public access block switched off or deleted; an S3 ACL that
 *    lets anyone write (public-read-write, WRITE/FULL_CONTROL for AllUsers); Cloud SQL with a
 *    public IP and 0.0.0.0/0 authorised; an Azure database firewall rule for every address;
 *  - high: a bucket public access block switched off or deleted; a public-read or
 *    authenticated-read ACL; a database made publicly accessible; GCS public access prevention
 *    lifted or an allUsers ACL; Azure blob public access allowed or a public container; an AMI or
 *    snapshot shared with everyone;
 *  - medium: a new bucket public access block that leaves switches off (it overrides AWS's
 *    block-by-default), Azure public network access turned on, an EKS API endpoint open to
 *    0.0.0.0/0, a Lambda function URL without authentication, a Kubernetes Service given an
 *    internet-facing load balancer;
 *  - low: a new Azure storage account that allows public containers (the provider's default;
 *    a container still has to be made public, which is flagged on its own).
 */
import { isCreate, isDelete, isManaged, isReplace, isUpdate } from '../plan/actions.js'
import { formatPath, getAt, isUnknownAt, renderAfter, renderValue } from '../plan/diff.js'
import type { AttributePath, ResourceChange } from '../plan/types.js'
import { isInternetSource } from './cidr.js'
import type { Evidence, Finding, Rule, RuleContext, Severity } from './types.js'
import { groupBySeverity } from './group.js'

interface Issue {
  readonly severity: Severity
  readonly text: string
  readonly evidence: readonly Evidence[]
}

type Check = (change: ResourceChange) => Issue[]

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const lower = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim().toLowerCase() : undefined

function evidence(change: ResourceChange, path: AttributePath): Evidence {
  return {
    path: formatPath(path),
    before: renderValue(getAt(change.before, path)),
    after: renderAfter(change.after, change.afterUnknown, path)
  }
}

/** The value after apply at `path`, or undefined when it is unknown until then. */
const knownAfter = (change: ResourceChange, path: AttributePath): unknown =>
  isUnknownAt(change.afterUnknown, path) ? undefined : getAt(change.after, path)

/** Became `true` (a create counts: there was nothing before). */
const turnedOn = (change: ResourceChange, path: AttributePath): boolean =>
  knownAfter(change, path) === true && getAt(change.before, path) !== true

// ---------------------------------------------------------------------------------------------
// AWS
// ---------------------------------------------------------------------------------------------

const BLOCK_FLAGS = [
  'block_public_acls',
  'block_public_policy',
  'ignore_public_acls',
  'restrict_public_buckets'
] as const

const publicAccessBlock: Check = (change) => {
  const account = change.type === 'aws_s3_account_public_access_block'
  if (!account && change.type !== 'aws_s3_bucket_public_access_block') return []
  const scope = account ? 'every bucket in the account' : 'the bucket'
  if (isDelete(change.actions)) {
    // A deposed leftover of a replacement is cleanup: the current block stays.
    if (change.deposed !== undefined) return []
    const wasOn = BLOCK_FLAGS.filter((f) => getAt(change.before, [f]) === true)
    if (wasOn.length === 0) return []
    return [
      {
        severity: account ? 'critical' : 'high',
        text: `deletes the S3 public access block (${wasOn.join(', ')}): ACLs and bucket policies can then make ${scope} public`,
        evidence: wasOn.map((f) => evidence(change, [f]))
      }
    ]
  }
  // A flag that is null after apply is off.
  const off = (f: string): boolean => {
    const v = knownAfter(change, [f])
    return v === false || (v === null && !isUnknownAt(change.afterUnknown, [f]))
  }
  if (isCreate(change.actions)) {
    const offFlags = BLOCK_FLAGS.filter(off)
    if (offFlags.length === 0) return []
    return [
      {
        severity: account ? 'high' : 'medium',
        text: `creates an S3 public access block with ${offFlags.join(', ')} off: it overrides AWS's block-by-default, so ACLs or a bucket policy can make ${scope} public`,
        evidence: offFlags.map((f) => evidence(change, [f]))
      }
    ]
  }
  const turnedOff = BLOCK_FLAGS.filter((f) => getAt(change.before, [f]) === true && off(f))
  if (turnedOff.length === 0) return []
  return [
    {
      severity: account ? 'critical' : 'high',
      text: `turns off S3 public access blocking (${turnedOff.join(', ')}): ACLs and bucket policies can then make ${scope} public`,
      evidence: turnedOff.map((f) => evidence(change, [f]))
    }
  ]
}

/** Canned ACLs that grant access outside the account. */
const PUBLIC_CANNED_ACLS: ReadonlyMap<string, [Severity, string]> = new Map([
  ['public-read-write', ['critical', 'anyone on the internet can read and write the objects']],
  ['public-read', ['high', 'anyone on the internet can read the objects']],
  ['authenticated-read', ['high', 'any AWS account in the world can read the objects']]
])

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/allusers'
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/authenticatedusers'

/** `[grantee group, permission]` pairs of a bucket ACL that reach outside the account. */
function publicGrants(value: unknown): string[] {
  const out: string[] = []
  // aws_s3_bucket_acl: access_control_policy[0].grant[].grantee[0].uri + permission.
  for (const policy of asList(getAt(value, ['access_control_policy']))) {
    for (const grant of asList(getAt(policy, ['grant']))) {
      const uri = lower(getAt(grant, ['grantee', 0, 'uri']))
      const permission = lower(getAt(grant, ['permission']))
      if ((uri === ALL_USERS || uri === AUTHENTICATED_USERS) && permission)
        out.push(`${uri.split('/').pop() ?? uri}:${permission}`)
    }
  }
  // aws_s3_bucket (provider v3 and earlier): grant[].uri + permissions[].
  for (const grant of asList(getAt(value, ['grant']))) {
    const uri = lower(getAt(grant, ['uri']))
    if (uri !== ALL_USERS && uri !== AUTHENTICATED_USERS) continue
    for (const permission of asList(getAt(grant, ['permissions']))) {
      const p = lower(permission)
      if (p) out.push(`${uri.split('/').pop() ?? uri}:${p}`)
    }
  }
  return out
}

const ACL_TYPES = new Set([
  'aws_s3_bucket',
  'aws_s3_bucket_acl',
  'aws_s3_object',
  'aws_s3_bucket_object'
])

const s3Acl: Check = (change) => {
  if (!ACL_TYPES.has(change.type) || isDelete(change.actions)) return []
  const issues: Issue[] = []
  const acl = lower(knownAfter(change, ['acl']))
  const canned = acl === undefined ? undefined : PUBLIC_CANNED_ACLS.get(acl)
  if (canned && lower(getAt(change.before, ['acl'])) !== acl) {
    issues.push({
      severity: canned[0],
      text: `sets the ACL to ${acl}: ${canned[1]}`,
      evidence: [evidence(change, ['acl'])]
    })
  }
  const before = new Set(publicGrants(change.before))
  const added = publicGrants(change.after).filter((g) => !before.has(g))
  if (added.length > 0) {
    const writes = added.some((g) => /:(write|write_acp|full_control)$/.test(g))
    issues.push({
      severity: writes ? 'critical' : 'high',
      text: `grants ${added.join(', ')} in the bucket ACL: ${writes ? 'anyone can change the bucket contents or its ACL' : 'anyone can read it'}`,
      evidence: [
        evidence(change, [change.type === 'aws_s3_bucket' ? 'grant' : 'access_control_policy'])
      ]
    })
  }
  return issues
}

const PUBLICLY_ACCESSIBLE_TYPES = new Set([
  'aws_db_instance',
  'aws_rds_cluster_instance',
  'aws_redshift_cluster',
  'aws_redshiftserverless_workgroup',
  'aws_dms_replication_instance',
  'aws_neptune_cluster_instance',
  'aws_docdb_cluster_instance',
  'aws_mq_broker'
])

const publiclyAccessible: Check = (change) => {
  if (!PUBLICLY_ACCESSIBLE_TYPES.has(change.type) || !turnedOn(change, ['publicly_accessible']))
    return []
  return [
    {
      severity: 'high',
      text: 'makes the database publicly accessible: it gets a public address, and only its security groups and password stand between it and the internet',
      evidence: [evidence(change, ['publicly_accessible'])]
    }
  ]
}

const eksEndpoint: Check = (change) => {
  if (change.type !== 'aws_eks_cluster') return []
  const exposed = (value: unknown, afterUnknown: unknown): boolean => {
    if (getAt(value, ['vpc_config', 0, 'endpoint_public_access']) !== true) return false
    // Unset (or unknown) public_access_cidrs means AWS's default, 0.0.0.0/0.
    if (isUnknownAt(afterUnknown, ['vpc_config', 0, 'public_access_cidrs'])) return true
    const cidrs = asList(getAt(value, ['vpc_config', 0, 'public_access_cidrs'])).filter(
      (c): c is string => typeof c === 'string'
    )
    return cidrs.length === 0 || cidrs.some(isInternetSource)
  }
  if (!exposed(change.after, change.afterUnknown) || exposed(change.before, false)) return []
  return [
    {
      severity: 'medium',
      text: 'exposes the Kubernetes API endpoint to the internet (public access from 0.0.0.0/0): only authentication protects the control plane; restrict public_access_cidrs or use the private endpoint',
      evidence: [
        evidence(change, ['vpc_config', 0, 'endpoint_public_access']),
        evidence(change, ['vpc_config', 0, 'public_access_cidrs'])
      ]
    }
  ]
}

const sharedWithEveryone: Check = (change) => {
  if (
    change.type !== 'aws_ami_launch_permission' &&
    change.type !== 'aws_snapshot_create_volume_permission' &&
    change.type !== 'aws_ebs_snapshot_create_volume_permission'
  )
    return []
  const everyone = (v: unknown): boolean =>
    lower(getAt(v, ['group'])) === 'all' || lower(getAt(v, ['account_id'])) === 'all'
  if (isDelete(change.actions) || !everyone(change.after) || everyone(change.before)) return []
  const what = change.type === 'aws_ami_launch_permission' ? 'AMI' : 'EBS snapshot'
  return [
    {
      severity: 'high',
      text: `shares the ${what} with every AWS account: anyone can copy it, and with it any data, keys or credentials baked in`,
      evidence: [
        evidence(change, [lower(getAt(change.after, ['group'])) === 'all' ? 'group' : 'account_id'])
      ]
    }
  ]
}

const lambdaUrl: Check = (change) => {
  if (change.type !== 'aws_lambda_function_url') return []
  const open = (v: unknown): boolean => lower(getAt(v, ['authorization_type'])) === 'none'
  if (isDelete(change.actions) || !open(change.after) || open(change.before)) return []
  return [
    {
      severity: 'medium',
      text: 'creates a Lambda function URL with authorization_type NONE: anyone who finds the URL can invoke the function',
      evidence: [evidence(change, ['authorization_type'])]
    }
  ]
}

// ---------------------------------------------------------------------------------------------
// Kubernetes
// ---------------------------------------------------------------------------------------------

/** Annotations that make a cloud load balancer internal, with the value that does it. */
const K8S_INTERNAL_ANNOTATIONS: readonly (readonly [key: string, value: RegExp])[] = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', /^(true|0\.0\.0\.0\/0)$/],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', /^internal$/],
  ['networking.gke.io/load-balancer-type', /^internal$/],
  ['cloud.google.com/load-balancer-type', /^internal$/],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', /^true$/],
  ['service.beta.kubernetes.io/oci-load-balancer-internal', /^true$/],
  ['service.beta.kubernetes.io/do-loadbalancer-type', /^internal$/]
]

/**
 * True when a Kubernetes Service gets a load balancer reachable from the internet: type
 * LoadBalancer, no internal annotation, and no source ranges narrower than the internet. The AWS
 * Load Balancer Controller (`aws-load-balancer-type: external`/`nlb-ip`, or its
 * loadBalancerClass) makes internal load balancers unless the scheme says internet-facing.
 */
function k8sServicePublic(value: unknown): boolean {
  const spec = getAt(value, ['spec', 0])
  if (lower(getAt(spec, ['type'])) !== 'loadbalancer') return false
  const annotations = getAt(value, ['metadata', 0, 'annotations'])
  const annotation = (key: string): string | undefined =>
    annotations !== null && typeof annotations === 'object'
      ? lower((annotations as Record<string, unknown>)[key])
      : undefined
  const scheme = annotation('service.beta.kubernetes.io/aws-load-balancer-scheme')
  if (scheme !== 'internet-facing') {
    if (K8S_INTERNAL_ANNOTATIONS.some(([key, re]) => re.test(annotation(key) ?? ''))) return false
    const awsController =
      ['external', 'nlb-ip'].includes(
        annotation('service.beta.kubernetes.io/aws-load-balancer-type') ?? ''
      ) || (lower(getAt(spec, ['load_balancer_class'])) ?? '').startsWith('service.k8s.aws/')
    if (awsController) return false
  }
  const ranges = asList(getAt(spec, ['load_balancer_source_ranges'])).filter(
    (r): r is string => typeof r === 'string' && r.trim() !== ''
  )
  return ranges.length === 0 || ranges.some(isInternetSource)
}

const k8sLoadBalancer: Check = (change) => {
  if (change.type !== 'kubernetes_service' && change.type !== 'kubernetes_service_v1') return []
  if (isDelete(change.actions) || !k8sServicePublic(change.after)) return []
  if (change.before !== null && k8sServicePublic(change.before)) return []
  return [
    {
      severity: 'medium',
      text: 'exposes the Service through an internet-facing load balancer (type LoadBalancer, no internal annotation, no loadBalancerSourceRanges): anyone can reach its ports; confirm it is meant to be public',
      evidence: [
        evidence(change, ['spec', 0, 'type']),
        evidence(change, ['metadata', 0, 'annotations']),
        evidence(change, ['spec', 0, 'load_balancer_source_ranges'])
      ]
    }
  ]
}

// ---------------------------------------------------------------------------------------------
// Google Cloud
// ---------------------------------------------------------------------------------------------

const gcsPublicAccessPrevention: Check = (change) => {
  if (change.type !== 'google_storage_bucket' || isCreate(change.actions)) return []
  const path = ['public_access_prevention']
  const after = lower(knownAfter(change, path))
  if (
    lower(getAt(change.before, path)) !== 'enforced' ||
    after === undefined ||
    after === 'enforced'
  )
    return []
  return [
    {
      severity: 'high',
      text: `lifts public access prevention (enforced → ${after}): IAM or ACL grants to allUsers can now make the bucket public`,
      evidence: [evidence(change, path)]
    }
  ]
}

const GCS_ACL_TYPES: Readonly<Record<string, string>> = {
  google_storage_bucket_acl: 'role_entity',
  google_storage_default_object_acl: 'role_entity',
  google_storage_object_acl: 'role_entity',
  google_storage_bucket_access_control: 'entity',
  google_storage_default_object_access_control: 'entity',
  google_storage_object_access_control: 'entity'
}

const gcsAcl: Check = (change) => {
  const attribute = GCS_ACL_TYPES[change.type]
  if (attribute === undefined || isDelete(change.actions)) return []
  const publicEntries = (v: unknown): string[] =>
    (Array.isArray(getAt(v, [attribute]))
      ? asList(getAt(v, [attribute]))
      : [getAt(v, [attribute])]
    ).filter((e): e is string => typeof e === 'string' && /allusers|allauthenticatedusers/i.test(e))
  const before = new Set(publicEntries(change.before))
  const added = publicEntries(change.after).filter((e) => !before.has(e))
  if (added.length === 0) return []
  return [
    {
      severity: 'high',
      text: `grants ${added.join(', ')} in a Cloud Storage ACL: anyone on the internet (or with any Google account) gets access`,
      evidence: [evidence(change, [attribute])]
    }
  ]
}

const cloudSqlPublic: Check = (change) => {
  if (change.type !== 'google_sql_database_instance') return []
  const base = ['settings', 0, 'ip_configuration', 0]
  const worldNetworks = (v: unknown): string[] => {
    if (getAt(v, [...base, 'ipv4_enabled']) !== true) return []
    return asList(getAt(v, [...base, 'authorized_networks']))
      .map((n) => getAt(n, ['value']))
      .filter((value): value is string => typeof value === 'string' && isInternetSource(value))
  }
  const after = worldNetworks(change.after)
  if (after.length === 0 || worldNetworks(change.before).length > 0) return []
  return [
    {
      severity: 'critical',
      text: `gives the Cloud SQL instance a public IP and authorises ${after.join(', ')}: the database accepts connections from anywhere on the internet`,
      evidence: [
        evidence(change, [...base, 'ipv4_enabled']),
        evidence(change, [...base, 'authorized_networks'])
      ]
    }
  ]
}

// ---------------------------------------------------------------------------------------------
// Azure
// ---------------------------------------------------------------------------------------------

const azureStorageAccount: Check = (change) => {
  if (change.type !== 'azurerm_storage_account') return []
  const issues: Issue[] = []
  for (const attribute of ['allow_nested_items_to_be_public', 'allow_blob_public_access']) {
    if (!turnedOn(change, [attribute])) continue
    const created = isCreate(change.actions)
    issues.push({
      severity: created ? 'low' : 'high',
      text: created
        ? `creates the storage account with ${attribute} = true (the provider default): containers in it can be made public`
        : `sets ${attribute} to true: containers in the storage account can now be made public`,
      evidence: [evidence(change, [attribute])]
    })
  }
  const network = ['public_network_access_enabled']
  if (
    !isCreate(change.actions) &&
    getAt(change.before, network) === false &&
    knownAfter(change, network) === true
  ) {
    issues.push({
      severity: 'medium',
      text: 'turns public network access on: the storage account accepts connections from the internet, not only private endpoints and allowed networks',
      evidence: [evidence(change, network)]
    })
  }
  return issues
}

const azureContainer: Check = (change) => {
  if (change.type !== 'azurerm_storage_container' || isDelete(change.actions)) return []
  const path = ['container_access_type']
  const after = lower(knownAfter(change, path))
  if ((after !== 'blob' && after !== 'container') || lower(getAt(change.before, path)) === after)
    return []
  return [
    {
      severity: 'high',
      text: `sets container_access_type to ${after}: anyone on the internet can read its blobs${after === 'container' ? ' and list them' : ''} without credentials`,
      evidence: [evidence(change, path)]
    }
  ]
}

/** Azure database firewall rules: 0.0.0.0–255.255.255.255 admits every address. */
const AZURE_DB_FIREWALL =
  /^azurerm_(mssql|sql|postgresql|postgresql_flexible_server|mysql|mysql_flexible_server|mariadb|redis|synapse|cosmosdb)_firewall_rule$/

const azureDatabaseFirewall: Check = (change) => {
  if (!AZURE_DB_FIREWALL.test(change.type) || isDelete(change.actions)) return []
  const open = (v: unknown): boolean =>
    getAt(v, ['start_ip_address']) === '0.0.0.0' &&
    getAt(v, ['end_ip_address']) === '255.255.255.255'
  if (!open(change.after) || open(change.before)) return []
  return [
    {
      severity: 'critical',
      text: 'adds a firewall rule from 0.0.0.0 to 255.255.255.255: the database accepts connections from every address on the internet',
      evidence: [evidence(change, ['start_ip_address']), evidence(change, ['end_ip_address'])]
    }
  ]
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

const CHECKS: readonly Check[] = [
  publicAccessBlock,
  s3Acl,
  publiclyAccessible,
  eksEndpoint,
  sharedWithEveryone,
  lambdaUrl,
  k8sLoadBalancer,
  gcsPublicAccessPrevention,
  gcsAcl,
  cloudSqlPublic,
  azureStorageAccount,
  azureContainer,
  azureDatabaseFirewall
]

function toFindings(change: ResourceChange, issues: readonly Issue[]): Finding[] {
  return groupBySeverity(issues).map(([severity, group]) => {
    const text = group.map((i) => i.text).join('; ')
    return {
      rule: 'public-access',
      severity,
      address: change.address,
      message: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
      evidence: group.flatMap((i) => i.evidence),
      planFile: change.planFile
    }
  })
}

export const publicAccessRule: Rule = {
  id: 'public-access',
  run(ctx: RuleContext): Finding[] {
    const findings: Finding[] = []
    for (const change of ctx.plan.changes) {
      if (!isManaged(change)) continue
      const a = change.actions
      if (!isCreate(a) && !isUpdate(a) && !isReplace(a) && !isDelete(a)) continue
      findings.push(
        ...toFindings(
          change,
          CHECKS.flatMap((check) => check(change))
        )
      )
    }
    return findings
  }
}
