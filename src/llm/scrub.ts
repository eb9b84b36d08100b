/**
 * Text hygiene for what goes to the model, on top of the plan's own redaction.
 *
 * `scrubForModel` is `scrubText` (src/plan/redact.ts): glued assignments
 * (`AWS_SECRET_ACCESS_KEY=…`), JSON-quoted secret keys and high-entropy tokens included.
 *
 * `dataText` makes text safe to place inside a nonce-delimited data block: invisible
 * and bidirectional characters become visible `<U+XXXX>` marks (hidden text is itself a sign of
 * injection), control characters are escaped, and anything resembling a block delimiter or the
 * nonce is defused, so the data cannot close its block (DESIGN.md invariant 8).
 */
import { SECRET_MASK, isSecretKey, scrubText } from '../plan/redact.js'

/**
 * Secrets in text bound for the model: the shared patterns of src/plan/redact.ts (one list, so
 * the report, the JSON record and the model mask the same things).
 */
export const scrubForModel = scrubText

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
