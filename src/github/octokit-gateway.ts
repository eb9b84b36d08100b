/**
 * The GitHub gateway over the Octokit of `@actions/github`. Every call is wrapped so a failure
 * becomes a GitHubApiError that names what plangate was doing and which permission it needs.
 */
import { getOctokit } from '@actions/github'
import { GitHubApiError, toGitHubError } from './errors.js'
import type {
  Actor,
  ChangedFile,
  CheckRunInfo,
  CheckRunWrite,
  CommentInfo,
  GitHubGateway,
  Identity,
  Permission,
  PullRequestInfo,
  ReviewInfo
} from './gateway.js'

type Octokit = ReturnType<typeof getOctokit>

export interface GatewayTarget {
  readonly owner: string
  readonly repo: string
  readonly pullNumber: number
  /**
   * REST base URL. Passed explicitly rather than left to `@actions/github`, which reads
   * GITHUB_API_URL once at import time (too early for local-action's .env file).
   */
  readonly apiUrl: string
  /** Name of the check run that gates the merge. */
  readonly checkName: string
}

const PR_WRITE = 'pull-requests: write'
const PR_READ = 'pull-requests: read'
const CHECKS_WRITE = 'checks: write'
const CONTENTS_READ = 'contents: read'

const actor = (user: { login: string; type?: string } | null | undefined): Actor | undefined =>
  user ? { login: user.login, type: user.type ?? 'User' } : undefined

export class OctokitGateway implements GitHubGateway {
  private readonly octokit: Octokit

  constructor(
    token: string,
    private readonly target: GatewayTarget
  ) {
    this.octokit = getOctokit(token, { baseUrl: target.apiUrl, userAgent: 'plangate' })
  }

  private get repo(): { owner: string; repo: string } {
    return { owner: this.target.owner, repo: this.target.repo }
  }

  private get pull(): { owner: string; repo: string; pull_number: number } {
    return { ...this.repo, pull_number: this.target.pullNumber }
  }

  private async call<T>(operation: string, permission: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      throw toGitHubError(error, operation, permission)
    }
  }

  async identity(): Promise<Identity> {
    try {
      const { data } = await this.octokit.rest.users.getAuthenticated()
      return { login: data.login }
    } catch (error) {
      const e = toGitHubError(error, 'asking who the token is', 'none')
      // Installation tokens (GITHUB_TOKEN, GitHub Apps) cannot call GET /user: that is expected.
      if (e.kind === 'forbidden' || e.kind === 'not-found' || e.kind === 'unauthorized')
        return { login: undefined }
      throw e
    }
  }

  getPullRequest(): Promise<PullRequestInfo> {
    return this.call(`reading pull request #${this.target.pullNumber}`, PR_READ, async () => {
      const { data } = await this.octokit.rest.pulls.get(this.pull)
      return {
        number: data.number,
        state: data.state === 'closed' ? 'closed' : 'open',
        draft: data.draft ?? false,
        title: data.title,
        body: data.body ?? '',
        author: data.user.login,
        headSha: data.head.sha,
        baseSha: data.base.sha,
        baseRef: data.base.ref,
        fromFork: data.head.repo === null || data.head.repo.full_name !== data.base.repo.full_name,
        changedFiles: data.changed_files
      }
    })
  }

  listChangedFiles(): Promise<ChangedFile[]> {
    return this.call('listing the changed files', PR_READ, async () => {
      const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
        ...this.pull,
        per_page: 100
      })
      return files.map((f) => ({
        filename: f.filename,
        previousFilename: f.previous_filename,
        status: f.status,
        patch: f.patch
      }))
    })
  }

  listReviews(): Promise<ReviewInfo[]> {
    return this.call('listing the reviews', PR_READ, async () => {
      const reviews = await this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
        ...this.pull,
        per_page: 100
      })
      return reviews.map((r) => ({
        id: r.id,
        user: actor(r.user),
        state: r.state,
        commitId: r.commit_id ?? undefined,
        body: r.body
      }))
    })
  }

  approve(commitId: string, body: string): Promise<ReviewInfo> {
    return this.call('creating the approval review', PR_WRITE, async () => {
      const { data } = await this.octokit.rest.pulls.createReview({
        ...this.pull,
        commit_id: commitId,
        body,
        event: 'APPROVE'
      })
      return {
        id: data.id,
        user: actor(data.user),
        state: data.state,
        commitId: data.commit_id ?? undefined,
        body: data.body
      }
    })
  }

  dismissReview(reviewId: number, message: string): Promise<ReviewInfo> {
    return this.call(`dismissing review ${reviewId}`, PR_WRITE, async () => {
      const { data } = await this.octokit.rest.pulls.dismissReview({
        ...this.pull,
        review_id: reviewId,
        message,
        event: 'DISMISS'
      })
      return {
        id: data.id,
        user: actor(data.user),
        state: data.state,
        commitId: data.commit_id ?? undefined,
        body: data.body
      }
    })
  }

  listComments(): Promise<CommentInfo[]> {
    return this.call('listing the comments', PR_READ, async () => {
      const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
        ...this.repo,
        issue_number: this.target.pullNumber,
        per_page: 100
      })
      return comments.map((c) => ({
        id: c.id,
        user: actor(c.user),
        body: c.body ?? '',
        url: c.html_url
      }))
    })
  }

  createComment(body: string): Promise<CommentInfo> {
    return this.call('creating the report comment', PR_WRITE, async () => {
      const { data } = await this.octokit.rest.issues.createComment({
        ...this.repo,
        issue_number: this.target.pullNumber,
        body
      })
      return { id: data.id, user: actor(data.user), body: data.body ?? '', url: data.html_url }
    })
  }

  updateComment(commentId: number, body: string): Promise<CommentInfo> {
    return this.call('updating the report comment', PR_WRITE, async () => {
      const { data } = await this.octokit.rest.issues.updateComment({
        ...this.repo,
        comment_id: commentId,
        body
      })
      return { id: data.id, user: actor(data.user), body: data.body ?? '', url: data.html_url }
    })
  }

  listRequestedReviewers(): Promise<{ users: string[]; teams: string[] }> {
    return this.call('listing the requested reviewers', PR_READ, async () => {
      const { data } = await this.octokit.rest.pulls.listRequestedReviewers(this.pull)
      return { users: data.users.map((u) => u.login), teams: data.teams.map((t) => t.slug) }
    })
  }

  requestReviewers(users: readonly string[], teams: readonly string[]): Promise<void> {
    return this.call('requesting reviewers', PR_WRITE, async () => {
      await this.octokit.rest.pulls.requestReviewers({
        ...this.pull,
        ...(users.length ? { reviewers: [...users] } : {}),
        ...(teams.length ? { team_reviewers: [...teams] } : {})
      })
    })
  }

  createCheckRun(headSha: string, write: CheckRunWrite): Promise<CheckRunInfo> {
    return this.call(`creating the ${this.target.checkName} check run`, CHECKS_WRITE, async () => {
      const { data } = await this.octokit.rest.checks.create({
        ...this.repo,
        name: this.target.checkName,
        head_sha: headSha,
        ...checkFields(write)
      })
      return checkRunInfo(data)
    })
  }

  updateCheckRun(id: number, write: CheckRunWrite): Promise<CheckRunInfo> {
    return this.call(`updating the ${this.target.checkName} check run`, CHECKS_WRITE, async () => {
      const { data } = await this.octokit.rest.checks.update({
        ...this.repo,
        check_run_id: id,
        ...checkFields(write)
      })
      return checkRunInfo(data)
    })
  }

  listCheckRuns(headSha: string): Promise<CheckRunInfo[]> {
    return this.call(
      `listing the ${this.target.checkName} check runs`,
      'checks: read',
      async () => {
        const runs = await this.octokit.paginate(this.octokit.rest.checks.listForRef, {
          ...this.repo,
          ref: headSha,
          check_name: this.target.checkName,
          filter: 'all',
          per_page: 100
        })
        return runs.map(checkRunInfo).sort((a, b) => b.id - a.id)
      }
    )
  }

  readFile(path: string, ref: string): Promise<string | undefined> {
    return this.call(`reading ${path} at ${ref.slice(0, 12)}`, CONTENTS_READ, async () => {
      try {
        const { data } = await this.octokit.rest.repos.getContent({ ...this.repo, path, ref })
        if (Array.isArray(data) || data.type !== 'file') {
          throw new GitHubApiError(
            'validation',
            undefined,
            `reading ${path}`,
            `${path} is not a file on ${ref.slice(0, 12)}.`
          )
        }
        if (!('content' in data) || data.encoding !== 'base64') {
          throw new GitHubApiError(
            'validation',
            undefined,
            `reading ${path}`,
            `${path} is too large to read through the contents API (over 1 MB).`
          )
        }
        return Buffer.from(data.content, 'base64').toString('utf8')
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return undefined
        throw error
      }
    })
  }

  permissionOf(login: string): Promise<Permission> {
    return this.call(`checking ${login}'s permission`, 'metadata: read', async () => {
      try {
        const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
          ...this.repo,
          username: login
        })
        const p = data.permission
        return p === 'admin' || p === 'write' || p === 'read' ? p : 'none'
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return 'none'
        throw error
      }
    })
  }
}

function checkFields(write: CheckRunWrite): {
  status?: 'in_progress' | 'completed'
  conclusion?: CheckRunWrite['conclusion']
  output?: { title: string; summary: string; text?: string }
  details_url?: string
  external_id?: string
} {
  return {
    ...(write.status ? { status: write.status } : {}),
    ...(write.conclusion ? { conclusion: write.conclusion } : {}),
    ...(write.output ? { output: { ...write.output } } : {}),
    ...(write.detailsUrl ? { details_url: write.detailsUrl } : {}),
    ...(write.externalId !== undefined ? { external_id: write.externalId } : {})
  }
}

function checkRunInfo(data: {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  external_id: string | null
  html_url: string | null
  output: { title: string | null }
}): CheckRunInfo {
  return {
    id: data.id,
    name: data.name,
    headSha: data.head_sha,
    status: data.status,
    conclusion: data.conclusion ?? undefined,
    externalId: data.external_id ?? '',
    title: data.output.title ?? undefined,
    url: data.html_url ?? ''
  }
}
