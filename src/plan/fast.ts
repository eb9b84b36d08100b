/**
 * The streaming plan loader: raw file bytes in (any chunking), PlanFileModel out, the same model
 * and the same errors as the full-parse path in load.ts.
 *
 * Most bytes of a big plan are `prior_state`, `planned_values` and `configuration`, which the
 * review never reads. The scanner (scan.ts) validates them as JSON without building them; only
 * the top-level scalars, `output_changes` and each element of `resource_changes` and
 * `resource_drift` are JSON.parsed, one element at a time, validated and turned into the model
 * right away, so memory holds the model and a chunk or two, not the document.
 *
 * Measured on the generated 50k-change plan (274 MB, scripts/bench.mjs, idle 2-core EPYC, Node 20):
 * JSON.parse(readFileSync) 2.4 s and 935 MB peak RSS; loadPlanFile 1.4 s and 230 MB. Where the
 * loader's time goes (CPU profile of the review): validating the skipped 56% ~0.55 s,
 * delimiting the changes ~0.2 s, JSON.parse of the changes ~0.3 s, redaction ~0.3 s (redact.ts's
 * pre-check and copy-on-write took redactValue from 555 ms to 94 ms on the 10k plan), zod
 * ~0.1 s (so every change simply meets the schema; a hand-written check saved only ~0.05 s),
 * sha256 ~0.16 s. A no-op change's `after` is byte for byte its `before`: that text is parsed,
 * and redacted, once.
 */
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import {
  PLAN_PART_KEYS,
  PlanLoadError,
  byAddress,
  invalidPlanError,
  notJsonError,
  notObjectError,
  notPlanError,
  planMetaOf,
  toDriftEntry,
  toOutputChanges,
  toResourceChange
} from './build.js'
import { JsonSyntaxError, MemberMode, TopLevelScanner } from './scan.js'
import type { TopLevelSink } from './scan.js'
import { planDocumentSchema, resourceChangeSchema } from './schema.js'
import type { PlanDocument, RawResourceChange } from './schema.js'
import type { DriftEntry, PlanFileModel, ResourceChange } from './types.js'

/** Where the JSON starts: a line that begins (after whitespace) with '{' (see extractJsonText). */
export const JSON_START = /^\s*\{/m

/** How far to look for the start of the JSON behind a preamble before giving up on streaming. */
const MAX_PREAMBLE_BYTES = 16 << 20

/** Above this, the full-parse fallback cannot hold the text (V8's string limit is ~512 MiB). */
const MAX_FALLBACK_BYTES = 256 << 20

type Encoding = { kind: 'utf-8'; skip: number } | { kind: 'utf-16le' | 'utf-16be'; skip: number }

/** The same choice as decodePlanBytes, from the first bytes (at least 6, or all there is). */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'utf-16le', skip: 2 }
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'utf-16be', skip: 2 }
  if (head.length >= 2 && head[0] !== 0 && head[1] === 0) return { kind: 'utf-16le', skip: 0 }
  if (head.length >= 2 && head[0] === 0 && head[1] !== 0) return { kind: 'utf-16be', skip: 0 }
  // TextDecoder drops one UTF-8 BOM and decodePlanBytes a second one.
  const bom = (at: number): boolean =>
    head[at] === 0xef && head[at + 1] === 0xbb && head[at + 2] === 0xbf
  return { kind: 'utf-8', skip: bom(0) ? (bom(3) ? 6 : 3) : 0 }
}

const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09])

/**
 * Byte offset of the JSON in UTF-8 text, as extractJsonText finds it: `undefined` when more
 * bytes are needed to tell, 'fallback' when only the full path can tell.
 */
function findJsonStart(
  head: Buffer,
  final: boolean
): { offset: number; trailer: boolean } | undefined | 'fallback' {
  let i = 0
  while (i < head.length && WHITESPACE.has(head[i] as number)) i++
  if (i < head.length && head[i] === 0x7b) return { offset: 0, trailer: false }
  if (i === head.length && !final) return undefined
  // A preamble (or not JSON at all): the same regex on the decoded prefix.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(head)
  const start = text.search(JSON_START)
  if (start === 0) return { offset: 0, trailer: false }
  if (start > 0) {
    const before = text.slice(0, start)
    // Replacement characters do not map back to byte lengths.
    return before.includes('\ufffd')
      ? 'fallback'
      : { offset: Buffer.byteLength(before, 'utf8'), trailer: true }
  }
  if (final || head.length >= MAX_PREAMBLE_BYTES) return 'fallback'
  return undefined
}

/** Shape order of planDocumentSchema: zod reports issues in this order, so we sort by it. */
const KEY_RANK = new Map(Object.keys(planDocumentSchema.shape).map((k, i) => [k, i]))
const rankOf = (issue: z.core.$ZodIssue): number => KEY_RANK.get(String(issue.path[0])) ?? -1

const SCALARS = new Set([
  'format_version',
  'terraform_version',
  'applyable',
  'complete',
  'errored',
  'timestamp',
  'output_changes'
])
const PRESENCE_ONLY = new Set(['planned_values', 'prior_state', 'configuration'])
type ListKey = 'resource_changes' | 'resource_drift'

/** Collects the parts of the document the model needs, as the scanner finds them. */
class PlanSink implements TopLevelSink {
  readonly present = new Set<string>()
  /** Parsed whole values: scalars, output_changes, and list members that are not arrays. */
  readonly values = new Map<string, unknown>()
  /** Members that were arrays, with their element count. */
  readonly arrays = new Map<string, number>()
  changes: ResourceChange[] = []
  drift: DriftEntry[] = []
  /** Zod issues per list member (at most 3 each: only the first 3 overall are reported). */
  readonly issues = new Map<ListKey, z.core.$ZodIssue[]>()
  private index = 0

  constructor(private readonly file: string) {}

  member(key: string): MemberMode {
    if (key === 'resource_changes' || key === 'resource_drift') {
      // A duplicate key replaces the earlier value, as in JSON.parse.
      this.present.add(key)
      this.values.delete(key)
      this.arrays.delete(key)
      this.issues.delete(key)
      if (key === 'resource_changes') this.changes = []
      else this.drift = []
      this.index = 0
      return MemberMode.elements
    }
    if (key === 'deferred_changes') {
      this.present.add(key)
      this.values.delete(key)
      this.arrays.delete(key)
      return MemberMode.count
    }
    if (SCALARS.has(key)) {
      this.present.add(key)
      return MemberMode.value
    }
    if (PRESENCE_ONLY.has(key)) this.present.add(key)
    return MemberMode.skip
  }

  value(key: string, text: string): void {
    this.values.set(key, parse(text, this.file, `"${key}"`))
  }

  arrayEnd(key: string, count: number): void {
    this.arrays.set(key, count)
  }

  /** [element start, before start, before end, after start, after end], from skipElement. */
  private readonly spans = [-1, -1, -1, -1, -1]

  skipElement(bytes: Buffer, start: number): number {
    return skipResourceChange(bytes, start, this.spans)
  }

  element(key: string, bytes: Buffer, start: number, end: number): void {
    const listKey = key as ListKey
    const index = this.index++
    const [at, beforeStart, beforeEnd, afterStart, afterEnd] = this.spans as [
      number,
      number,
      number,
      number,
      number
    ]
    this.spans[0] = -1
    // Most changes of a big plan are no-ops whose `after` is byte for byte its `before`: parse
    // that text once and use the value for both (JSON.parse is the largest cost of the load).
    // The text left out is the same bytes as the `before` still parsed, so validity is unchanged.
    const sameAfter =
      at === start &&
      beforeStart >= 0 &&
      afterStart >= 0 &&
      beforeEnd - beforeStart === afterEnd - afterStart &&
      bytes.compare(bytes, afterStart, afterEnd, beforeStart, beforeEnd) === 0
    const text = sameAfter
      ? `${bytes.toString('utf8', start, afterStart)}null${bytes.toString('utf8', afterEnd, end)}`
      : bytes.toString('utf8', start, end)
    // Always parse: elements are validated as JSON only here.
    const raw = parse(text, this.file, `${key}[${index}]`)
    if (sameAfter) {
      const change = (raw as { change: { before: unknown; after: unknown } }).change
      change.after = change.before
    }
    const issues = this.issues.get(listKey)
    if (issues && issues.length >= 3) return
    // Each change is validated on its own, with the schema the full path applies to the array
    // (measured: ~0.1 s for 50k changes; a hand-written check would save ~0.05 s of it).
    const result = resourceChangeSchema.safeParse(raw)
    if (!result.success) {
      const list = issues ?? []
      for (const issue of result.error.issues)
        list.push({ ...issue, path: [listKey, index, ...issue.path] })
      this.issues.set(listKey, list)
      return
    }
    // After an invalid element the load fails anyway: stop building the model.
    if (issues) return
    const rc: RawResourceChange = result.data
    if (listKey === 'resource_changes') this.changes.push(toResourceChange(rc, this.file))
    else this.drift.push(toDriftEntry(rc, this.file))
  }

  /** Validates what was collected as planDocumentSchema would the whole document; builds the model. */
  build(source: { sha256: string; sizeBytes: number }): PlanFileModel {
    // The document minus the parts already validated (list elements) or never read.
    const doc: Record<string, unknown> = {}
    for (const key of this.present) {
      if (PRESENCE_ONLY.has(key)) doc[key] = null
      else if (this.arrays.has(key)) doc[key] = []
      else doc[key] = this.values.get(key)
    }
    const result = planDocumentSchema.safeParse(doc)
    const issues = [
      ...(result.success ? [] : result.error.issues),
      ...[...this.issues.values()].flat()
    ]
    if (issues.length > 0) {
      throw invalidPlanError(
        this.file,
        issues.sort((a, b) => rankOf(a) - rankOf(b))
      )
    }
    if (!PLAN_PART_KEYS.some((key) => this.present.has(key))) throw notPlanError(this.file)
    const valid = (result as { data: PlanDocument }).data
    return {
      meta: planMetaOf(valid, this.file, source, this.arrays.get('deferred_changes') ?? 0),
      changes: this.changes.sort(byAddress),
      drift: this.drift.sort(byAddress),
      outputs: toOutputChanges(valid.output_changes, this.file)
    }
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const KEY_CHANGE = Buffer.from('change')
const KEY_BEFORE = Buffer.from('before')
const KEY_AFTER = Buffer.from('after')

function keyIs(bytes: Buffer, from: number, to: number, key: Buffer): boolean {
  if (to - from !== key.length) return false
  for (let k = 0; k < key.length; k++) if (bytes[from + k] !== key[k]) return false
  return true
}

/**
 * Finds the end of one resource change (an object or array at bytes[start]) tracking strings and
 * brackets only, as the scanner's own skip does, and notes where the object values of its
 * `change.before` and `change.after` lie: spans = [start, before start, before end, after
 * start, after end], with spans[0] = -1 when a key is seen twice or the shape is other.
 * Returns the index after the element, or -1 when the buffer ends first.
 */
export function skipResourceChange(bytes: Buffer, start: number, spans: number[]): number {
  const n = bytes.length
  spans.fill(-1)
  let depth = 0
  let i = start
  let inChange = false // inside the element's "change" object (depth 2)
  let keyNext = false // the next string is a key of the element or of its change
  let pending = 0 // the value about to start is that of: 1 change, 2 before, 3 after
  let spanFrom = -1
  let spanOf = 0
  let seen = 0 // bit flags of keys seen: 1 change, 2 before, 4 after
  let twice = false
  while (i < n) {
    const c = bytes[i] as number
    if (c === QUOTE) {
      const from = ++i
      for (;;) {
        if (i >= n) return -1
        const d = bytes[i] as number
        if (d === QUOTE) break
        i += d === BACKSLASH ? 2 : 1
      }
      if (keyNext) {
        keyNext = false
        const flag =
          depth === 1
            ? keyIs(bytes, from, i, KEY_CHANGE)
              ? 1
              : 0
            : keyIs(bytes, from, i, KEY_BEFORE)
              ? 2
              : keyIs(bytes, from, i, KEY_AFTER)
                ? 4
                : 0
        if (flag !== 0) {
          if ((seen & flag) !== 0) twice = true
          seen |= flag
        }
        pending = flag === 4 ? 3 : flag
      } else {
        pending = 0
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (depth === 1 && pending === 1 && c === 0x7b) inChange = true
      else if (depth === 2 && inChange && pending >= 2) {
        spanFrom = i
        spanOf = pending
      }
      pending = 0
      depth++
      keyNext = c === 0x7b && (depth === 1 || (depth === 2 && inChange))
    } else if (c === 0x7d || c === 0x5d) {
      depth--
      if (depth === 2 && spanOf !== 0) {
        spans[spanOf === 2 ? 1 : 3] = spanFrom
        spans[spanOf === 2 ? 2 : 4] = i + 1
        spanOf = 0
      } else if (depth === 1) {
        inChange = false
      } else if (depth === 0) {
        spans[0] = twice ? -1 : start
        return i + 1
      }
    } else if (c === 0x2c) {
      keyNext = depth === 1 || (depth === 2 && inChange)
      pending = 0
    } else if (c !== 0x3a && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
      pending = 0 // a number or literal value
    }
    i++
  }
  return -1
}

/** JSON.parse of a captured value: the scanner validated all but the inside of containers. */
function parse(text: string, file: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw notJsonError(
      file,
      `${error instanceof Error ? error.message : String(error)}, in ${where}`
    )
  }
}

/**
 * Loads a plan from its raw bytes pushed in chunks of any size. The chunks are not retained.
 * `fallback` loads whole bytes by the full-parse path, for the rare inputs only it can settle
 * (a preamble that is not valid UTF-8 or longer than 16 MB, or no JSON object at all).
 */
export class PlanStreamLoader {
  private readonly hash = createHash('sha256')
  private size = 0
  private encoding: Encoding | undefined
  private utf16: InstanceType<typeof TextDecoder> | undefined
  /** Raw bytes held until the encoding is known, then UTF-8 bytes until the JSON start is. */
  private head: Buffer[] = []
  private headLength = 0
  private scanner: TopLevelScanner | undefined
  private readonly sink: PlanSink
  /** Raw bytes until the scanner starts, in case only the full path can load this input. */
  private rawHead: Buffer[] = []
  /** Set when only the full path can load this input: every raw byte is kept for it. */
  private all: Buffer[] | undefined

  constructor(
    private readonly file: string,
    private readonly fallback: (bytes: Uint8Array, file: string) => PlanFileModel
  ) {
    this.sink = new PlanSink(file)
  }

  push(chunk: Uint8Array): void {
    if (chunk.byteLength === 0) return
    this.hash.update(chunk)
    this.size += chunk.byteLength
    if (this.all) {
      this.all.push(Buffer.from(chunk))
      return
    }
    if (!this.scanner) this.rawHead.push(Buffer.from(chunk))
    try {
      this.decode(chunk, false)
    } catch (error) {
      throw this.loadError(error)
    }
  }

  /** Ends the input and returns the model, or throws PlanLoadError. */
  finish(): PlanFileModel {
    const source = { sha256: this.hash.digest('hex'), sizeBytes: this.size }
    try {
      if (!this.all) this.decode(new Uint8Array(0), true)
      if (this.all) return this.viaFallback()
      const scanner = this.scanner as TopLevelScanner
      scanner.end()
      if (!scanner.isObject) throw notObjectError(this.file)
      return this.sink.build(source)
    } catch (error) {
      throw this.loadError(error)
    }
  }

  private loadError(error: unknown): unknown {
    if (error instanceof JsonSyntaxError) return notJsonError(this.file, error.message)
    if (error instanceof PlanLoadError) return error
    // Out of memory, a string too long for V8...: still a clear, file-named failure.
    return new PlanLoadError(
      this.file,
      `cannot load: ${error instanceof Error ? error.message : String(error)}`
    )
  }

  private viaFallback(): PlanFileModel {
    const bytes = Buffer.concat(this.all ?? [])
    if (bytes.length > MAX_FALLBACK_BYTES) {
      throw notJsonError(
        this.file,
        'no JSON object found at the start of a line in the first 16 MB'
      )
    }
    return this.fallback(bytes, this.file)
  }

  /** Raw bytes → UTF-8 bytes. */
  private decode(chunk: Uint8Array, final: boolean): void {
    let bytes = chunk
    if (!this.encoding) {
      this.hold(chunk)
      if (this.headLength < 6 && !final) return
      const head = this.takeHead()
      this.encoding = detectEncoding(head)
      if (this.encoding.kind !== 'utf-8') this.utf16 = new TextDecoder(this.encoding.kind)
      bytes = head.subarray(this.encoding.skip)
    }
    if (this.utf16) {
      // UTF-16 plans are transcoded to UTF-8 (lossless: the decoder already turns unpaired
      // surrogates into U+FFFD, as decodePlanBytes does).
      bytes = Buffer.from(this.utf16.decode(bytes, { stream: !final }), 'utf8')
    }
    this.scan(bytes, final)
  }

  /** UTF-8 bytes → scanner, once the start of the JSON is known. */
  private scan(bytes: Uint8Array, final: boolean): void {
    if (this.scanner) {
      this.scanner.push(bytes)
      return
    }
    this.hold(bytes)
    const head = Buffer.concat(this.head, this.headLength)
    const start = findJsonStart(head, final)
    if (start === undefined) return
    if (start === 'fallback') {
      this.all = this.rawHead
      return
    }
    this.head = []
    this.headLength = 0
    this.rawHead = []
    const skipped = (this.encoding?.kind === 'utf-8' ? this.encoding.skip : 0) + start.offset
    this.scanner = new TopLevelScanner(this.sink, { trailer: start.trailer, offsetBase: skipped })
    this.scanner.push(head.subarray(start.offset))
  }

  private hold(bytes: Uint8Array): void {
    if (bytes.byteLength === 0) return
    this.head.push(Buffer.from(bytes))
    this.headLength += bytes.byteLength
  }

  private takeHead(): Buffer {
    const head = Buffer.concat(this.head, this.headLength)
    this.head = []
    this.headLength = 0
    return head
  }
}

/** Bytes of one plan file → model by the streaming path (whole bytes in one chunk). */
export function loadPlanFromBytesFast(
  bytes: Uint8Array,
  file: string,
  fallback: (bytes: Uint8Array, file: string) => PlanFileModel
): PlanFileModel {
  const loader = new PlanStreamLoader(file, fallback)
  loader.push(bytes)
  return loader.finish()
}
