/**
 * From validated raw plan parts to the model: shared by the full-parse path (load.ts) and the
 * streaming path (fast.ts), so both build exactly the same PlanFileModel.
 */
import type { z } from 'zod'
import { redactValue } from './redact.js'
import type { RawOutputChange, RawResourceChange } from './schema.js'
import type {
  DriftEntry,
  OutputChange,
  PlanMeta,
  ResourceChange,
  TerraformAction
} from './types.js'

/** Plan JSON this build understands; a newer major is reviewed but flagged (terraform-json). */
export const SUPPORTED_FORMAT_MAJOR = 1

/** Unusable input: the message names the file and says what is wrong and what to do. */
export class PlanLoadError extends Error {
  constructor(
    readonly file: string,
    detail: string
  ) {
    super(`${file}: ${detail}`)
    this.name = 'PlanLoadError'
  }
}

export const notJsonError = (file: string, why: string): PlanLoadError =>
  new PlanLoadError(
    file,
    `not JSON (${why}). Give the output of \`terraform show -json PLANFILE\`, not the binary plan or the text of \`terraform plan\`.`
  )

export const notObjectError = (file: string): PlanLoadError =>
  new PlanLoadError(
    file,
    'not a plan: expected a JSON object from `terraform show -json PLANFILE`.'
  )

export const notPlanError = (file: string): PlanLoadError =>
  new PlanLoadError(
    file,
    'not a plan: no resource_changes or planned_values (a state file? run `terraform show -json PLANFILE` on a saved plan).'
  )

export function formatZodIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)'
  return `${path}: ${issue.message}`
}

export const invalidPlanError = (
  file: string,
  issues: readonly z.core.$ZodIssue[]
): PlanLoadError =>
  new PlanLoadError(file, `not a valid plan: ${issues.slice(0, 3).map(formatZodIssue).join('; ')}`)

/** Top-level keys whose presence makes a document a plan (rather than, say, a state file). */
export const PLAN_PART_KEYS = [
  'resource_changes',
  'planned_values',
  'output_changes',
  'resource_drift',
  'errored'
] as const

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

function normaliseActions(actions: readonly string[]): TerraformAction[] {
  // Unknown future actions are kept as-is; changeKind() treats anything unrecognised as an update.
  return actions as TerraformAction[]
}

/** Reconstructs an address for entries that lack one (older drift entries). */
function addressOf(rc: RawResourceChange): string {
  if (rc.address) return rc.address
  const prefix = rc.module_address ? `${rc.module_address}.` : ''
  const data = rc.mode === 'data' ? 'data.' : ''
  const idx =
    rc.index === undefined
      ? ''
      : typeof rc.index === 'number'
        ? `[${rc.index}]`
        : `[${JSON.stringify(rc.index)}]`
  return `${prefix}${data}${rc.type}.${rc.name}${idx}`
}

function moduleOf(rc: RawResourceChange, address: string): string {
  if (rc.module_address !== undefined) return rc.module_address
  // Derive from the address: everything before the resource part.
  const match = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)/.exec(address)
  const prefix = match?.[1] ?? ''
  return prefix.endsWith('.') ? prefix.slice(0, -1) : prefix
}

/**
 * True when a and b are the same JSON value, down to the order of object keys (so that the
 * redacted copy of one is exactly the redacted copy of the other).
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i] as string
    if (
      k !== kb[i] ||
      !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false
  }
  return true
}

/**
 * Redacted before and after. Most changes of a big plan are no-ops whose after is the before:
 * redaction is a pure function of value and mask, so the one result serves both (measured:
 * redaction is the largest cost of loading after JSON.parse, and this halves it).
 */
function redactPair(
  before: unknown,
  beforeMask: unknown,
  after: unknown,
  afterMask: unknown
): [unknown, unknown] {
  const b = redactValue(before ?? null, beforeMask)
  const same = sameJson(before ?? null, after ?? null) && sameJson(beforeMask, afterMask)
  return [b, same ? b : redactValue(after ?? null, afterMask)]
}

export function toResourceChange(rc: RawResourceChange, file: string): ResourceChange {
  const c = rc.change
  const address = addressOf(rc)
  const [before, after] = redactPair(c.before, c.before_sensitive, c.after, c.after_sensitive)
  return {
    address,
    previousAddress: rc.previous_address,
    moduleAddress: moduleOf(rc, address),
    mode: rc.mode === 'data' ? 'data' : 'managed',
    type: rc.type,
    name: rc.name,
    index: rc.index,
    providerName: rc.provider_name ?? '',
    deposed: rc.deposed,
    actions: normaliseActions(c.actions),
    before,
    after,
    afterUnknown: c.after_unknown ?? false,
    replacePaths: c.replace_paths ?? [],
    actionReason: rc.action_reason,
    importing: c.importing ? { id: c.importing.id } : undefined,
    planFile: file
  }
}

export function toDriftEntry(rc: RawResourceChange, file: string): DriftEntry {
  const address = addressOf(rc)
  return {
    address,
    moduleAddress: moduleOf(rc, address),
    mode: rc.mode === 'data' ? 'data' : 'managed',
    type: rc.type,
    name: rc.name,
    index: rc.index,
    actions: normaliseActions(rc.change.actions),
    before: redactValue(rc.change.before ?? null, rc.change.before_sensitive),
    after: redactValue(rc.change.after ?? null, rc.change.after_sensitive),
    planFile: file
  }
}

export function toOutputChanges(
  outputs: Record<string, RawOutputChange> | null | undefined,
  file: string
): OutputChange[] {
  return Object.entries(outputs ?? {})
    .map(([name, c]): OutputChange => {
      const sensitive = c.before_sensitive === true || c.after_sensitive === true
      return {
        name,
        actions: normaliseActions(c.actions),
        before: redactValue(c.before ?? null, sensitive ? true : c.before_sensitive),
        after: redactValue(c.after ?? null, sensitive ? true : c.after_sensitive),
        afterUnknown: c.after_unknown ?? false,
        sensitive,
        planFile: file
      }
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

export const byAddress = <T extends { address: string; deposed?: string | undefined }>(
  a: T,
  b: T
): number =>
  a.address < b.address
    ? -1
    : a.address > b.address
      ? 1
      : (a.deposed ?? '') < (b.deposed ?? '')
        ? -1
        : (a.deposed ?? '') > (b.deposed ?? '')
          ? 1
          : 0

export function majorOf(formatVersion: string): number {
  const major = Number.parseInt(formatVersion.split('.')[0] ?? '', 10)
  return Number.isNaN(major) ? Number.POSITIVE_INFINITY : major
}

export interface MetaFields {
  readonly format_version: string
  readonly terraform_version?: unknown
  readonly applyable?: boolean | undefined
  readonly complete?: boolean | undefined
  readonly errored?: boolean | undefined
  readonly timestamp?: unknown
}

export function planMetaOf(
  doc: MetaFields,
  file: string,
  source: { sha256: string; sizeBytes: number },
  deferredChanges: number
): PlanMeta {
  return {
    file,
    sha256: source.sha256,
    sizeBytes: source.sizeBytes,
    formatVersion: doc.format_version,
    terraformVersion: str(doc.terraform_version),
    applyable: doc.applyable,
    complete: doc.complete,
    errored: doc.errored,
    timestamp: str(doc.timestamp),
    unknownMajorFormat: majorOf(doc.format_version) > SUPPORTED_FORMAT_MAJOR,
    deferredChanges
  }
}
