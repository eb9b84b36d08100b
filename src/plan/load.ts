/**
 * Loading plan JSON: bytes → text (BOMs, UTF-16, wrapper preambles) → JSON → zod → model.
 * Pure: callers pass bytes; reading files is the CLI's and the action's job.
 */
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { redactValue } from './redact.js'
import { planDocumentSchema } from './schema.js'
import type { PlanDocument, RawResourceChange } from './schema.js'
import type {
  DriftEntry,
  OutputChange,
  PlanFileModel,
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

/** Decodes file bytes to text: UTF-8 (with or without BOM) and UTF-16 LE/BE (BOM or not). */
export function decodePlanBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  // PowerShell `>` writes UTF-16 LE; without a BOM the second byte of "{" is NUL.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return new TextDecoder('utf-16be').decode(bytes)
  const text = new TextDecoder('utf-8').decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Finds the JSON object in text that may carry a preamble and trailer, as written by
 * hashicorp/setup-terraform's wrapper (`[command]/.../terraform-bin show -json tfplan` before,
 * `::debug::` lines after) or by a shell that echoed the command.
 */
export function extractJsonText(text: string): string {
  const start = text.search(/^\s*\{/m)
  if (start <= 0) return text
  const body = text.slice(start)
  const end = body.lastIndexOf('}')
  return end === -1 ? body : body.slice(0, end + 1)
}

function formatZodIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)'
  return `${path}: ${issue.message}`
}

/** Parses and validates plan text into a raw document, or throws PlanLoadError. */
export function parsePlanDocument(text: string, file: string): PlanDocument {
  let json: unknown
  try {
    json = JSON.parse(extractJsonText(text))
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new PlanLoadError(
      file,
      `not JSON (${why}). Give the output of \`terraform show -json PLANFILE\`, not the binary plan or the text of \`terraform plan\`.`
    )
  }
  return validatePlanDocument(json, file)
}

export function validatePlanDocument(json: unknown, file: string): PlanDocument {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new PlanLoadError(file, 'not a plan: expected a JSON object from `terraform show -json PLANFILE`.')
  }
  const result = planDocumentSchema.safeParse(json)
  if (!result.success) {
    const issues = result.error.issues.slice(0, 3).map(formatZodIssue).join('; ')
    throw new PlanLoadError(file, `not a valid plan: ${issues}`)
  }
  const doc = result.data
  const hasPlanPart =
    'resource_changes' in doc ||
    'planned_values' in doc ||
    'output_changes' in doc ||
    'resource_drift' in doc ||
    'errored' in doc
  if (!hasPlanPart) {
    throw new PlanLoadError(
      file,
      'not a plan: no resource_changes or planned_values (a state file? run `terraform show -json PLANFILE` on a saved plan).'
    )
  }
  return doc
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

function normaliseActions(actions: readonly string[]): TerraformAction[] {
  // Unknown future actions are kept as-is; changeKind() treats anything unrecognised as an update.
  return actions as TerraformAction[]
}

/** Reconstructs an address for entries that lack one (older drift entries). */
function addressOf(rc: RawResourceChange): string {
  if (rc.address) return rc.address
  const prefix = rc.module_address ? `${rc.module_address}.` : ''
  const data = rc.mode === 'data' ? 'data.' : ''
  const idx = rc.index === undefined ? '' : typeof rc.index === 'number' ? `[${rc.index}]` : `[${JSON.stringify(rc.index)}]`
  return `${prefix}${data}${rc.type}.${rc.name}${idx}`
}

function moduleOf(rc: RawResourceChange, address: string): string {
  if (rc.module_address !== undefined) return rc.module_address
  // Derive from the address: everything before the resource part.
  const match = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)/.exec(address)
  const prefix = match?.[1] ?? ''
  return prefix.endsWith('.') ? prefix.slice(0, -1) : prefix
}

function toResourceChange(rc: RawResourceChange, file: string): ResourceChange {
  const c = rc.change
  const address = addressOf(rc)
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
    before: redactValue(c.before ?? null, c.before_sensitive),
    after: redactValue(c.after ?? null, c.after_sensitive),
    afterUnknown: c.after_unknown ?? false,
    replacePaths: c.replace_paths ?? [],
    actionReason: rc.action_reason,
    importing: c.importing ? { id: c.importing.id } : undefined,
    planFile: file
  }
}

function toDriftEntry(rc: RawResourceChange, file: string): DriftEntry {
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

export const byAddress = <T extends { address: string; deposed?: string | undefined }>(a: T, b: T): number =>
  a.address < b.address ? -1 : a.address > b.address ? 1 : (a.deposed ?? '') < (b.deposed ?? '') ? -1 : (a.deposed ?? '') > (b.deposed ?? '') ? 1 : 0

export function majorOf(formatVersion: string): number {
  const major = Number.parseInt(formatVersion.split('.')[0] ?? '', 10)
  return Number.isNaN(major) ? Number.POSITIVE_INFINITY : major
}

/** Normalises a validated document into the model. */
export function buildPlanFileModel(
  doc: PlanDocument,
  file: string,
  source: { sha256: string; sizeBytes: number }
): PlanFileModel {
  const meta: PlanMeta = {
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
    deferredChanges: doc.deferred_changes?.length ?? 0
  }
  const changes = (doc.resource_changes ?? []).map((rc) => toResourceChange(rc, file)).sort(byAddress)
  const drift = (doc.resource_drift ?? []).map((rc) => toDriftEntry(rc, file)).sort(byAddress)
  const outputs: OutputChange[] = Object.entries(doc.output_changes ?? {})
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
  return { meta, changes, drift, outputs }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Bytes of one plan file → model. Throws PlanLoadError for unusable input. */
export function loadPlanFromBytes(bytes: Uint8Array, file: string): PlanFileModel {
  const doc = parsePlanDocument(decodePlanBytes(bytes), file)
  return buildPlanFileModel(doc, file, { sha256: sha256Hex(bytes), sizeBytes: bytes.byteLength })
}
