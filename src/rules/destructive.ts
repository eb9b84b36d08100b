/**
 * Destructive changes: deletes and replacements of managed objects.
 *
 * Stateful types (databases, buckets, volumes, keys...) and ephemeral ones (null_resource,
 * random_*, time_*...) come from the policy catalogue, so a team can extend either list without
 * touching code. Severity follows what is lost:
 *  - stateful delete: the data goes with it (critical); a deposed leftover is cleanup (low);
 *  - stateful replace: delete-before-create loses data and leaves a gap (critical),
 *    create-before-destroy still loses the old data but keeps the service up (high);
 *  - anything else: a delete is medium, a replace medium/low, ephemeral helpers are info.
 */
import {
  isCreateBeforeDestroy,
  isDelete,
  isDeleteBeforeCreate,
  isManaged
} from '../plan/actions.js'
import { formatPath, getAt, renderAfter, renderValue } from '../plan/diff.js'
import type { ResourceChange } from '../plan/types.js'
import type { Catalogue } from '../policy/types.js'
import type { Evidence, Finding, Rule, RuleContext, Severity } from './types.js'

/**
 * Attributes that name the real-world object (a bucket name, a DB identifier). Shown as evidence
 * so a reviewer sees *which* database goes, and used by missing-moved to pair a delete with a
 * create of the same object.
 */
export const IDENTITY_ATTRIBUTES = [
  'name',
  'bucket',
  'identifier',
  'cluster_identifier',
  'cluster_id',
  'replication_group_id',
  'function_name',
  'domain_name',
  'table_name',
  'queue_name',
  'topic_name',
  'repository_name',
  'instance_name',
  'database_name',
  'account_name',
  'vault_name',
  'zone_name'
] as const

/** The identity attributes of a value that hold a usable string, in IDENTITY_ATTRIBUTES order. */
export function identityValues(value: unknown): [attribute: string, value: string][] {
  const out: [string, string][] = []
  for (const attribute of IDENTITY_ATTRIBUTES) {
    const v = getAt(value, [attribute])
    if (typeof v === 'string' && v !== '' && !v.startsWith('(')) out.push([attribute, v])
  }
  return out
}

/** Why Terraform deletes an object, in words; undefined when the plan gives no reason. */
export function describeDeleteReason(reason: string | undefined): string | undefined {
  switch (reason) {
    case 'delete_because_no_resource_config':
      return 'its resource block is no longer in the configuration (if it was renamed, add a moved block; to keep the object, use a removed block with lifecycle { destroy = false })'
    case 'delete_because_no_module':
      return 'its module call is no longer in the configuration (if the module was renamed, add a moved block)'
    case 'delete_because_count_index':
      return 'its count index is now out of range (count was reduced)'
    case 'delete_because_each_key':
      return 'its for_each key is no longer in the map or set'
    case 'delete_because_wrong_repetition':
      return 'the resource switched between count, for_each and a single instance, so this instance key no longer exists'
    case 'delete_because_no_move_target':
      return 'a moved block points to an address that does not exist in the configuration'
    default:
      return undefined
  }
}

/** Why Terraform replaces an object, in words: the reason plus the attributes that forced it. */
export function describeReplaceCause(change: ResourceChange): string {
  const forcedBy = change.replacePaths.map(formatPath).filter((p) => p !== '')
  const attrs = forcedBy.length > 0 ? forcedBy.join(', ') : undefined
  switch (change.actionReason) {
    case 'replace_because_tainted':
      return 'the object is tainted (a create or provisioner failed earlier, or it was marked with terraform taint)'
    case 'replace_by_request':
      return 'replacement was requested explicitly (-replace)'
    case 'replace_by_triggers':
      return 'lifecycle replace_triggered_by fired because a referenced object changed'
    case 'replace_because_cannot_update':
      return attrs
        ? `a change to ${attrs} cannot be made in place`
        : 'a change cannot be made in place'
    default:
      return attrs ? `a change to ${attrs} forces replacement` : 'the provider requires replacement'
  }
}

/** Evidence for a replacement: each forcing path with before → after. */
function replaceEvidence(change: ResourceChange): Evidence[] {
  const evidence: Evidence[] = change.replacePaths.map((path) => ({
    path: formatPath(path),
    before: renderValue(getAt(change.before, path)),
    after: renderAfter(change.after, change.afterUnknown, path),
    note: 'forces replacement'
  }))
  if (change.actionReason !== undefined)
    evidence.push({ note: `action_reason: ${change.actionReason}` })
  return evidence.concat(identityEvidence(change))
}

/** Evidence naming the object that goes (its identifier, bucket name...), before value only. */
function identityEvidence(change: ResourceChange): Evidence[] {
  const forced = new Set(change.replacePaths.map(formatPath))
  return identityValues(change.before)
    .filter(([attribute]) => !forced.has(attribute))
    .slice(0, 2)
    .map(([attribute]) => ({
      path: attribute,
      before: renderValue(getAt(change.before, [attribute]))
    }))
}

function deleteEvidence(change: ResourceChange): Evidence[] {
  const evidence: Evidence[] = []
  if (change.actionReason !== undefined)
    evidence.push({ note: `action_reason: ${change.actionReason}` })
  if (change.deposed !== undefined) evidence.push({ note: `deposed object ${change.deposed}` })
  return evidence.concat(identityEvidence(change))
}

function finding(
  change: ResourceChange,
  rule: Finding['rule'],
  severity: Severity,
  message: string,
  evidence: Evidence[]
): Finding {
  return { rule, severity, address: change.address, message, evidence, planFile: change.planFile }
}

function deleteWhy(change: ResourceChange): string {
  const why = describeDeleteReason(change.actionReason)
  return why ? ` because ${why}` : ''
}

function findStatefulDelete(change: ResourceChange): Finding {
  if (change.deposed !== undefined) {
    return finding(
      change,
      'stateful-delete',
      'low',
      `Destroys the deposed ${change.type} object ${change.deposed} left over from an earlier create-before-destroy replacement; the current object is kept, so this is cleanup.`,
      deleteEvidence(change)
    )
  }
  return finding(
    change,
    'stateful-delete',
    'critical',
    `Destroys ${change.address}${deleteWhy(change)}. This type holds data: whatever it stores is lost unless a backup or final snapshot exists.`,
    deleteEvidence(change)
  )
}

function findStatefulReplacement(change: ResourceChange): Finding {
  const cause = describeReplaceCause(change)
  if (isDeleteBeforeCreate(change.actions)) {
    return finding(
      change,
      'stateful-replace',
      'critical',
      `Replaces ${change.address} (destroy, then create) because ${cause}. The data it holds is destroyed and the resource is absent until the new, empty one is ready.`,
      replaceEvidence(change)
    )
  }
  return finding(
    change,
    'stateful-replace',
    'high',
    `Replaces ${change.address} (create before destroy) because ${cause}. The new object starts empty and the old one, with its data, is destroyed afterwards.`,
    replaceEvidence(change)
  )
}

function findDelete(change: ResourceChange, catalogue: Catalogue): Finding {
  if (catalogue.isEphemeral(change.type)) {
    return finding(
      change,
      'delete',
      'info',
      `Destroys ${change.address}${deleteWhy(change)}; it is a helper that holds nothing of value.`,
      deleteEvidence(change)
    )
  }
  if (change.deposed !== undefined) {
    return finding(
      change,
      'delete',
      'info',
      `Destroys the deposed ${change.type} object ${change.deposed} left over from an earlier create-before-destroy replacement (cleanup).`,
      deleteEvidence(change)
    )
  }
  return finding(
    change,
    'delete',
    'medium',
    `Destroys ${change.address}${deleteWhy(change)}. Anything that depends on it stops working.`,
    deleteEvidence(change)
  )
}

function findReplacement(change: ResourceChange, catalogue: Catalogue): Finding {
  const cause = describeReplaceCause(change)
  if (catalogue.isEphemeral(change.type)) {
    return finding(
      change,
      'replace',
      'info',
      `Replaces ${change.address} because ${cause}; it is a helper, but anything derived from its value changes too.`,
      replaceEvidence(change)
    )
  }
  if (isCreateBeforeDestroy(change.actions)) {
    return finding(
      change,
      'replace',
      'low',
      `Replaces ${change.address} (create before destroy) because ${cause}; the new object exists before the old one goes.`,
      replaceEvidence(change)
    )
  }
  return finding(
    change,
    'replace',
    'medium',
    `Replaces ${change.address} (destroy, then create) because ${cause}; it is absent in between and gets a new identity (id, ARN, IP).`,
    replaceEvidence(change)
  )
}

/** One finding per managed object the plan destroys (delete or replace). */
export function findDestructiveChanges(ctx: RuleContext): Finding[] {
  const { catalogue } = ctx
  const findings: Finding[] = []
  for (const change of ctx.plan.changes) {
    if (!isManaged(change)) continue
    const stateful = catalogue.isStateful(change.type)
    if (isDelete(change.actions)) {
      findings.push(stateful ? findStatefulDelete(change) : findDelete(change, catalogue))
    } else if (isDeleteBeforeCreate(change.actions) || isCreateBeforeDestroy(change.actions)) {
      findings.push(stateful ? findStatefulReplacement(change) : findReplacement(change, catalogue))
    }
  }
  return findings
}

export const destructiveRule: Rule = { id: 'destructive', run: findDestructiveChanges }
