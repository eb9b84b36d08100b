/**
 * The text plangate posts: the approval review body, the sticky report comment and the check
 * run output, each with the hidden marker that lets a re-run find it again, and each inside
 * GitHub's size limits (comments count UTF-16 units, check output counts UTF-8 bytes).
 */
import { code, escapeText } from '../report/escape.js'
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js'
import type { ReviewResult } from '../review.js'
import type { CheckOutput } from './gateway.js'

/** Marks the one sticky report comment (found by listing comments, edited in place). */
export const REPORT_MARKER = '<!-- plangate:report -->'
/** Marks plangate's own approval reviews (to skip a duplicate, or dismiss one that went stale). */
export const APPROVAL_MARKER = '<!-- plangate:approval -->'
/** Check output limit: GitHub enforces 65535 bytes, not characters. */
export const CHECK_OUTPUT_LIMIT_BYTES = 65_535

export interface RunInfo {
  /** The commit the plan was made for and the review is pinned to. */
  readonly sha: string
  /** Link to the workflow run, when known. */
  readonly runUrl: string | undefined
}

const short = (sha: string): string => sha.slice(0, 7)

function footer(run: RunInfo): string {
  const link = run.runUrl ? ` · [workflow run](${run.runUrl})` : ''
  return `<sub>plangate reviewed commit ${short(run.sha)}${link}</sub>`
}

/** Cuts text to at most `maxBytes` UTF-8 bytes at a line boundary, saying so. */
export function truncateBytes(text: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(text) <= maxBytes) return text
  const budget = maxBytes - Buffer.byteLength(note) - 1
  // Walk back from a character estimate until it fits; never split a surrogate pair.
  let end = Math.min(text.length, budget)
  while (end > 0 && Buffer.byteLength(text.slice(0, end)) > budget) end = Math.floor(end * 0.9)
  const cut = text.lastIndexOf('\n', end)
  let head = text.slice(0, cut > 0 ? cut : end)
  const last = head.charCodeAt(head.length - 1)
  if (last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1)
  return `${head}\n${note}`
}

/** The sticky comment: marker, the risk-first report, and which commit it is about. */
export function commentBody(result: ReviewResult, run: RunInfo): string {
  const end = footer(run)
  const room = GITHUB_COMMENT_LIMIT - REPORT_MARKER.length - end.length - 8
  return `${REPORT_MARKER}\n${renderMarkdown(result, { maxChars: room }).trimEnd()}\n\n${end}\n`
}

/**
 * The approval review: pinned to the commit, and naming everything an auditor needs to
 * reproduce the decision (DESIGN.md invariant 4): plan digests, policy digest, model, why.
 */
export function approvalBody(result: ReviewResult, run: RunInfo): string {
  const model = result.llm
    ? `${result.llm.provider} ${code(result.llm.model)} (verdict: no concerns)`
    : 'none: rules-only approval under the policy'
  const why = result.reasons.length
    ? result.reasons.map((r) => escapeText(r)).join(' ')
    : `No finding needs a human (risk: ${result.risk}).`
  const plans = result.planDigests.map(
    (p) => `- ${code(p.file)} (${escapeText(p.environment)}): sha256 ${code(p.sha256)}`
  )
  return [
    APPROVAL_MARKER,
    `**plangate approved this plan** for commit ${code(run.sha)} (risk: **${result.risk}**).`,
    '',
    why,
    '',
    '**Plans**',
    ...plans,
    '',
    `**Policy**: ${escapeText(result.policySource)}, sha256 ${code(result.policyDigest)}`,
    `**Model**: ${model}`,
    '',
    footer(run)
  ].join('\n')
}

/** Output for the check run: a one-line title and the report, under the byte limit. */
export function checkOutput(title: string, result: ReviewResult, run: RunInfo): CheckOutput {
  const report = renderMarkdown(result, { maxChars: CHECK_OUTPUT_LIMIT_BYTES })
  const summary = truncateBytes(
    `${report.trimEnd()}\n\n${footer(run)}\n`,
    CHECK_OUTPUT_LIMIT_BYTES,
    '_Truncated to fit the check run limit; the job summary and the JSON record have everything._'
  )
  return { title: title.slice(0, 255), summary }
}
