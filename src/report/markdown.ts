/**
 * The PR comment and job summary: risk first (what a human must read and why), then counts, the
 * model's verdict, replacements with their cause, drift reverts and per-plan/per-module details.
 * Stays under GitHub's 65,536-character comment limit by dropping detail in a fixed order and
 * saying what was left out.
 */
import { changeKind, isImport, isMove } from '../plan/actions.js'
import type { ChangeKind } from '../plan/actions.js'
import { formatPath } from '../plan/diff.js'
import { scrubText } from '../plan/redact.js'
import type { ResourceChange } from '../plan/types.js'
import type { ReviewResult } from '../review.js'
import type { RatedFinding, Severity } from '../rules/types.js'
import { code, escapeText } from './escape.js'

export const GITHUB_COMMENT_LIMIT = 65_536

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: '🟥 critical',
  high: '🟧 high',
  medium: '🟨 medium',
  low: '🟦 low',
  info: '⬜ info'
}

const KIND_SYMBOL: Record<ChangeKind, string> = {
  create: '+',
  update: '~',
  replace: '-/+',
  delete: '-',
  read: '<=',
  'no-op': ' ',
  forget: '.'
}

interface RenderLevel {
  /** Include per-plan/per-module details. */
  details: boolean
  /** Include low and info findings. */
  lowFindings: boolean
  /** Include evidence lines under findings. */
  evidence: boolean
  /** Max findings listed (Infinity for all). */
  maxFindings: number
}

const LEVELS: readonly RenderLevel[] = [
  { details: true, lowFindings: true, evidence: true, maxFindings: Infinity },
  { details: false, lowFindings: true, evidence: true, maxFindings: Infinity },
  { details: false, lowFindings: false, evidence: true, maxFindings: Infinity },
  { details: false, lowFindings: false, evidence: false, maxFindings: Infinity },
  { details: false, lowFindings: false, evidence: false, maxFindings: 200 },
  { details: false, lowFindings: false, evidence: false, maxFindings: 50 },
  { details: false, lowFindings: false, evidence: false, maxFindings: 10 }
]

function header(r: ReviewResult): string {
  const verdict =
    r.decision === 'approve' ? '✅ **Approved by plangate**' : '🛑 **Needs a human review**'
  const lines = [`### plangate: ${verdict} — risk: **${r.risk}**`, '']
  for (const reason of r.reasons) lines.push(`- ${escapeText(reason)}`)
  return lines.join('\n')
}

function findingLines(f: RatedFinding, withEvidence: boolean, multiPlan: boolean): string[] {
  const where = f.address ? ` ${code(f.address)}` : ''
  const plan =
    multiPlan || f.planFile === ''
      ? ` _(${f.planFile === '' ? 'pull request' : escapeText(f.planFile)})_`
      : ''
  const adjusted = f.adjustedBy ? ` _(was ${f.ruleSeverity}: ${escapeText(f.adjustedBy)})_` : ''
  const lines = [
    `- **${SEVERITY_LABEL[f.severity]}** ${code(f.rule)}${where}${plan} — ${escapeText(f.message)}${adjusted}`
  ]
  if (withEvidence) {
    for (const e of f.evidence.slice(0, 8)) {
      const parts: string[] = []
      if (e.path) parts.push(code(e.path))
      if (e.before !== undefined && e.after !== undefined)
        parts.push(`${code(e.before)} → ${code(e.after)}`)
      else if (e.before !== undefined) parts.push(code(e.before))
      else if (e.after !== undefined) parts.push(`→ ${code(e.after)}`)
      if (e.note) parts.push(escapeText(e.note))
      if (parts.length) lines.push(`  - ${parts.join(' ')}`)
    }
    if (f.evidence.length > 8) lines.push(`  - …and ${f.evidence.length - 8} more`)
  }
  return lines
}

function findingsSection(r: ReviewResult, level: RenderLevel, omitted: string[]): string {
  const multiPlan = r.plans.length > 1
  const important = r.findings.filter((f) => f.severity !== 'low' && f.severity !== 'info')
  const low = r.findings.filter((f) => f.severity === 'low' || f.severity === 'info')
  const lines: string[] = []
  if (r.findings.length === 0) return '#### Findings\n\nNo rule found anything risky.'
  const listed = important.slice(0, level.maxFindings)
  if (listed.length) {
    lines.push('#### What a human must read', '')
    for (const f of listed) lines.push(...findingLines(f, level.evidence, multiPlan))
  }
  if (important.length > listed.length)
    omitted.push(`${important.length - listed.length} medium-or-higher finding(s)`)
  if (low.length) {
    if (level.lowFindings) {
      lines.push('', '<details><summary>Low and info findings (' + low.length + ')</summary>', '')
      for (const f of low) lines.push(...findingLines(f, level.evidence, multiPlan))
      lines.push('', '</details>')
    } else {
      omitted.push(`${low.length} low/info finding(s)`)
    }
  }
  if (!level.evidence) omitted.push('evidence lines')
  return lines.join('\n')
}

function countsSection(r: ReviewResult): string {
  const s = r.summary
  const cols: [string, number][] = [
    ['create', s.create],
    ['update', s.update],
    ['replace', s.replace],
    ['delete', s.delete],
    ['import', s.import],
    ['move', s.move],
    ['forget', s.forget],
    ['read', s.read],
    ['drift', s.drift]
  ]
  return [
    '#### Changes',
    '',
    `| ${cols.map(([k]) => k).join(' | ')} |`,
    `|${cols.map(() => '---:').join('|')}|`,
    `| ${cols.map(([, v]) => String(v)).join(' | ')} |`
  ].join('\n')
}

function modelSection(r: ReviewResult): string {
  const lines = ['#### Model verdict', '']
  if (!r.modelStep.asked) {
    lines.push(`Not asked: ${escapeText(r.modelStep.why)}.`)
  } else {
    const o = r.modelStep.outcome
    const verdict =
      o.status === 'failed'
        ? 'unavailable (treated as needs a human)'
        : o.verdict === 'no_concerns'
          ? 'no concerns'
          : 'needs a human'
    lines.push(`**${verdict}** — ${code(o.model)} via ${escapeText(o.provider)}`)
    for (const c of o.concerns)
      lines.push(`- ${code(c.address)} (${escapeText(c.category)}): ${c.message}`)
    for (const reason of o.reasons) lines.push(`- ${escapeText(reason)}`)
    const cost = o.costUsd === null ? 'cost unknown' : `$${o.costUsd.toFixed(4)}`
    lines.push(
      '',
      `Tokens: ${o.usage.inputTokens} in, ${o.usage.outputTokens} out; ${cost}; ${Math.round(o.durationMs)} ms.`
    )
  }
  const d = r.digest
  if (d) {
    lines.push(
      `The model saw a redacted digest of ${d.bytes} bytes (~${d.estimatedTokens} tokens): ${d.resourcesShown} resource(s) one by one${d.resourcesSummarised ? `, ${d.resourcesSummarised} summarised by type and module` : ''}.`
    )
  }
  return lines.join('\n')
}

function replacementsSection(r: ReviewResult): string {
  const lines: string[] = []
  for (const p of r.plans) {
    for (const c of p.model?.changes ?? []) {
      if (changeKind(c.actions) !== 'replace') continue
      const cause = c.replacePaths.length
        ? `forced by ${c.replacePaths.map((x) => code(formatPath(x))).join(', ')}`
        : c.actionReason
          ? escapeText(c.actionReason.replace(/_/g, ' '))
          : 'cause not given by the plan'
      const order = c.actions[0] === 'create' ? 'create before destroy' : 'destroy before create'
      lines.push(`- ${code(c.address)} — ${order}; ${cause}`)
    }
  }
  return lines.length ? ['#### Replacements', '', ...lines].join('\n') : ''
}

function driftSection(r: ReviewResult): string {
  const reverts = r.findings.filter((f) => f.rule === 'drift-revert')
  if (reverts.length === 0) return ''
  return [
    '#### Changes made outside Terraform that this plan reverts',
    '',
    ...reverts.map((f) => `- ${code(f.address)} — ${escapeText(f.message)}`)
  ].join('\n')
}

function changeLine(c: ResourceChange): string {
  const kind = changeKind(c.actions)
  const extra = [
    isMove(c) ? `moved from ${code(c.previousAddress ?? '')}` : '',
    isImport(c) ? 'import' : '',
    c.deposed ? `deposed ${code(c.deposed)}` : ''
  ]
    .filter(Boolean)
    .join(', ')
  return `  - \`${KIND_SYMBOL[kind]}\` ${code(scrubText(c.address))}${extra ? ` (${extra})` : ''}`
}

function detailsSection(r: ReviewResult): string {
  const out: string[] = []
  for (const p of r.plans) {
    const changes = (p.model?.changes ?? []).filter(
      (c) => changeKind(c.actions) !== 'no-op' || isMove(c) || isImport(c)
    )
    const title = `${escapeText(p.file)} — environment ${escapeText(p.environment)}${p.loadError ? ' — could not be read' : `, ${changes.length} change(s)`}`
    out.push(`<details><summary>${title}</summary>`, '')
    if (p.loadError) out.push(escapeText(p.loadError))
    const byModule = new Map<string, ResourceChange[]>()
    for (const c of changes) {
      const list = byModule.get(c.moduleAddress) ?? []
      list.push(c)
      byModule.set(c.moduleAddress, list)
    }
    for (const [mod, list] of [...byModule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      out.push(`- ${mod === '' ? 'root module' : code(mod)} (${list.length})`)
      for (const c of list) out.push(changeLine(c))
    }
    if (changes.length === 0 && !p.loadError) out.push('No changes.')
    out.push('', '</details>')
  }
  return out.length ? ['#### Details', '', ...out].join('\n') : ''
}

function footer(r: ReviewResult): string {
  const plans = r.planDigests
    .map((p) => `${escapeText(p.file)} sha256:${p.sha256.slice(0, 16)}`)
    .join(', ')
  return `<sub>plans: ${plans || 'none'} · policy: ${escapeText(r.policySource)} sha256:${r.policyDigest.slice(0, 16)}</sub>`
}

function renderAt(r: ReviewResult, level: RenderLevel): string {
  const omitted: string[] = []
  const sections = [
    header(r),
    findingsSection(r, level, omitted),
    countsSection(r),
    modelSection(r),
    replacementsSection(r),
    driftSection(r)
  ]
  if (level.details) sections.push(detailsSection(r))
  else omitted.push('per-plan details')
  if (omitted.length) {
    sections.push(
      `_Left out to fit GitHub's ${GITHUB_COMMENT_LIMIT}-character limit: ${omitted.join(', ')}. The job summary and the JSON record have everything._`
    )
  }
  sections.push(footer(r))
  return sections.filter((s) => s !== '').join('\n\n') + '\n'
}

/** Markdown for the PR comment / job summary, under `maxChars` (GitHub's limit by default). */
export function renderMarkdown(r: ReviewResult, options: { maxChars?: number } = {}): string {
  const max = options.maxChars ?? GITHUB_COMMENT_LIMIT
  for (const level of LEVELS) {
    const text = renderAt(r, level)
    if (text.length <= max) return text
  }
  // Still too long (e.g. thousands of reasons): hard cut at a line boundary, said out loud.
  const note = '\n\n_Truncated to fit the comment limit; see the JSON record._\n'
  const text = renderAt(r, LEVELS[LEVELS.length - 1] as RenderLevel)
  const cut = text.lastIndexOf('\n', max - note.length)
  return text.slice(0, cut > 0 ? cut : max - note.length) + note
}
