/**
 * What the review learns from the pull request itself: whether it touches the gate (its policy
 * file or the workflows that run it, DESIGN.md invariant 9) and the context the model may read
 * (title, body, changed files and the Terraform part of the diff: untrusted text, handled as
 * data by the model layer).
 */
import { minimatch } from 'minimatch'
import type { PullRequestContext } from '../llm/types.js'
import type { Finding } from '../rules/types.js'
import type { ChangedFile, PullRequestInfo } from './gateway.js'

/** Paths whose change lets a PR loosen its own gate. Local actions run inside the workflows. */
export function gatePaths(policyPath: string): string[] {
  return [policyPath, '.github/workflows/**', '.github/actions/**']
}

const MAX_EVIDENCE = 20

/**
 * The `policy-or-workflow-change` finding (severity high: always a human) when the PR changes
 * the policy or a workflow, or when GitHub could not list every changed file so that cannot be
 * ruled out. A rename counts for both its old and new path.
 */
export function gateChangeFindings(
  pr: PullRequestInfo,
  files: readonly ChangedFile[],
  policyPath: string
): Finding[] {
  const patterns = gatePaths(policyPath)
  const touches = (path: string | undefined): boolean =>
    path !== undefined && patterns.some((p) => minimatch(path, p, { dot: true }))
  const hits = files.filter((f) => touches(f.filename) || touches(f.previousFilename))
  const findings: Finding[] = []
  if (hits.length > 0) {
    const names = hits.map((f) => f.filename)
    findings.push({
      rule: 'policy-or-workflow-change',
      severity: 'high',
      address: '',
      message:
        `This pull request changes ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}: ` +
        `the policy (${policyPath}) and the workflows that run plangate are the gate itself, so a change to them always needs a human. ` +
        'The review used the policy from the base branch.',
      evidence: hits.slice(0, MAX_EVIDENCE).map((f) => ({
        note:
          f.previousFilename && f.previousFilename !== f.filename
            ? `${f.status}: ${f.previousFilename} → ${f.filename}`
            : `${f.status}: ${f.filename}`
      })),
      planFile: ''
    })
  }
  if (pr.changedFiles > files.length) {
    findings.push({
      rule: 'policy-or-workflow-change',
      severity: 'high',
      address: '',
      message:
        `GitHub listed only ${files.length} of the ${pr.changedFiles} changed files (its API stops at 3000), ` +
        'so plangate cannot rule out a change to its policy or workflows.',
      evidence: [],
      planFile: ''
    })
  }
  return findings
}

const TERRAFORM_FILE = /\.(tf|tfvars|hcl|tofu|tf\.json|tfvars\.json)$/i
const MAX_DIFF_CHARS = 200_000

/** PR context for the model: all untrusted; the Terraform part of the diff, capped. */
export function pullRequestContext(
  pr: PullRequestInfo,
  files: readonly ChangedFile[]
): PullRequestContext {
  let diff = ''
  for (const f of files) {
    if (!TERRAFORM_FILE.test(f.filename) || f.patch === undefined) continue
    const from = f.previousFilename ?? f.filename
    const part = `diff --git a/${from} b/${f.filename}\n--- a/${from}\n+++ b/${f.filename}\n${f.patch}\n`
    if (diff.length + part.length > MAX_DIFF_CHARS) {
      diff += `# (diff cut at ${MAX_DIFF_CHARS} characters)\n`
      break
    }
    diff += part
  }
  return {
    title: pr.title,
    body: pr.body,
    diff: diff === '' ? undefined : diff,
    changedFiles: files.map((f) => f.filename)
  }
}
