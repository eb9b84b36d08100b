/**
 * A byte-level, validating scanner for the top level of one JSON document, fed in chunks.
 *
 * It checks the whole document against the JSON grammar (as strictly as JSON.parse: string
 * escapes, control characters, number syntax, literals, nesting, trailing bytes) without
 * building any value, and hands the caller only the top-level members it asks for: a member's
 * whole value, each element of a top-level array member (one at a time, so memory does not grow
 * with the array), or just the element count. Captured containers are only delimited here
 * (strings and brackets): the caller JSON.parses them, which validates them.
 *
 * Why a hand-written scanner (measured on the bench plans, 2-core EPYC, Node 20, see
 * scripts/bench.mjs and the numbers in fast.ts): on the 55 MB 10k-change plan,
 * JSON.parse(readFileSync) runs at ~75 MB/s (it builds everything, in a two-byte string as soon
 * as the plan holds one character past Latin-1); the streaming JSON libraries, which emit
 * every token as a JS event, are slower still: stream-json 3.8 (parser + pick + streamArray)
 * 7.8 MB/s, @streamparser/json 0.0.26 (paths ['$.resource_changes.*']) 30 MB/s. This scanner
 * validates the skipped parts at ~490 MB/s and delimits the captured ones at ~600 MB/s, and
 * the loader spends its time where it must: JSON.parse of the changes, redaction, the model.
 *
 * Offsets are bytes from the start of the scanned text (the caller adds any preamble length).
 */

/** What the caller wants from one top-level member. */
export const MemberMode = {
  /** Validate and forget. */
  skip: 0,
  /** The whole value, as text. */
  value: 1,
  /** If an array: each element's text, then the count. Otherwise the whole value. */
  elements: 2,
  /** If an array: the element count only. Otherwise the whole value. */
  count: 3
} as const
export type MemberMode = (typeof MemberMode)[keyof typeof MemberMode]

export interface TopLevelSink {
  /** A top-level member's value starts; `key` is decoded. Called again for a duplicate key. */
  member(key: string): MemberMode
  value(key: string, text: string): void
  /** One element of an `elements` member: its JSON text is bytes[start, end). */
  element(key: string, bytes: Buffer, start: number, end: number): void
  arrayEnd(key: string, count: number): void
  /**
   * Optional: finds the end of an object or array element starting at bytes[start] (index after
   * it, or -1 when the buffer ends first), in place of the scanner's own skip, so that the sink
   * can note what it passes; element() follows at once on the same bytes when it succeeds. The
   * element is JSON.parsed afterwards, so this needs to track only strings and brackets.
   */
  skipElement?(bytes: Buffer, start: number): number
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
    this.name = 'JsonSyntaxError'
  }
}

// What may come next (outside a token).
const S_VALUE = 0
const S_VALUE_OR_CLOSE = 1 // just after '['
const S_KEY_OR_CLOSE = 2 // just after '{'
const S_KEY = 3 // after ',' in an object
const S_COLON = 4
const S_AFTER = 5 // after a value: ',' or the container's close
const S_DONE = 6

const OBJECT = 1
const ARRAY = 2

// Bytes.
const QUOTE = 0x22
const BACKSLASH = 0x5c
const LBRACE = 0x7b
const RBRACE = 0x7d
const LBRACKET = 0x5b
const RBRACKET = 0x5d
const COMMA = 0x2c
const COLON = 0x3a
const MINUS = 0x2d

/** 1 for JSON whitespace. */
const WS = new Uint8Array(256)
for (const c of [0x20, 0x0a, 0x0d, 0x09]) WS[c] = 1
/** 1 for bytes valid after a backslash (other than 'u'). */
const ESCAPE = new Uint8Array(256)
for (const c of '"\\/bfnrt') ESCAPE[c.charCodeAt(0)] = 1
const HEX = new Uint8Array(256)
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/**
 * The longest single token or captured value (a resource change, `output_changes`) the scanner
 * carries across chunks. Far above any real one; it bounds the work on a corrupt file.
 */
const MAX_CARRY_BYTES = 256 << 20

/** Result of scanning one token from i: the index after it, or -1 when the buffer ended first. */
const NEED_MORE = -1

function describe(c: number): string {
  return c >= 0x20 && c < 0x7f
    ? `'${String.fromCharCode(c)}'`
    : `byte 0x${c.toString(16).padStart(2, '0')}`
}

export interface ScannerOptions {
  /**
   * A setup-terraform style trailer may follow the document (extractJsonText cuts the text at
   * its last '}'): anything may follow except another '}'. Otherwise only whitespace may follow.
   */
  readonly trailer?: boolean
  /** Added to offsets in error messages (the length of a preamble the caller skipped). */
  readonly offsetBase?: number
}

export class TopLevelScanner {
  private readonly sink: TopLevelSink
  private readonly trailer: boolean
  private readonly offsetBase: number

  /** The start of a token cut by the previous chunk's end, and the absolute offset of carry[0]. */
  private carry: Buffer = Buffer.alloc(0)
  private carryBase = 0
  /** Absolute offset where the next chunk starts. */
  private inputEnd = 0
  /** Chunks held while a token longer than a chunk is pending (see pushStalled). */
  private stalled: Buffer[] | undefined
  private stalledBytes = 0
  /** Absolute offset of the next byte to scan. */
  private pos = 0

  private state = S_VALUE
  private stack = new Uint8Array(64)
  private depth = 0
  private topIsObject = false

  // Top-level member being read.
  private key = ''
  private mode: MemberMode = MemberMode.skip
  private memberStart = -1
  private arrayMode = false
  private elements = 0
  /**
   * Start of the value being captured (a member's or an element's), or -1. A captured value is
   * always whole in the buffer where it ends: containers are skipped in one go and scalars are
   * tokens, and either is scanned again from its start when a chunk cuts it.
   */
  private captureStart = -1

  constructor(sink: TopLevelSink, options: ScannerOptions = {}) {
    this.sink = sink
    this.trailer = options.trailer ?? false
    this.offsetBase = options.offsetBase ?? 0
  }

  /**
   * Scans a chunk. The chunk is not retained: anything still needed is copied (the start of a
   * token it cuts, and the part of a captured value it holds), never the whole chunk.
   */
  push(chunk: Uint8Array): void {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    const base = this.inputEnd
    this.inputEnd += buf.length
    if (this.stalled) {
      this.pushStalled(buf)
      return
    }
    if (this.carry.length > 0 && !this.finishCarried(buf, base)) return
    this.scan(buf, base, false)
    const from = this.pos - base
    this.carry = from >= buf.length ? Buffer.alloc(0) : Buffer.from(buf.subarray(from))
    this.carryBase = this.pos
  }

  /**
   * Completes the token cut by the previous chunk on the carry joined with a prefix of this
   * chunk (grown as needed), so a cut token does not cost a copy of the chunk. Returns false
   * when the whole chunk was inside that token.
   */
  private finishCarried(buf: Buffer, base: number): boolean {
    for (let k = Math.min(buf.length, 1 << 16); ; k = Math.min(buf.length, k * 4)) {
      const joined = Buffer.concat([this.carry, buf.subarray(0, k)])
      this.scan(joined, this.carryBase, false)
      if (this.pos >= base) break
      if (k === buf.length) {
        // Still inside the token: it all becomes the carry, and further chunks wait.
        this.carry = joined.subarray(this.pos - this.carryBase)
        this.carryBase = this.pos
        this.stalled = []
        this.stalledBytes = 0
        return false
      }
    }
    this.carry = Buffer.alloc(0)
    return true
  }

  /**
   * A token (or captured value) longer than a chunk: chunks are kept until there are as many
   * new bytes as carried ones, then scanned again in one go, so a long value costs linear time,
   * not a rescan per chunk. A value that never ends (a corrupt file) stops at MAX_CARRY_BYTES.
   */
  private pushStalled(buf: Buffer): void {
    const stalled = this.stalled as Buffer[]
    stalled.push(Buffer.from(buf))
    this.stalledBytes += buf.length
    if (this.carry.length + this.stalledBytes > MAX_CARRY_BYTES) {
      throw this.error(
        `A single value longer than ${MAX_CARRY_BYTES >> 20} MB (unterminated?)`,
        this.pos
      )
    }
    if (this.stalledBytes < this.carry.length) return
    const joined = Buffer.concat([this.carry, ...stalled])
    this.stalled = undefined
    this.scan(joined, this.carryBase, false)
    const from = this.pos - this.carryBase
    if (from === 0) {
      // Still unfinished.
      this.carry = joined
      this.stalled = []
      this.stalledBytes = 0
      return
    }
    this.carry = from >= joined.length ? Buffer.alloc(0) : Buffer.from(joined.subarray(from))
    this.carryBase = this.pos
  }

  /** Text of the capture ending at `end` (whole in this buffer, see captureStart). */
  private captured(buf: Buffer, base: number, end: number): [Buffer, number, number] {
    const start = this.captureStart
    this.captureStart = -1
    if (start < base)
      throw new Error('TopLevelScanner: a captured value is not whole in its buffer')
    return [buf, start - base, end - base]
  }

  /** Ends the input; throws JsonSyntaxError if the document is incomplete. */
  end(): void {
    if (this.stalled) {
      this.carry = Buffer.concat([this.carry, ...this.stalled])
      this.stalled = undefined
    }
    if (this.carry.length > 0) this.scan(this.carry, this.carryBase, true)
    this.carry = Buffer.alloc(0)
    if (this.state !== S_DONE) throw this.error('Unexpected end of JSON input', this.pos)
  }

  private error(message: string, offset: number): JsonSyntaxError {
    const at = offset + this.offsetBase
    return new JsonSyntaxError(`${message} at byte ${at}`, at)
  }

  private unexpected(c: number, offset: number): JsonSyntaxError {
    return this.error(`Unexpected ${describe(c)}`, offset)
  }

  /**
   * The hot loop. `base` is the absolute offset of buf[0]; scanning starts at this.pos. On a
   * token cut by the end of the buffer, stops with this.pos at the token's start (unless final).
   * State lives in locals here (and is written back before any hook and at the end): this loop
   * runs once per token of a file of hundreds of MB.
   */
  private scan(buf: Buffer, base: number, final: boolean): void {
    const n = buf.length
    let i = this.pos - base
    let state = this.state
    let depth = this.depth
    let stack = this.stack
    while (i < n) {
      let c = buf[i] as number
      if (WS[c] === 1) {
        i++
        continue
      }
      if (state === S_AFTER) {
        if (c === COMMA) {
          i++
          if (stack[depth - 1] === ARRAY) {
            state = S_VALUE
            continue
          }
          state = S_KEY
          if (i >= n) break
          c = buf[i] as number
          if (c !== QUOTE) continue
          // Fall through to the key right away (compact JSON has no whitespace here).
        } else if (c === RBRACE || c === RBRACKET) {
          if (stack[depth - 1] !== (c === RBRACE ? OBJECT : ARRAY))
            throw this.unexpected(c, base + i)
          i++
          depth--
          if (depth <= 2) {
            this.depth = depth
            this.valueEnd(buf, base, base + i)
          }
          state = depth === 0 ? S_DONE : S_AFTER
          continue
        } else {
          throw this.unexpected(c, base + i)
        }
      }
      if (state === S_KEY || state === S_KEY_OR_CLOSE) {
        if (c === QUOTE) {
          const end = scanString(buf, i)
          if (end === NEED_MORE) break
          if (end < 0) throw this.badString(buf, base, i)
          if (depth === 1 && this.topIsObject) this.key = decodeKey(buf, i, end)
          i = end
          if (i < n && buf[i] === COLON) {
            i++
            state = S_VALUE
          } else {
            state = S_COLON
          }
          continue
        }
        if (c === RBRACE && state === S_KEY_OR_CLOSE) {
          i++
          depth--
          if (depth <= 2) {
            this.depth = depth
            this.valueEnd(buf, base, base + i)
          }
          state = depth === 0 ? S_DONE : S_AFTER
          continue
        }
        throw this.unexpected(c, base + i)
      }
      if (state === S_COLON) {
        if (c !== COLON) throw this.unexpected(c, base + i)
        state = S_VALUE
        i++
        continue
      }
      if (state === S_DONE) {
        if (!this.trailer || c === RBRACE) throw this.unexpected(c, base + i)
        i++
        continue
      }
      // S_VALUE or S_VALUE_OR_CLOSE.
      if (c === RBRACKET && state === S_VALUE_OR_CLOSE) {
        i++
        depth--
        if (depth <= 2) {
          this.depth = depth
          this.valueEnd(buf, base, base + i)
        }
        state = depth === 0 ? S_DONE : S_AFTER
        continue
      }
      if (depth <= 2) {
        this.depth = depth
        this.valueStart(c, base + i)
        if (this.captureStart === base + i && (c === LBRACE || c === LBRACKET)) {
          // The caller JSON.parses every captured value, which validates it: here only find
          // its end (strings and brackets), which is ~2x cheaper than the full state machine.
          const end =
            this.arrayMode && depth === 2 && this.sink.skipElement
              ? this.sink.skipElement(buf, i)
              : skipContainer(buf, i)
          if (end === NEED_MORE) break
          i = end
          this.valueEnd(buf, base, base + i)
          state = depth === 0 ? S_DONE : S_AFTER
          continue
        }
      }
      if (c === LBRACE || c === LBRACKET) {
        if (depth === stack.length) {
          const grown = new Uint8Array(stack.length * 2)
          grown.set(stack)
          stack = this.stack = grown
        }
        i++
        if (c === LBRACE) {
          stack[depth++] = OBJECT
          state = S_KEY_OR_CLOSE
        } else {
          stack[depth++] = ARRAY
          state = S_VALUE_OR_CLOSE
        }
        continue
      }
      let end: number
      if (c === QUOTE) {
        end = scanString(buf, i)
        if (end < NEED_MORE) throw this.badString(buf, base, i)
      } else if (c === MINUS || isDigit(c)) {
        end = scanNumber(buf, i, final)
        if (end < NEED_MORE) throw this.error('Bad number', base + i)
      } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
        end = scanLiteral(buf, i)
        if (end < NEED_MORE) throw this.unexpected(c, base + i)
      } else {
        throw this.unexpected(c, base + i)
      }
      if (end === NEED_MORE) break
      i = end
      if (depth <= 2) {
        this.depth = depth
        this.valueEnd(buf, base, base + i)
      }
      state = depth === 0 ? S_DONE : S_AFTER
    }
    this.pos = base + i
    this.state = state
    this.depth = depth
    if (final && i < n) {
      // A token cut by the end of input.
      throw this.error('Unexpected end of JSON input', base + n)
    }
  }

  private badString(buf: Buffer, base: number, start: number): JsonSyntaxError {
    // Find the offending byte for the message.
    for (let j = start + 1; j < buf.length; j++) {
      const c = buf[j] as number
      if (c < 0x20) return this.error(`Bad control character in string literal`, base + j)
      if (c === BACKSLASH) {
        const e = buf[j + 1] as number
        if (e === 0x75) {
          for (let k = 2; k < 6; k++)
            if (HEX[buf[j + k] as number] !== 1) return this.error('Bad Unicode escape', base + j)
          j += 5
        } else if (ESCAPE[e] !== 1) return this.error('Bad escaped character', base + j)
        else j++
      }
    }
    return this.error('Bad string', base + start)
  }

  /** A value starts at depth <= 2 (only these matter to the caller). */
  private valueStart(c: number, at: number): void {
    if (this.depth === 0) {
      this.topIsObject = c === LBRACE
      return
    }
    if (!this.topIsObject) return
    // A scalar cut by a chunk's end is scanned again from its start: announce it once.
    if (this.depth === 1 && this.memberStart !== at) {
      this.mode = this.sink.member(this.key)
      this.memberStart = at
      this.arrayMode =
        c === LBRACKET && (this.mode === MemberMode.elements || this.mode === MemberMode.count)
      this.elements = 0
      if (this.mode !== MemberMode.skip && !this.arrayMode) this.startCapture(at)
    } else if (
      this.depth === 2 &&
      this.arrayMode &&
      this.mode === MemberMode.elements &&
      this.captureStart !== at
    ) {
      this.startCapture(at)
    }
  }

  private startCapture(at: number): void {
    this.captureStart = at
  }

  /** A value ended at depth <= 2 (after the close, depth is the parent's). */
  private valueEnd(buf: Buffer, base: number, end: number): void {
    if (!this.topIsObject) return
    if (this.depth === 1) {
      if (this.arrayMode) this.sink.arrayEnd(this.key, this.elements)
      else if (this.mode !== MemberMode.skip) {
        const [bytes, start, stop] = this.captured(buf, base, end)
        this.sink.value(this.key, bytes.toString('utf8', start, stop))
      }
      this.mode = MemberMode.skip
      this.memberStart = -1
      this.arrayMode = false
    } else if (this.depth === 2 && this.arrayMode) {
      this.elements++
      if (this.mode === MemberMode.elements)
        this.sink.element(this.key, ...this.captured(buf, base, end))
    }
  }

  /** Whether the top-level value is an object (only meaningful once started). */
  get isObject(): boolean {
    return this.topIsObject
  }
}

/**
 * Scans a string token starting at the opening quote at `start`. Returns the index after the
 * closing quote, NEED_MORE if the buffer ends first, or -2 for an invalid string.
 */
function scanString(buf: Buffer, start: number): number {
  const n = buf.length
  let i = start + 1
  for (;;) {
    // Most bytes of a plan are string content: keep this loop tight.
    while (i < n) {
      const c = buf[i] as number
      if (c === QUOTE || c === BACKSLASH || c < 0x20) break
      i++
    }
    if (i >= n) return NEED_MORE
    const c = buf[i] as number
    if (c === QUOTE) return i + 1
    if (c < 0x20) return -2
    // Backslash escape.
    if (i + 1 >= n) return NEED_MORE
    const e = buf[i + 1] as number
    if (e === 0x75) {
      if (i + 5 >= n) return NEED_MORE
      if (
        HEX[buf[i + 2] as number] !== 1 ||
        HEX[buf[i + 3] as number] !== 1 ||
        HEX[buf[i + 4] as number] !== 1 ||
        HEX[buf[i + 5] as number] !== 1
      )
        return -2
      i += 6
    } else {
      if (ESCAPE[e] !== 1) return -2
      i += 2
    }
  }
}

/**
 * Finds the end of the object or array starting at `start` by tracking strings and brackets
 * only (no validation: for values the caller JSON.parses). Returns the index after it, or
 * NEED_MORE.
 */
function skipContainer(buf: Buffer, start: number): number {
  const n = buf.length
  let depth = 0
  let i = start
  while (i < n) {
    const c = buf[i] as number
    if (c === QUOTE) {
      i++
      for (;;) {
        if (i >= n) return NEED_MORE
        const d = buf[i] as number
        if (d === QUOTE) break
        i += d === BACKSLASH ? 2 : 1
      }
    } else if (c === LBRACE || c === LBRACKET) {
      depth++
    } else if (c === RBRACE || c === RBRACKET) {
      if (--depth === 0) return i + 1
    }
    i++
  }
  return NEED_MORE
}

/**
 * JSON number grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? A number that reaches the buffer's
 * end may go on in the next chunk (NEED_MORE) unless this is the final buffer and it is complete.
 */
function scanNumber(buf: Buffer, start: number, final: boolean): number {
  const n = buf.length
  let i = start
  if (buf[i] === MINUS) i++
  if (i >= n) return NEED_MORE
  let c = buf[i] as number
  if (c === 0x30) {
    i++
  } else if (c >= 0x31 && c <= 0x39) {
    while (i < n && isDigit(buf[i] as number)) i++
  } else {
    return -2
  }
  if (i >= n) return final ? i : NEED_MORE
  c = buf[i] as number
  if (c === 0x2e) {
    i++
    if (i >= n) return NEED_MORE
    if (!isDigit(buf[i] as number)) return -2
    while (i < n && isDigit(buf[i] as number)) i++
    if (i >= n) return final ? i : NEED_MORE
    c = buf[i] as number
  }
  if (c === 0x65 || c === 0x45) {
    i++
    if (i >= n) return NEED_MORE
    c = buf[i] as number
    if (c === 0x2b || c === MINUS) i++
    if (i >= n) return NEED_MORE
    if (!isDigit(buf[i] as number)) return -2
    while (i < n && isDigit(buf[i] as number)) i++
    if (i >= n) return final ? i : NEED_MORE
  }
  return i
}

const LITERALS: Record<number, Buffer> = {
  0x74: Buffer.from('true'),
  0x66: Buffer.from('false'),
  0x6e: Buffer.from('null')
}

function scanLiteral(buf: Buffer, start: number): number {
  const word = LITERALS[buf[start] as number] as Buffer
  for (let k = 1; k < word.length; k++) {
    const i = start + k
    if (i >= buf.length) return NEED_MORE
    if (buf[i] !== word[k]) return -2
  }
  return start + word.length
}

/** Decodes a key token (with quotes) from start to end (exclusive). */
function decodeKey(buf: Buffer, start: number, end: number): string {
  const raw = buf.toString('utf8', start + 1, end - 1)
  return raw.includes('\\') ? (JSON.parse(buf.toString('utf8', start, end)) as string) : raw
}
