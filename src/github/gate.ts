/**
 * The gate on a pull request: it turns the pipeline's decision into what GitHub shows.
 *
 *   approve → an APPROVE review pinned to the analysed commit (re-checked against a fresh
 *             `GET /pulls/{n}` right before), the `plangate` check green.
 *   review  → plangate's own earlier approvals dismissed, the check red, one sticky report
 *             comment, review requests to the policy's reviewers.
 *
 * On top of the pipeline it adds its own reasons never to approve (DESIGN.md invariant 1):
 * comment mode, a fork, a head that moved since the plan, a closed PR, and any GitHub error
 * (invariant 3). The decision it reports is "approve" only when an approval was submitted or
 * already stood for that commit.
 */
import type { Mode } from '../inputs.js'
import type { ReviewResult } from '../review.js'
import type { Finding } from '../rules/types.js'
import type { PullRequestContext } from '../llm/types.js'
import { APPROVAL_MARKER, REPORT_MARKER, approvalBody, checkOutput, commentBody } from './bodies.js'
import type { RunInfo } from './bodies.js'
import { GitHubApiError, toGitHubError } from './errors.js'
import type {
  Actor,
  CheckConclusion,
  CheckRunInfo,
  GitHubGateway,
  Identity,
  PullRequestInfo,
  ReviewInfo
} from './gateway.js'
import { gateChangeFindings, pullRequestContext } from './pull-request.js'

/** The check run's external id: how plangate recognises its own check among same-named ones. */
export const CHECK_EXTERNAL_ID = 'plangate'

export interface GateLog {
  info(message: string): void
  warning(message: string): void
}

export interface GateOptions {
  readonly mode: Mode
  /** Head SHA from the event payload: the commit the plan was made for. */
  readonly analysedSha: string
  /** A fork PR: never approved, whatever the plan says. */
  readonly fromFork: boolean
  /** The token cannot write (a fork PR under `pull_request`): report in the job only. */
  readonly readOnly: boolean
  readonly runUrl: string | undefined
  readonly log: GateLog
}

/** What the review needs from the pull request, read before the review runs. */
export interface Preparation {
  readonly pullRequest: PullRequestInfo
  /** Policy text from the base branch; undefined when the file is not there (built-in default). */
  readonly policyText: string | undefined
  /** e.g. `.github/plangate.yml@main (b0b1b2b)` or `built-in default (…)`. */
  readonly policySource: string
  readonly extraFindings: readonly Finding[]
  readonly context: PullRequestContext
}

export interface GateOutcome {
  /** "approve" only when an approval was submitted or already stood for the analysed commit. */
  readonly decision: 'approve' | 'review'
  /** Why the gate did what it did, beyond the pipeline's own reasons. */
  readonly reasons: readonly string[]
  /** GitHub failures; the job fails when there is any. */
  readonly errors: readonly GitHubApiError[]
  readonly approval: { readonly reviewId: number; readonly existed: boolean } | undefined
  readonly dismissed: readonly number[]
  readonly comment:
    { readonly id: number; readonly url: string; readonly created: boolean } | undefined
  readonly requested: { readonly users: readonly string[]; readonly teams: readonly string[] }
  readonly check: { readonly id: number; readonly conclusion: CheckConclusion } | undefined
  /** The PR head moved past the analysed commit: a newer run decides. */
  readonly superseded: boolean
}

/** The pipeline's result as the gate decided it: the view the report, summary and record show. */
export function gatedResult(
  result: ReviewResult,
  outcome: Pick<GateOutcome, 'decision' | 'reasons' | 'errors'>
): ReviewResult {
  const reasons = [...outcome.reasons, ...outcome.errors.map((e) => e.message), ...result.reasons]
  return {
    ...result,
    decision: outcome.decision,
    reasons,
    record: {
      ...result.record,
      decision: outcome.decision,
      reasons,
      pipeline_decision: result.decision
    }
  }
}

const short = (sha: string): string => sha.slice(0, 7)

export class Gate {
  private identity: Identity = { login: undefined }
  private checkRun: CheckRunInfo | undefined

  constructor(
    private readonly github: GitHubGateway,
    private readonly options: GateOptions
  ) {}

  private get run(): RunInfo {
    return { sha: this.options.analysedSha, runUrl: this.options.runUrl }
  }

  /**
   * Before the review: learn who the token is and put the check in progress, so branch
   * protection sees "pending" (not green, not absent) while the review runs. Throws on a
   * missing permission: better to stop here than after spending model tokens.
   */
  async start(): Promise<void> {
    this.identity = await this.github.identity()
    if (this.options.readOnly) return
    this.checkRun = await this.github.createCheckRun(this.options.analysedSha, {
      status: 'in_progress',
      externalId: CHECK_EXTERNAL_ID,
      ...(this.options.runUrl ? { detailsUrl: this.options.runUrl } : {}),
      output: {
        title: 'Reviewing the plan…',
        summary: `plangate is reviewing the plan for commit ${short(this.options.analysedSha)}.`
      }
    })
  }

  /** Reads the policy from the base branch and the changed files (DESIGN.md invariant 9). */
  async prepare(policyPath: string): Promise<Preparation> {
    const pullRequest = await this.github.getPullRequest()
    const files = await this.github.listChangedFiles()
    const text = await this.github.readFile(policyPath, pullRequest.baseSha)
    const at = `${pullRequest.baseRef} (${short(pullRequest.baseSha)})`
    if (text === undefined)
      this.options.log.info(
        `No ${policyPath} on the base branch ${at}: using the built-in default policy.`
      )
    return {
      pullRequest,
      policyText: text,
      policySource:
        text === undefined ? `built-in default (no ${policyPath} on ${at})` : `${policyPath}@${at}`,
      extraFindings: gateChangeFindings(pullRequest, files, policyPath),
      context: pullRequestContext(pullRequest, files)
    }
  }

  /** Submits the approval or flags the PR; never throws for a GitHub failure (it is recorded). */
  async deliver(result: ReviewResult): Promise<GateOutcome> {
    const { mode, analysedSha, log } = this.options
    const reasons: string[] = []
    const errors: GitHubApiError[] = []
    const fail = (error: unknown, operation: string): void => {
      const e = toGitHubError(error, operation, 'pull-requests: write')
      errors.push(e)
      log.warning(e.message)
    }

    // Reasons the gate never approves, whatever the pipeline says.
    let approvable = result.decision === 'approve'
    if (mode === 'comment' && approvable)
      reasons.push('Mode is `comment`: plangate never approves; a human approves the pull request.')
    if (this.options.fromFork && approvable)
      reasons.push(
        'This pull request comes from a fork: plangate never approves forks (advisory only).'
      )
    if (mode === 'comment' || this.options.fromFork) approvable = false

    // Own reviews first, then a fresh look at the head right before approving (invariants 1, 7).
    let ownReviews: ReviewInfo[] = []
    try {
      ownReviews = (await this.github.listReviews()).filter((r) =>
        this.isOwn(r.user, r.body, APPROVAL_MARKER)
      )
    } catch (error) {
      fail(error, 'listing the reviews')
    }
    let pr: PullRequestInfo | undefined
    try {
      pr = await this.github.getPullRequest()
    } catch (error) {
      fail(error, 'reading the pull request')
    }
    const superseded = pr !== undefined && pr.headSha !== analysedSha
    if (superseded && pr) {
      reasons.push(
        `The pull request head moved to ${short(pr.headSha)} after this plan was made for ${short(analysedSha)}: nothing is approved here; the run for the new head decides.`
      )
    }
    if (pr?.state === 'closed') reasons.push('The pull request is closed: nothing is approved.')
    if (errors.length > 0 || superseded || pr?.state !== 'open') approvable = false

    if (this.options.readOnly) {
      reasons.push(
        'The token is read-only (a fork pull request under `pull_request`), so plangate could not comment, request reviewers, set its check or approve: this job summary is the report.'
      )
      return this.outcome({ reasons, errors, superseded })
    }

    let approval: GateOutcome['approval']
    if (approvable) {
      const standing = ownReviews.find((r) => r.state === 'APPROVED' && r.commitId === analysedSha)
      if (standing) {
        approval = { reviewId: standing.id, existed: true }
        log.info(
          `plangate's approval ${standing.id} already stands for ${short(analysedSha)}; not approving twice.`
        )
      } else {
        try {
          const review = await this.github.approve(analysedSha, approvalBody(result, this.run))
          approval = { reviewId: review.id, existed: false }
        } catch (error) {
          const e = toGitHubError(error, 'creating the approval review', 'pull-requests: write')
          if (e.approvalRefused) {
            // GitHub's own refusal: the gate falls back to flagging, which is its job; not a failure.
            reasons.push(e.message)
            log.warning(e.message)
          } else {
            errors.push(e)
            log.warning(e.message)
          }
        }
      }
    }
    const approved = approval !== undefined
    const decision = approved ? 'approve' : 'review'

    // Not approved: no earlier approval of plangate's may keep counting (invariant 5). When the
    // head moved, an approval of the new head belongs to the newer run and stays.
    const dismissed: number[] = []
    if (!approved) {
      for (const review of ownReviews) {
        if (review.state !== 'APPROVED' || (superseded && review.commitId === pr?.headSha)) continue
        try {
          const after = await this.github.dismissReview(
            review.id,
            dismissalMessage(result, analysedSha, review)
          )
          if (after.state !== 'DISMISSED')
            throw new GitHubApiError(
              'validation',
              undefined,
              `dismissing review ${review.id}`,
              `GitHub did not dismiss plangate's approval ${review.id} (state is still ${after.state}).`
            )
          dismissed.push(review.id)
        } catch (error) {
          fail(dismissalError(error, review.id), `dismissing review ${review.id}`)
        }
      }
    }

    // The check: green only for an approval (or, in comment mode, for a plan plangate would approve).
    const wouldApprove =
      result.decision === 'approve' && !this.options.fromFork && !superseded && pr?.state === 'open'
    const green = errors.length === 0 && (approved || (mode === 'comment' && wouldApprove))
    const conclusion: CheckConclusion = green ? 'success' : 'failure'
    const title = approved
      ? `Approved (risk: ${result.risk})`
      : green
        ? `No concerns (risk: ${result.risk}); comment mode, not approved by plangate`
        : superseded && pr
          ? `Superseded: the head moved to ${short(pr.headSha)}`
          : `Needs a human review (risk: ${result.risk})`
    // The view as it stands now, dismissal failures included: what the check and comment show.
    const view = gatedResult(result, { decision, reasons, errors })
    let check: GateOutcome['check']
    try {
      const write = {
        status: 'completed' as const,
        conclusion,
        externalId: CHECK_EXTERNAL_ID,
        output: checkOutput(title, view, this.run)
      }
      const run = this.checkRun
        ? await this.github.updateCheckRun(this.checkRun.id, write)
        : await this.github.createCheckRun(analysedSha, write)
      this.checkRun = run
      check = { id: run.id, conclusion }
    } catch (error) {
      fail(error, 'setting the check run')
    }

    // A superseded run stays quiet on the PR: its report would overwrite the newer run's.
    let comment: GateOutcome['comment']
    const requested = { users: [] as string[], teams: [] as string[] }
    if (!superseded) {
      const flagged = !approved && !(mode === 'comment' && wouldApprove)
      try {
        comment = await this.upsertReport(view, approved && mode === 'approve')
      } catch (error) {
        fail(error, 'writing the report comment')
      }
      if (flagged && pr) {
        try {
          Object.assign(
            requested,
            await this.requestReviewers(result.reviewers, pr.author, reasons)
          )
        } catch (error) {
          fail(error, 'requesting reviewers')
        }
      }
    }
    return {
      ...this.outcome({ reasons, errors, superseded }),
      decision,
      approval,
      dismissed,
      comment,
      requested,
      check
    }
  }

  /** After an error that stopped the run: the check must not stay pending or look green. */
  async abort(message: string): Promise<void> {
    if (this.options.readOnly) return
    const write = {
      status: 'completed' as const,
      conclusion: 'failure' as const,
      externalId: CHECK_EXTERNAL_ID,
      output: {
        title: 'plangate could not finish the review',
        summary: `${message}\n\nNothing was approved; a human must review this pull request.`
      }
    }
    try {
      if (this.checkRun) await this.github.updateCheckRun(this.checkRun.id, write)
      else await this.github.createCheckRun(this.options.analysedSha, write)
    } catch (error) {
      this.options.log.warning(
        `Could not mark the check as failed: ${toGitHubError(error, 'setting the check run', 'checks: write').message}`
      )
    }
  }

  private outcome(parts: {
    reasons: string[]
    errors: GitHubApiError[]
    superseded: boolean
  }): GateOutcome {
    return {
      decision: 'review',
      reasons: parts.reasons,
      errors: parts.errors,
      approval: undefined,
      dismissed: [],
      comment: undefined,
      requested: { users: [], teams: [] },
      check: undefined,
      superseded: parts.superseded
    }
  }

  /**
   * plangate's own: carries the marker and comes from the token's identity. For installation
   * tokens (whose login `GET /user` cannot tell) that is any bot: a human who pastes the marker
   * is never mistaken for plangate.
   */
  private isOwn(user: Actor | undefined, body: string, marker: string): boolean {
    if (!user || !body.includes(marker)) return false
    return this.identity.login ? user.login === this.identity.login : user.type === 'Bot'
  }

  /** One comment per PR, edited in place; when approved, only an existing one is updated. */
  private async upsertReport(
    view: ReviewResult,
    onlyIfExists: boolean
  ): Promise<GateOutcome['comment']> {
    const existing = (await this.github.listComments()).find((c) =>
      this.isOwn(c.user, c.body, REPORT_MARKER)
    )
    const body = commentBody(view, this.run)
    if (existing) {
      const updated = await this.github.updateComment(existing.id, body)
      return { id: updated.id, url: updated.url, created: false }
    }
    if (onlyIfExists) return undefined
    const created = await this.github.createComment(body)
    return { id: created.id, url: created.url, created: true }
  }

  /**
   * Requests the policy's reviewers, minus the author (GitHub refuses them) and anyone already
   * requested. A 422 for one non-collaborator would sink the whole request, so on 422 each is
   * retried alone and the refused ones are named.
   */
  private async requestReviewers(
    wanted: { readonly users: readonly string[]; readonly teams: readonly string[] },
    author: string,
    reasons: string[]
  ): Promise<{ users: string[]; teams: string[] }> {
    const slug = (team: string): string => team.split('/').pop() ?? team
    let users = [...new Set(wanted.users.map((u) => u.replace(/^@/, '')))].filter(
      (u) => u.toLowerCase() !== author.toLowerCase()
    )
    let teams = [...new Set(wanted.teams.map(slug))]
    if (users.length === 0 && teams.length === 0) return { users: [], teams: [] }
    const already = await this.github.listRequestedReviewers()
    users = users.filter((u) => !already.users.some((a) => a.toLowerCase() === u.toLowerCase()))
    teams = teams.filter((t) => !already.teams.includes(t))
    if (users.length === 0 && teams.length === 0) return { users: [], teams: [] }
    try {
      await this.github.requestReviewers(users, teams)
      return { users, teams }
    } catch (error) {
      if (!isValidation(error)) throw error
      if (users.length + teams.length === 1) {
        reasons.push(
          `Could not request ${users[0] ?? `team ${teams[0] ?? ''}`} as a reviewer: GitHub only accepts collaborators (teams need access to the repository).`
        )
        return { users: [], teams: [] }
      }
    }
    const done = { users: [] as string[], teams: [] as string[] }
    const refused: string[] = []
    for (const [kind, name] of [
      ...users.map((u) => ['user', u] as const),
      ...teams.map((t) => ['team', t] as const)
    ]) {
      try {
        await this.github.requestReviewers(
          kind === 'user' ? [name] : [],
          kind === 'team' ? [name] : []
        )
        done[kind === 'user' ? 'users' : 'teams'].push(name)
      } catch (error) {
        if (!isValidation(error)) throw error
        refused.push(kind === 'team' ? `team ${name}` : name)
      }
    }
    if (refused.length) {
      reasons.push(
        `Could not request ${refused.join(', ')} as reviewers: GitHub only accepts collaborators (teams need access to the repository).`
      )
    }
    return done
  }
}

const isValidation = (error: unknown): boolean =>
  error instanceof GitHubApiError && error.kind === 'validation'

function dismissalMessage(result: ReviewResult, sha: string, review: ReviewInfo): string {
  const when =
    review.commitId && review.commitId !== sha ? ` (it approved ${short(review.commitId)})` : ''
  return `plangate: commit ${short(sha)} needs a human review (risk: ${result.risk}); this earlier approval by plangate no longer stands${when}.`
}

/** Names the branch-protection setting when that is what refused the dismissal. */
function dismissalError(error: unknown, reviewId: number): unknown {
  if (error instanceof GitHubApiError && /do not permit dismissing/i.test(error.message)) {
    return new GitHubApiError(
      'forbidden',
      error.status,
      `dismissing review ${reviewId}`,
      `Branch protection did not let plangate dismiss its earlier approval ${reviewId}: add github-actions to "Restrict who can dismiss pull request reviews" (or turn that restriction off). The check is red, so the merge stays blocked if it is required.`
    )
  }
  return error
}
