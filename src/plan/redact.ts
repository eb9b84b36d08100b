/**
 * Redaction: the one place that decides which values may leave the process.
 *
 * The plan model is an allow-list by construction: `prior_state`, `planned_values`,
 * `configuration` and `variables` are never loaded. What is loaded (`before`/`after` of changes,
 * drift and outputs) passes through `redactValue` at load time, which
 *  - replaces every path the provider marked sensitive (`before_sensitive`/`after_sensitive`),
 *  - masks string values under secret-named keys (`password`, `secret`, `token`, ...), and
 *  - masks secret-looking substrings anywhere (AWS keys, private keys, tokens, URL passwords...).
 * Everything that leaves (the report, the JSON record, the model digest) also passes through
 * `scrubText`, which adds heuristic passes (secret-named assignments, high-entropy tokens) that
 * are too eager to run on values rules still have to read.
 */
import { SENSITIVE_MASK } from './types.js'

export const SECRET_MASK = '(redacted secret)'

/** Substring patterns that are secrets whatever attribute they sit in. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g, // AWS access key ids
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{30,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g, // GitLab
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, // Slack
  /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g, // Anthropic
  /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g, // OpenAI-style
  /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g, // Stripe
  /\bAIza[0-9A-Za-z_-]{35}\b/g, // Google API key
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWT
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\bhvs\.[A-Za-z0-9_-]{20,}\b/g, // Vault tokens
  /\bAccountKey=[A-Za-z0-9+/=]{20,}/g, // Azure storage connection strings
  /\bSharedAccessKey=[A-Za-z0-9+/=]{20,}/g
]

/** `scheme://user:password@host`: keep the host (a repointed URL matters), drop the password. */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)([^\s@/]+)(@)/gi
/** `password=...` pairs with the word standing alone (connection strings, user data). */
const KEY_VALUE_SECRET =
  /\b((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s;&,"']+)/gi
const SECRET_WORD = String.raw`(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?)`
/**
 * `[prefix_]SECRETWORD[_suffix]` then `=` or `:` (optionally after a closing quote) then a value:
 * `AWS_SECRET_ACCESS_KEY=…`, `"password": "…"`, `Password=…;` in connection strings. The value
 * stops at whitespace, quotes and the separators of env files, URLs and JSON.
 */
const ASSIGNMENT = new RegExp(
  String.raw`(?<![A-Za-z0-9])([A-Za-z0-9_.-]*${SECRET_WORD}[A-Za-z0-9_.-]*["']?\s*[=:]\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s;&,"'}\]]+)`,
  'gi'
)
/** Names that carry the word but hold a reference or a setting, not the secret itself. */
const NOT_A_SECRET_NAME =
  /(?:_arn|_id|_ids|_name|_type|_version|_length|_policy|_rotation|_path|_ttl|_expiry|_enabled|_url|_endpoint)["']?\s*[=:]\s*$/i
/** Candidate tokens: long runs of base64/base64url characters (AWS secret keys and the like). */
const LONG_TOKEN = /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{32,}(?![A-Za-z0-9+/_=-])/g

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
 * Random-looking: mixed case and digits with high entropy. Hex digests, UUIDs and resource ids
 * are single-case and stay readable.
 */
function looksRandom(token: string): boolean {
  if (!/[A-Z]/.test(token) || !/[a-z]/.test(token) || !/[0-9]/.test(token)) return false
  return entropy(token) >= 4.2
}

const alreadyMasked = (value: string): boolean =>
  value.includes(SECRET_MASK) ||
  value.includes(SENSITIVE_MASK) ||
  value.startsWith('(redacted') ||
  value.startsWith('(sensitive') ||
  value.startsWith('"(')

/** Keys whose string values are secrets even if the provider did not mark them. */
const SECRET_KEY =
  /(?:^|[_.-])(?:password|passwd|passphrase|secret|secret_key|access_key|private_key|api_key|apikey|auth_token|token|client_secret|connection_string|credentials?|sas|master_key|primary_key|secondary_key)$/i
/** ...but not names that end in such a word while holding a reference, not the secret. */
const SECRET_KEY_EXCEPTIONS = /(?:_arn|_id|_ids|_name|_type|_version|_length|_policy|_rotation)$/i

/**
 * A one-pass pre-check built from the patterns above: every one of them, case-insensitive, in a
 * single alternation. It matches whenever any pattern does (and sometimes when none does), so a
 * string it does not match is returned as is. Plans are mostly ordinary strings; this makes
 * `scrubText` ~7x cheaper on them (measured on a generated 10k-change plan: 450 ms → 60 ms).
 */
const MAYBE_SECRET = new RegExp(
  [...SECRET_PATTERNS, URL_PASSWORD, ASSIGNMENT, LONG_TOKEN]
    .map((p) => `(?:${p.source})`)
    .join('|'),
  'i'
)
/**
 * The pre-check for the load-time subset, which runs on every string of a plan: the literal
 * each pattern cannot match without (case-sensitive, as the patterns are), then the secret words
 * before `=`/`:`. A superset of what the patterns replace, and ~30% cheaper than one
 * case-insensitive alternation of the full patterns (measured on the 450k strings of a generated
 * 10k-change plan: 44 ms against 63 ms per pass).
 */
const MAYBE_UNAMBIGUOUS_LITERAL =
  /-----BEGIN|AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|sk-|[rs]k_(?:live|test)_|AIza|eyJ|npm_|hvs\.|AccountKey=|SharedAccessKey=|:\/\/[^\s:/@]*:[^\s@/]+@/
const MAYBE_SECRET_WORD =
  /(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)\s*[=:]/i
const maybeUnambiguousSecret = (text: string): boolean =>
  MAYBE_UNAMBIGUOUS_LITERAL.test(text) || MAYBE_SECRET_WORD.test(text)

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !SECRET_KEY_EXCEPTIONS.test(key)
}

/**
 * Masks secret-looking substrings in free text. Cheap when there is nothing to mask. Idempotent:
 * text between existing masks is scrubbed piece by piece, so `password: (redacted secret)` is
 * not read as a password "(redacted" and masked again.
 */
export function scrubText(text: string): string {
  if (!MAYBE_SECRET.test(text)) return text
  if (!text.includes(SECRET_MASK) && !text.includes(SENSITIVE_MASK)) return scrubPiece(text)
  return text
    .split(SECRET_MASK)
    .map((part) => part.split(SENSITIVE_MASK).map(scrubPiece).join(SENSITIVE_MASK))
    .join(SECRET_MASK)
}

function scrubPiece(text: string): string {
  let out = text
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, SECRET_MASK)
  out = out.replace(URL_PASSWORD, `$1${SECRET_MASK}$3`)
  out = out.replace(ASSIGNMENT, (whole: string, name: string, value: string) =>
    NOT_A_SECRET_NAME.test(name) || alreadyMasked(value) ? whole : `${name}${SECRET_MASK}`
  )
  // Over-masking costs a reviewer a little context; under-masking leaks a credential.
  return out.replace(LONG_TOKEN, (token) => (looksRandom(token) ? SECRET_MASK : token))
}

/** True when `scrubText` would change the text. */
/**
 * The load-time subset: secrets whose shape is unambiguous (key formats, private keys, URL
 * passwords). Applied to plan values before any rule reads them, so it must not mask what rules
 * need: the heuristic passes (`name=value` assignments, high-entropy tokens) would read IAM
 * condition keys such as `token.actions.githubusercontent.com:sub` as secrets. Those passes run
 * on everything that leaves the process instead (`scrubText` on the report, the JSON record and
 * the model digest).
 */
export function scrubUnambiguousSecrets(text: string): string {
  if (!maybeUnambiguousSecret(text)) return text
  let out = text
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, SECRET_MASK)
  out = out.replace(URL_PASSWORD, `$1${SECRET_MASK}$3`)
  return out.replace(KEY_VALUE_SECRET, (whole: string, name: string, value: string) =>
    alreadyMasked(value) ? whole : `${name}${SECRET_MASK}`
  )
}

/** Every string (keys too) of a JSON-like value through `scrubText`: for records that leave. */
export function scrubDeep(value: unknown): unknown {
  if (typeof value === 'string') return scrubText(value)
  if (Array.isArray(value)) return value.map(scrubDeep)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      out[scrubText(k)] = scrubDeep(v)
    return out
  }
  return value
}

export function looksLikeSecret(text: string): boolean {
  return scrubText(text) !== text
}

/**
 * Returns `value` with sensitive paths (per Terraform's mask: `true`, or an object/array
 * mirroring the value) replaced by SENSITIVE_MASK, string values under secret-named keys
 * replaced by SECRET_MASK, and secret-looking substrings scrubbed.
 *
 * Copy on write: objects and arrays with nothing to redact are returned as they are (values are
 * treated as immutable), so only the path to a redacted leaf is copied. This runs on every
 * before/after of a plan; not copying the rest halves load time and memory on big plans.
 */
export function redactValue(value: unknown, sensitiveMask: unknown, key = ''): unknown {
  if (sensitiveMask === true) return value === null || value === undefined ? value : SENSITIVE_MASK
  if (typeof value === 'string') {
    if (key !== '' && value !== '' && isSecretKey(key)) return SECRET_MASK
    return scrubUnambiguousSecrets(value)
  }
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    const masks = Array.isArray(sensitiveMask) ? sensitiveMask : undefined
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const redacted = redactValue(item, masks?.[i], key)
      if (out === undefined && redacted !== item) out = value.slice(0, i)
      out?.push(redacted)
    }
    return out ?? value
  }
  const masks =
    sensitiveMask !== null && typeof sensitiveMask === 'object' && !Array.isArray(sensitiveMask)
      ? (sensitiveMask as Record<string, unknown>)
      : undefined
  const source = value as Record<string, unknown>
  const keys = Object.keys(source)
  let out: Record<string, unknown> | undefined
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string
    const item = source[k]
    const redacted = redactValue(item, masks?.[k], k)
    // An own "__proto__" key (JSON.parse makes one) does not survive being copied: always copy,
    // so the result is the same as a full copy would be.
    if (out === undefined && (redacted !== item || k === '__proto__')) {
      out = {}
      for (let j = 0; j < i; j++) out[keys[j] as string] = source[keys[j] as string]
    }
    if (out !== undefined) out[k] = redacted
  }
  return out ?? value
}
