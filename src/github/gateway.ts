/**
 * What the gate needs from GitHub, as small interfaces over domain types. The gate logic
 * (gate.ts, human-approval.ts) depends only on these; the one implementation is
 * OctokitGateway (octokit-gateway.ts), tested against a local fake of the REST API.
 */

/** Who the token acts as. */
export interface Identity {
  /** The login when the token can say (`GET /user`: PATs); undefined for installation tokens. */
  readonly login: string | undefined
}

export interface Actor {
  readonly login: string
  readonly type: string
}

export interface PullRequestInfo {
  readonly number: number
  readonly state: 'open' | 'closed'
  readonly draft: boolean
  readonly title: string
  readonly body: string
  readonly author: string
  readonly headSha: string
  readonly baseSha: string
  readonly baseRef: string
  /** Head repository differs from the base repository (or the fork was deleted). */
  readonly fromFork: boolean
  /** `changed_files` as GitHub counts them (the files list stops at 3000). */
  readonly changedFiles: number
}

export interface ChangedFile {
  readonly filename: string
  readonly previousFilename: string | undefined
  readonly status: string
  /** Unified diff hunk; absent for binary or very large files. */
  readonly patch: string | undefined
}

export interface ReviewInfo {
  readonly id: number
  readonly user: Actor | undefined
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  readonly state: string
  readonly commitId: string | undefined
  readonly body: string
}

export interface CommentInfo {
  readonly id: number
  readonly user: Actor | undefined
  readonly body: string
  readonly url: string
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'action_required'

export interface CheckOutput {
  readonly title: string
  /** Markdown, at most 65535 UTF-8 bytes (GitHub counts bytes here). */
  readonly summary: string
  readonly text?: string
}

export interface CheckRunInfo {
  readonly id: number
  readonly name: string
  readonly headSha: string
  readonly status: string
  readonly conclusion: string | undefined
  readonly externalId: string
  readonly title: string | undefined
  readonly url: string
}

export interface CheckRunWrite {
  readonly status?: 'in_progress' | 'completed'
  readonly conclusion?: CheckConclusion
  readonly output?: CheckOutput
  readonly detailsUrl?: string
  readonly externalId?: string
}

/** Repository permission with the legacy names `GET …/collaborators/{u}/permission` returns. */
export type Permission = 'admin' | 'write' | 'read' | 'none'

/** The pull request under review: reads, reviews, the sticky comment and review requests. */
export interface PullRequestGateway {
  getPullRequest(): Promise<PullRequestInfo>
  listChangedFiles(): Promise<ChangedFile[]>
  listReviews(): Promise<ReviewInfo[]>
  /** An APPROVE review pinned to `commitId`. */
  approve(commitId: string, body: string): Promise<ReviewInfo>
  dismissReview(reviewId: number, message: string): Promise<ReviewInfo>
  listComments(): Promise<CommentInfo[]>
  createComment(body: string): Promise<CommentInfo>
  updateComment(commentId: number, body: string): Promise<CommentInfo>
  listRequestedReviewers(): Promise<{ users: string[]; teams: string[] }>
  requestReviewers(users: readonly string[], teams: readonly string[]): Promise<void>
}

/** Commit checks: the `plangate` check run is the gate branch protection can require. */
export interface CheckRunGateway {
  createCheckRun(headSha: string, write: CheckRunWrite): Promise<CheckRunInfo>
  updateCheckRun(id: number, write: CheckRunWrite): Promise<CheckRunInfo>
  /** Check runs with this name on a commit, newest first. */
  listCheckRuns(headSha: string): Promise<CheckRunInfo[]>
}

/** Repository-level reads. */
export interface RepositoryGateway {
  identity(): Promise<Identity>
  /** A file's text at a ref; undefined when it does not exist there (404). */
  readFile(path: string, ref: string): Promise<string | undefined>
  permissionOf(login: string): Promise<Permission>
}

export type GitHubGateway = PullRequestGateway & CheckRunGateway & RepositoryGateway
