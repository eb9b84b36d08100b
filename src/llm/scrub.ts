/**
 * Text hygiene for what goes to the model, on top of the plan's own redaction.
 *
 * `scrubForModel` runs `scrubText` (src/plan/redact.ts) and then a second, stricter pass for
 * secret shapes that the shared patterns let through, because this text leaves the runner
 * (DESIGN.md invariant 6): `NAME_WITH_SECRET=value` assignments whose key word is glued to a
 * prefix (`AWS_SECRET_ACCESS_KEY=…`, `DB_PASSWORD=…`), JSON-quoted secret keys, and long
 * high-entropy tokens such as AWS secret keys. Over-masking costs the model a little context;
 * under-masking leaks a credential, so the pass errs towards masking.
 *
 * `dataText` makes text safe to place inside a nonce-delimited data block: invisible
 * and bidirectional characters become visible `<U+XXXX>` marks (hidden text is itself a sign of
 * injection), control characters are escaped, and anything resembling a block delimiter or the
 * nonce is defused, so the data cannot close its block (DESIGN.md invariant 8).
 */
import { SECRET_MASK, isSecretKey, scrubText } from '../plan/redact.js'
import { SENSITIVE_MASK } from '../plan/types.js'

const SECRET_WORD = String.raw`(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?)`
/**
 * `[prefix_]SECRETWORD[_suffix]` then `=` or `:` (optionally after a closing quote) then a value.
 * The value stops at whitespace, quotes and the usual separators of env files, URLs and JSON.
 */
const ASSIGNMENT = new RegExp(
  String.raw`(?<![A-Za-z0-9])([A-Za-z0-9_.-]*${SECRET_WORD}[A-Za-z0-9_.-]*["']?\s*[=:]\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s;&,"'}\]]+)`,
  'gi'
)
/** Names that carry the word but hold a reference or a setting, not the secret itself. */
const NOT_A_SECRET_NAME =
  /(?:_arn|_id|_ids|_name|_type|_version|_length|_policy|_rotation|_path|_ttl|_expiry|_enabled|_url|_endpoint)["']?\s*[=:]\s*$/i
/** Candidate tokens: long runs of base64/base64url/hex characters. */
const LONG_TOKEN = /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{32,}(?![A-Za-z0-9+/_=-])/g

const alreadyMasked = (value: string): boolean =>
  value.includes(SECRET_MASK) ||
  value.includes(SENSITIVE_MASK) ||
  value.startsWith('(redacted') ||
  value.startsWith('(sensitive') ||
  value.startsWith('"(')

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>()
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / text.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/**
 * True for tokens that look random: mixed upper case, lower case and digits with high entropy.
 * Hex digests, UUIDs and resource ids are single-case and stay readable.
 */
function looksRandom(token: string): boolean {
  if (!/[A-Z]/.test(token) || !/[a-z]/.test(token) || !/[0-9]/.test(token)) return false
  return entropy(token) >= 4.2
}

/**
 * `scrubText` plus the stricter pass described above, on each piece between existing masks:
 * `scrubText` would otherwise read `password: (redacted secret)` as a password `(redacted`
 * and mask it again.
 */
export function scrubForModel(text: string): string {
  if (!text.includes(SECRET_MASK) && !text.includes(SENSITIVE_MASK)) return scrubPiece(text)
  return text
    .split(SECRET_MASK)
    .map((part) => part.split(SENSITIVE_MASK).map(scrubPiece).join(SENSITIVE_MASK))
    .join(SECRET_MASK)
}

function scrubPiece(text: string): string {
  let out = scrubText(text)
  out = out.replace(ASSIGNMENT, (whole: string, name: string, value: string) =>
    NOT_A_SECRET_NAME.test(name) || alreadyMasked(value) ? whole : `${name}${SECRET_MASK}`
  )
  out = out.replace(LONG_TOKEN, (token) => (looksRandom(token) ? SECRET_MASK : token))
  return out
}

/**
 * Every string leaf of a value through `scrubForModel`, keys too, and strings under
 * secret-named keys masked: the loader does that for the plan's own values, but not inside JSON
 * documents held in strings (`{"password":"…"}` in an environment variable), which land here.
 */
export function scrubValue(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    return key !== '' && isSecretKey(key) && value !== '' ? SECRET_MASK : scrubForModel(value)
  }
  if (Array.isArray(value)) return value.map((v: unknown) => scrubValue(v, key))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[scrubForModel(k)] = scrubValue(v, k)
    }
    return out
  }
  return value
}

/**
 * Code points used to hide, reorder or smuggle text: soft hyphen, combining grapheme joiner,
 * Arabic letter mark, Hangul fillers, Khmer and Mongolian invisibles, zero-width and
 * bidirectional controls, word joiner and invisible operators, variation selectors, BOM,
 * interlinear annotations and Unicode tag characters. Built from ranges at run time because a
 * literal class of combining marks reads as something else in an editor.
 */
const HIDDEN_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfffb],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef]
]
/** C0 and C1 controls (newline and tab included; callers that keep them exclude them). */
const CONTROL_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f]
]

const hex = (cp: number): string => `\\u{${cp.toString(16)}}`
function characterClass(ranges: readonly (readonly [number, number])[]): string {
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')
}

/** A global regex matching hidden characters, and control characters when `controls`. */
export function hiddenCharacters(controls: boolean): RegExp {
  const ranges = controls ? [...CONTROL_RANGES, ...HIDDEN_RANGES] : HIDDEN_RANGES
  return new RegExp(`[${characterClass(ranges)}]`, 'gu')
}

const HIDDEN = hiddenCharacters(false)
/** C0/C1 controls other than newline and tab. */
const CONTROL = new RegExp(
  `[${characterClass([
    [0x00, 0x08],
    [0x0b, 0x1f],
    [0x7f, 0x9f]
  ])}]`,
  'gu'
)

const codePoint = (c: string): string =>
  `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`

/**
 * Text made safe to sit inside a data block tagged with `nonce`: hidden and control characters
 * made visible, the nonce and anything shaped like a block tag defused. Secrets are the caller's
 * job (`scrubForModel` on each untrusted piece before it is assembled into lines), so that the
 * digest's own `path: before -> after` layout is not mistaken for an assignment.
 */
export function dataText(text: string, nonce: string): string {
  let out = text.replace(HIDDEN, codePoint).replace(CONTROL, codePoint)
  if (nonce !== '') out = out.split(nonce).join('[nonce removed]')
  // `<data_…`, `</data_…`, `< / DATA_…`: the opening `<` becomes a look-alike that closes nothing.
  out = out.replace(/<(?=\s*\/?\s*data_)/gi, '‹')
  return out
}
