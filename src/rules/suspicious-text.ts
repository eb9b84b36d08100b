/**
 * Suspicious text: strings in the plan that talk to an AI reviewer ("ignore previous
 * instructions", fake role tags, the verdict enum) or hide text with invisible and bidirectional
 * characters. The model only ever sees plan strings as delimited data, but an attempt to steer an
 * automated review is itself a reason for a human to look (DESIGN.md invariant 8).
 *
 * One combined regex per string keeps this linear; strings too short to carry an instruction are
 * skipped. Evidence shows a short escaped excerpt, never the raw text.
 */
import { isNoOp } from '../plan/actions.js'
import { formatPath } from '../plan/diff.js'
import type { ResourceChange } from '../plan/types.js'
import type { Evidence, Finding, Rule, RuleContext } from './types.js'

/** Shorter strings cannot carry a meaningful instruction; skipping them keeps big plans fast. */
const MIN_LENGTH = 8
const MAX_EXCERPT = 80
const MAX_EVIDENCE = 5

/** Zero-width, bidi controls and invisible operators (BMP). */
const INVISIBLE_BMP = '\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069'
/**
 * Unicode tag characters U+E0000–U+E007F (hidden ASCII), as UTF-16 surrogate pairs: the scan
 * regex runs without the `u` flag because `iu` makes V8 about 25× slower on long strings.
 */
const TAG_CHARS = '\\uDB40[\\uDC00-\\uDC7F]'

/** Each alternative is a named group so a hit can say what it matched. */
const PATTERNS: Record<string, string> = {
  // Words are chosen so ordinary infrastructure text does not match: "ignore the MFA prompt",
  // "used as an AI training bucket", "never escalate privileges" and XML `<user>` stay quiet.
  override:
    String.raw`\b(?:ignore|disregard)\b[^\n.]{0,40}?\binstructions\b` +
    String.raw`|\b(?:ignore|disregard|forget)\s+(?:(?:all|any|the|your|of)\s+){0,3}(?:previous|prior|above|earlier|preceding)\s+(?:instructions?|prompts?|rules|context|messages|guidelines|directions)\b` +
    String.raw`|\b(?:ignore|disregard|forget)\s+(?:everything|all)\s+(?:above|before|prior|previously|you\s+(?:were|have\s+been)\s+told)\b` +
    String.raw`|\bnew\s+instructions?\s*:`,
  approval:
    String.raw`\bapprove\s+this\s+(?:pr|pull[\s-]?request|merge[\s-]?request|change(?:set|s)?|plan|diff)\b` +
    String.raw`|\b(?:respond|reply|answer|output)\s+(?:only\s+)?with\s+["'\u201C]?(?:approve[ds]?|no[\s_-]concerns|lgtm)\b` +
    String.raw`|\bverdict\s*(?:is|=|:)?\s*["'\u201C]?(?:approve[ds]?|safe|no[\s-]concerns)\b` +
    String.raw`|\b(?:ai|llm|bot|model|claude|reviewer)\s*[,:]\s*(?:please\s+)?approve\b`,
  persona:
    String.raw`\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:ai|assistant|reviewer|language\s+model|llm|claude|chatbot|gpt)\b` +
    String.raw`|\b(?:ai|llm|gpt|automated|automatic)\s+(?:code\s+)?review(?:ers?|\s+(?:tools?|bots?|agents?|systems?))\b` +
    String.raw`|\b(?:dear|attention|hey|note\s+(?:to|for))\s+(?:the\s+)?(?:ai|llm|bot|claude|chatgpt|gpt)\b`,
  systemPrompt: String.raw`\bsystem\s+prompt\b`,
  verdict: String.raw`\b(?:no_concerns|needs_human|injection_suspected)\b`,
  roleTag:
    String.raw`<\s*\/?\s*(?:system|assistant|human|instructions?|untrusted[\w-]*|im_start|im_end)\s*>` +
    String.raw`|\[\/?INST\]|<<\/?SYS>>|<\|[a-z_]{2,20}\|>` +
    String.raw`|(?:^|\n)[ \t]*(?:human|assistant)[ \t]*:`,
  doNotFlag:
    String.raw`\b(?:do\s+not|don'?t|never)\s+(?:flag|escalate\s+(?:this\s+|it\s+)?to\s+(?:a\s+)?human|request\s+(?:a\s+)?(?:human\s+)?review)\b` +
    String.raw`|\b(?:mark|treat|classify|rate|consider)\s+(?:(?:this|it|the\s+\w+)\s+(?:\w+\s+)?)?as\s+(?:safe|benign|low[\s-]risk|approved)\b`,
  invisible: `[${INVISIBLE_BMP}]|${TAG_CHARS}`
}

const LABELS: Record<string, string> = {
  override: 'tells the reviewer to ignore its instructions',
  approval: 'asks for approval',
  persona: 'addresses an AI reviewer',
  systemPrompt: 'mentions a system prompt',
  verdict: "names the reviewer's verdict values",
  roleTag: 'fake chat role markers',
  doNotFlag: 'asks not to be flagged',
  invisible: 'invisible or bidirectional characters'
}

const SUSPICIOUS = new RegExp(
  Object.entries(PATTERNS)
    .map(([name, source]) => `(?<${name}>${source})`)
    .join('|'),
  'i'
)

/** Characters shown as `\u{...}`: invisible ones, controls, lone surrogates (a cut pair), markup and mentions. */
const ESCAPED = new RegExp(
  `[${INVISIBLE_BMP}\\u{E0000}-\\u{E007F}\\uD800-\\uDFFF\\u0000-\\u001F\\u007F-\\u009F<>&@\`]`,
  'u'
)

const escapeChar = (ch: string): string =>
  ESCAPED.test(ch) ? `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}` : ch

/** The whole text with every risky character escaped (for addresses, which may carry the text). */
export function escapeText(text: string): string {
  return [...text].map(escapeChar).join('')
}

/** Short excerpt around a match, with every risky character escaped. */
export function excerptAround(text: string, start: number, length: number): string {
  const from = Math.max(0, start - 20)
  const chars = [...text.slice(from, start + length + 60)]
  let out = from > 0 ? '…' : ''
  for (const ch of chars) {
    const shown = escapeChar(ch)
    if (out.length + shown.length > MAX_EXCERPT - 1) return `${out}…`
    out += shown
  }
  return out
}

interface Hit {
  readonly where: string
  readonly path: string
  readonly label: string
  readonly excerpt: string
}

/** Which pattern matched, or undefined. Exported for tests. */
export function matchSuspicious(
  text: string
): { label: string; index: number; length: number } | undefined {
  if (text.length < MIN_LENGTH) return undefined
  const m = SUSPICIOUS.exec(text)
  if (!m) return undefined
  const name = Object.keys(PATTERNS).find((key) => m.groups?.[key] !== undefined) ?? 'override'
  return { label: LABELS[name] ?? name, index: m.index, length: m[0].length }
}

/** Visits every string (values and map keys) in a value; `path` is shared and mutated. */
function scanValue(value: unknown, path: (string | number)[], where: string, hits: Hit[]): void {
  if (typeof value === 'string') {
    const m = matchSuspicious(value)
    if (m)
      hits.push({
        where,
        path: formatPath(path),
        label: m.label,
        excerpt: excerptAround(value, m.index, m.length)
      })
    return
  }
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i)
      scanValue(value[i], path, where, hits)
      path.pop()
    }
    return
  }
  for (const [key, item] of Object.entries(value)) {
    path.push(key)
    const m = matchSuspicious(key)
    if (m) {
      hits.push({
        where: `${where} key`,
        path: formatPath(path),
        label: m.label,
        excerpt: excerptAround(key, m.index, m.length)
      })
    }
    scanValue(item, path, where, hits)
    path.pop()
  }
}

/** Scans before and after; an unchanged string is scanned once (it is the same text). */
function scanBeforeAfter(before: unknown, after: unknown): Hit[] {
  const hits: Hit[] = []
  scanValue(after, [], 'after', hits)
  // The loader shares one object for a no-op's before and after: one scan is enough.
  if (before === after) return hits
  const beforeHits: Hit[] = []
  scanValue(before, [], 'before', beforeHits)
  const seen = new Set(hits.map((h) => `${h.path}\u0000${h.excerpt}`))
  for (const h of beforeHits) if (!seen.has(`${h.path}\u0000${h.excerpt}`)) hits.push(h)
  return hits
}

function toFinding(address: string, planFile: string, hits: Hit[]): Finding {
  const labels = [...new Set(hits.map((h) => h.label))]
  const evidence: Evidence[] = hits.slice(0, MAX_EVIDENCE).map((h) => ({
    ...(h.path !== '' ? { path: h.path } : {}),
    note: `${h.where} value ${h.label}: "${h.excerpt}"`
  }))
  const more = hits.length > MAX_EVIDENCE ? ` (${hits.length} strings in all)` : ''
  return {
    rule: 'suspicious-text',
    severity: 'high',
    address,
    message:
      `Text in ${escapeText(address)} looks aimed at an AI reviewer (${labels.join('; ')})${more}. ` +
      'plangate treats plan strings as data and never follows them, but someone tried to steer the automated review: a human should check where this text came from.',
    evidence,
    planFile
  }
}

function scanChange(change: ResourceChange): Hit[] {
  // A no-op's values are already in state, not part of this change, and never shown to the model
  // (the digest lists changed resources only): flagging them would flag every later PR.
  const hits = isNoOp(change.actions) ? [] : scanBeforeAfter(change.before, change.after)
  // for_each keys end up in the address and reach every reader of the plan.
  const m = matchSuspicious(change.address)
  if (m) {
    hits.unshift({
      where: 'address',
      path: '',
      label: m.label,
      excerpt: excerptAround(change.address, m.index, m.length)
    })
  }
  return hits
}

export function findSuspiciousText(ctx: RuleContext): Finding[] {
  const findings: Finding[] = []
  for (const change of ctx.plan.changes) {
    const hits = scanChange(change)
    if (hits.length > 0) findings.push(toFinding(change.address, change.planFile, hits))
  }
  for (const output of ctx.plan.outputs) {
    const hits = scanBeforeAfter(output.before, output.after)
    const m = matchSuspicious(output.name)
    if (m)
      hits.unshift({
        where: 'output name',
        path: '',
        label: m.label,
        excerpt: excerptAround(output.name, m.index, m.length)
      })
    if (hits.length > 0) findings.push(toFinding(`output.${output.name}`, output.planFile, hits))
  }
  return findings
}

export const suspiciousTextRule: Rule = { id: 'suspicious-text', run: findSuspiciousText }
