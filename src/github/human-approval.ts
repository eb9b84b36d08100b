/**
 * A human's approval turns the `plangate` check green for that commit without re-running the
 * review (workflow on `pull_request_review`). Only an approval that counts flips it: submitted
 * by a person (not a bot) with write access (author_association as a cheap first filter, then
 * the real permission), for the PR's current head. Dismissing that approval turns it red again.
 */
import { CHECK_EXTERNAL_ID } from './gate.js'
import type { GateLog } from './gate.js'
import type { Actor, CheckRunInfo, CheckRunWrite, GitHubGateway } from './gateway.js'

export interface ReviewEvent {
  /** `submitted`, `edited` or `dismissed`. */
  readonly action: string
  readonly reviewId: number
  /** Lower case in webhook payloads: `approved`, `commented`, `changes_requested`, `dismissed`. */
  readonly state: string
  readonly commitId: string | undefined
  readonly user: Actor | undefined
  readonly authorAssociation: string | undefined
}

export interface HumanReviewOutcome {
  /** "approve" when the check now stands green on the human approval. */
  readonly decision: 'approve' | 'review'
  readonly message: string
  readonly check: { readonly id: number; readonly conclusion: string } | undefined
}

const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])
const approvedBy = (reviewId: number): string =>
  `${CHECK_EXTERNAL_ID}:approved-by-review:${reviewId}`
const short = (sha: string): string => sha.slice(0, 7)

/** plangate's check runs on a commit, newest first (others may share the name; not the id). */
async function plangateChecks(github: GitHubGateway, sha: string): Promise<CheckRunInfo[]> {
  return (await github.listCheckRuns(sha)).filter(
    (c) => c.externalId === CHECK_EXTERNAL_ID || c.externalId.startsWith(`${CHECK_EXTERNAL_ID}:`)
  )
}

export async function applyHumanReview(
  github: GitHubGateway,
  event: ReviewEvent,
  log: GateLog
): Promise<HumanReviewOutcome> {
  const ignore = (message: string): HumanReviewOutcome => {
    log.info(message)
    return { decision: 'review', message, check: undefined }
  }
  if (event.action === 'dismissed') return reopen(github, event, log)
  if (event.state.toLowerCase() !== 'approved')
    return ignore(
      `Review ${event.reviewId} is ${event.state}, not an approval: the check is unchanged.`
    )
  const user = event.user
  if (!user || user.type === 'Bot')
    return ignore(
      `Review ${event.reviewId} is by a bot or an unknown user: only a person's approval turns the check green.`
    )
  if (!TRUSTED_ASSOCIATIONS.has((event.authorAssociation ?? '').toUpperCase())) {
    return ignore(
      `${user.login} is ${event.authorAssociation ?? 'not associated'} with the repository: only an owner, member or collaborator's approval turns the check green.`
    )
  }
  // MEMBER does not imply write access: ask for the real permission.
  const permission = await github.permissionOf(user.login)
  if (permission !== 'admin' && permission !== 'write') {
    return ignore(
      `${user.login} has ${permission} permission; an approval needs write access to turn the check green.`
    )
  }
  const pr = await github.getPullRequest()
  if (!event.commitId || event.commitId !== pr.headSha) {
    return ignore(
      `${user.login} approved ${event.commitId ? short(event.commitId) : 'an unknown commit'}, but the head is ${short(pr.headSha)}: the check for the head is unchanged.`
    )
  }
  const latest = (await plangateChecks(github, pr.headSha))[0]
  if (latest?.conclusion === 'success') {
    return {
      decision: 'approve',
      message: `The plangate check for ${short(pr.headSha)} is already green.`,
      check: { id: latest.id, conclusion: 'success' }
    }
  }
  const flagged = latest?.title
    ? ` plangate had reported: ${latest.title}.`
    : ' plangate had not reported on this commit.'
  const write: CheckRunWrite = {
    status: 'completed',
    conclusion: 'success',
    externalId: approvedBy(event.reviewId),
    output: {
      title: `Approved by ${user.login}`,
      summary: `${user.login} (${permission} access) approved commit ${short(pr.headSha)} in review ${event.reviewId}.${flagged} The check turned green on that approval without re-running the review; dismissing the approval turns it red again.`
    }
  }
  const run = latest
    ? await github.updateCheckRun(latest.id, write)
    : await github.createCheckRun(pr.headSha, write)
  const message = `${user.login}'s approval turned the plangate check green for ${short(pr.headSha)}.`
  log.info(message)
  return { decision: 'approve', message, check: { id: run.id, conclusion: 'success' } }
}

/** A dismissed approval that had turned the check green turns it red again. */
async function reopen(
  github: GitHubGateway,
  event: ReviewEvent,
  log: GateLog
): Promise<HumanReviewOutcome> {
  const pr = await github.getPullRequest()
  const latest = (await plangateChecks(github, pr.headSha))[0]
  if (!latest || latest.externalId !== approvedBy(event.reviewId)) {
    const message = `Review ${event.reviewId} was dismissed; it had not turned the plangate check green, so the check is unchanged.`
    log.info(message)
    return { decision: 'review', message, check: undefined }
  }
  const run = await github.updateCheckRun(latest.id, {
    status: 'completed',
    conclusion: 'failure',
    externalId: CHECK_EXTERNAL_ID,
    output: {
      title: 'Needs a human review (approval dismissed)',
      summary: `The approval in review ${event.reviewId} that turned this check green was dismissed. A person with write access must approve commit ${short(pr.headSha)} again.`
    }
  })
  const message = `Review ${event.reviewId} was dismissed: the plangate check for ${short(pr.headSha)} is red again.`
  log.info(message)
  return { decision: 'review', message, check: { id: run.id, conclusion: 'failure' } }
}
