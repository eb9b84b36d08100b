/**
 * Loading plan JSON: bytes → text (BOMs, UTF-16, wrapper preambles) → JSON → zod → model.
 * Pure: callers pass bytes; reading files is the CLI's and the action's job (file.ts).
 *
 * Two paths build the same model. `loadPlanFromBytes` takes the streaming path (fast.ts), which
 * fully parses only the parts the review reads; `loadPlanFromBytesFull` is the reference:
 * decode everything, JSON.parse everything, validate with zod. test/plan/fast-load.test.ts
 * holds them equal on every corpus plan.
 */
import { createHash } from 'node:crypto'
import {
  PLAN_PART_KEYS,
  invalidPlanError,
  notJsonError,
  notObjectError,
  notPlanError,
  planMetaOf,
  toDriftEntry,
  toOutputChanges,
  toResourceChange,
  byAddress
} from './build.js'
import { JSON_START, loadPlanFromBytesFast } from './fast.js'
import { planDocumentSchema } from './schema.js'
import type { PlanDocument } from './schema.js'
import type { PlanFileModel } from './types.js'

export { PlanLoadError, SUPPORTED_FORMAT_MAJOR, byAddress, majorOf } from './build.js'

/** Decodes file bytes to text: UTF-8 (with or without BOM) and UTF-16 LE/BE (BOM or not). */
export function decodePlanBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  // PowerShell `>` writes UTF-16 LE; without a BOM the second byte of "{" is NUL.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0)
    return new TextDecoder('utf-16le').decode(bytes)
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0)
    return new TextDecoder('utf-16be').decode(bytes)
  const text = new TextDecoder('utf-8').decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Finds the JSON object in text that may carry a preamble and trailer, as written by
 * hashicorp/setup-terraform's wrapper (`[command]/.../terraform-bin show -json tfplan` before,
 * `::debug::` lines after) or by a shell that echoed the command.
 */
export function extractJsonText(text: string): string {
  const start = text.search(JSON_START)
  if (start <= 0) return text
  const body = text.slice(start)
  const end = body.lastIndexOf('}')
  return end === -1 ? body : body.slice(0, end + 1)
}

/** Parses and validates plan text into a raw document, or throws PlanLoadError. */
export function parsePlanDocument(text: string, file: string): PlanDocument {
  let json: unknown
  try {
    json = JSON.parse(extractJsonText(text))
  } catch (error) {
    throw notJsonError(file, error instanceof Error ? error.message : String(error))
  }
  return validatePlanDocument(json, file)
}

export function validatePlanDocument(json: unknown, file: string): PlanDocument {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw notObjectError(file)
  const result = planDocumentSchema.safeParse(json)
  if (!result.success) throw invalidPlanError(file, result.error.issues)
  const doc = result.data
  if (!PLAN_PART_KEYS.some((key) => key in doc)) throw notPlanError(file)
  return doc
}

/** Normalises a validated document into the model. */
export function buildPlanFileModel(
  doc: PlanDocument,
  file: string,
  source: { sha256: string; sizeBytes: number }
): PlanFileModel {
  return {
    meta: planMetaOf(doc, file, source, doc.deferred_changes?.length ?? 0),
    changes: (doc.resource_changes ?? []).map((rc) => toResourceChange(rc, file)).sort(byAddress),
    drift: (doc.resource_drift ?? []).map((rc) => toDriftEntry(rc, file)).sort(byAddress),
    outputs: toOutputChanges(doc.output_changes, file)
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Bytes of one plan file → model, by the streaming path: only resource_changes, resource_drift,
 * output_changes and the top-level scalars are parsed. Throws PlanLoadError for unusable input.
 */
export function loadPlanFromBytes(bytes: Uint8Array, file: string): PlanFileModel {
  return loadPlanFromBytesFast(bytes, file, loadPlanFromBytesFull)
}

/** The reference path: decode, JSON.parse and validate the whole document. */
export function loadPlanFromBytesFull(bytes: Uint8Array, file: string): PlanFileModel {
  const doc = parsePlanDocument(decodePlanBytes(bytes), file)
  return buildPlanFileModel(doc, file, { sha256: sha256Hex(bytes), sizeBytes: bytes.byteLength })
}
