/**
 * Model text is untrusted output (it read attacker-controlled data), so before it reaches a PR
 * comment, a job summary or a log it becomes one inert line of markdown prose (DESIGN.md
 * invariant 8): no @mentions or issue references that notify people, no HTML, no links or images,
 * no markdown structure, bounded length. The result is meant for markdown prose, not code spans.
 */
import { hiddenCharacters } from './scrub.js'

/** Default bound for one concern or reason, in characters of the unescaped text. */
export const MAX_MODEL_TEXT = 500

/** Zero-width joiner: invisible, and breaks GitHub's @mention and #reference autolinking. */
const ZWJ = '\u200D'

/** Invisible, bidirectional and tag characters (used to hide or reorder text) and controls. */
const INVISIBLE = hiddenCharacters(true)

const MARKDOWN_IMAGE_OR_LINK = /!?\[([^\]]*)\]\s*(?:\([^)]*\)|\[[^\]]*\])/g
const LINK_DEFINITION = /\[[^\]]*\]:\s*\S+/g
const URL_WITH_SCHEME = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"'`)\]]*/gi
const URL_WWW = /\bwww\.[^\s<>"'`)\]]+/gi
const URL_SCHEME_NO_SLASHES = /\b(?:mailto|javascript|vbscript|data|file|tel):[^\s<>"'`)\]]*/gi

const LINK_REMOVED = '(link removed)'

/** Backslash-escapes for characters that start markdown links, code, tables or HTML. */
const MARKDOWN_SPECIAL = /[\\`[\]|]/g
const HTML_SPECIAL = /[&<>"]/g
const HTML_ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;'
}

function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text) // by code point, so a surrogate pair is never split
  return chars.length > maxLength ? `${chars.slice(0, Math.max(0, maxLength - 1)).join('')}…` : text
}

/**
 * One line of inert markdown from model text: whitespace collapsed, invisible characters
 * dropped, links and images reduced to their text, URLs removed, markdown and HTML escaped,
 * @mentions and #references broken with a zero-width joiner, at most `maxLength` characters
 * before escaping.
 */
export function escapeModelText(text: string, maxLength = MAX_MODEL_TEXT): string {
  // NFKC folds look-alikes such as the fullwidth ＠ and ＜ into the characters handled below.
  let out = text.normalize('NFKC').replace(INVISIBLE, ' ')
  out = out.replace(/\s+/g, ' ').trim()
  out = out.replace(MARKDOWN_IMAGE_OR_LINK, '$1').replace(LINK_DEFINITION, LINK_REMOVED)
  out = out
    .replace(URL_WITH_SCHEME, LINK_REMOVED)
    .replace(URL_WWW, LINK_REMOVED)
    .replace(URL_SCHEME_NO_SLASHES, LINK_REMOVED)
  out = truncate(out, maxLength)
  out = out.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
  out = out.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c] ?? c)
  // `@user`, `@org/team`, `#123`, `owner/repo#123`: each would notify or cross-link.
  out = out.replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`)
  return out
}
