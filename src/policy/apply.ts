/**
 * Applies a policy environment to rule findings: severity overrides (rule / type glob / address
 * glob; the last matching override wins), then the allow-lists of boring changes (tags only,
 * image digest, counts within bounds), which lower a finding on such a change to info.
 */
import { minimatch } from 'minimatch'
import { isReplace, isUpdate } from '../plan/actions.js'
import { changedPaths, deepEqual, formatPath, getAt, isUnknownAt } from '../plan/diff.js'
import type { AttributePath, ResourceChange } from '../plan/types.js'
import { isHumanTier } from '../rules/types.js'
import type { Finding, RatedFinding, RuleId } from '../rules/types.js'
import type { EnvironmentSettings } from './types.js'

/**
 * Rules whose findings an allow-list may lower: the ones about what an update changes. Only
 * below the human tier: a high drift-revert (setting back an autoscaler's scale-up or an
 * out-of-band image hot-fix) is what a human must see although only a count or an image
 * changes; a medium one (moving on from the drifted value) may be allow-listed.
 */
const ALLOW_LISTABLE: ReadonlySet<RuleId> = new Set([
  'replace',
  'drift-revert',
  'unknown-security-attr'
])

const TAG_KEYS = new Set([
  'tags',
  'tags_all',
  'labels',
  'effective_labels',
  'terraform_labels',
  'default_tags'
])
const IMAGE_KEYS = new Set(['image', 'image_uri', 'image_tag', 'image_digest'])
/** Attributes holding a JSON document of containers (ECS), compared with images removed. */
const CONTAINER_JSON_KEYS = new Set(['container_definitions'])

function typeMatches(type: string, glob: string | undefined): boolean {
  return glob === undefined || minimatch(type, glob)
}

function stripImages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripImages)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (!IMAGE_KEYS.has(k)) out[k] = stripImages(v)
    }
    return out
  }
  return value
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

type BoringKind = 'tags only' | 'image only' | 'count within bounds'

function classifyPath(
  change: ResourceChange,
  path: AttributePath,
  settings: EnvironmentSettings
): BoringKind | undefined {
  const top = path[0]
  if (typeof top !== 'string') return undefined
  if (settings.allowTagsOnly && TAG_KEYS.has(top)) return 'tags only'
  if (settings.allowImageDigest) {
    if (path.some((p) => typeof p === 'string' && IMAGE_KEYS.has(p))) return 'image only'
    if (CONTAINER_JSON_KEYS.has(top) && path.length === 1) {
      const before = parseJson((change.before as Record<string, unknown> | null)?.[top])
      const after = parseJson((change.after as Record<string, unknown> | null)?.[top])
      if (
        before !== undefined &&
        after !== undefined &&
        deepEqual(stripImages(before), stripImages(after))
      ) {
        return 'image only'
      }
    }
  }
  // Counts: the attribute is a dotted path without list indices (`spec.replicas` matches
  // Terraform's `spec[0].replicas`); Kubernetes providers give numbers as strings.
  const dotted = path.filter((p) => typeof p === 'string').join('.')
  const raw = getAt(change.after, path)
  const after = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw
  for (const bound of settings.allowCounts) {
    if (bound.attribute !== dotted || !typeMatches(change.type, bound.type)) continue
    if (typeof after !== 'number') continue
    if (
      (bound.min === undefined || after >= bound.min) &&
      (bound.max === undefined || after <= bound.max)
    ) {
      return 'count within bounds'
    }
  }
  return undefined
}

/**
 * Why a change is boring under the allow-lists, or undefined. Computed attributes that become
 * unknown because of the change (ids, ARNs, revisions) are consequences, not causes, and are
 * ignored; every remaining changed path must be allow-listed.
 */
export function boringChangeReason(
  change: ResourceChange,
  settings: EnvironmentSettings
): string | undefined {
  if (!isUpdate(change.actions) && !isReplace(change.actions)) return undefined
  const paths = changedPaths(change.before, change.after).filter(
    (p) => !isUnknownAt(change.afterUnknown, p)
  )
  if (paths.length === 0) return undefined
  const kinds = new Set<BoringKind>()
  for (const path of paths) {
    const kind = classifyPath(change, path, settings)
    if (kind === undefined) return undefined
    kinds.add(kind)
  }
  const replaceCause = change.replacePaths.map(formatPath).join(', ')
  return `allow-listed: ${[...kinds].sort().join(', ')}${replaceCause ? ` (replacement forced by ${replaceCause})` : ''}`
}

/** Re-rates one plan file's findings under its environment's settings. */
export function rateFindings(
  findings: readonly Finding[],
  changesByAddress: ReadonlyMap<string, ResourceChange>,
  settings: EnvironmentSettings
): RatedFinding[] {
  return findings.map((finding): RatedFinding => {
    const change = finding.address ? changesByAddress.get(finding.address) : undefined
    let severity = finding.severity
    let adjustedBy: string | undefined
    for (const o of settings.overrides) {
      if (o.rule !== undefined && o.rule !== finding.rule) continue
      if (o.type !== undefined && (change === undefined || !minimatch(change.type, o.type)))
        continue
      if (o.address !== undefined && !minimatch(finding.address, o.address)) continue
      severity = o.severity
      adjustedBy = `policy (${settings.name}): ${o.reason ?? describeOverride(o)}`
    }
    if (change && ALLOW_LISTABLE.has(finding.rule) && !isHumanTier(severity)) {
      const boring = boringChangeReason(change, settings)
      if (boring !== undefined && severity !== 'info') {
        severity = 'info'
        adjustedBy = boring
      }
    }
    return adjustedBy === undefined || severity === finding.severity
      ? { ...finding, ruleSeverity: finding.severity }
      : { ...finding, severity, ruleSeverity: finding.severity, adjustedBy }
  })
}

function describeOverride(o: {
  rule?: string | undefined
  type?: string | undefined
  address?: string | undefined
}): string {
  return [
    o.rule && `rule ${o.rule}`,
    o.type && `type ${o.type}`,
    o.address && `address ${o.address}`
  ]
    .filter(Boolean)
    .join(', ')
}
