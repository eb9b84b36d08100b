/**
 * GitHub API failures turned into messages a user can act on. Octokit throws a RequestError
 * with `status` and `response`; the gate needs to know which kind it is (an approval GitHub
 * refuses is a normal outcome that ends in flagging; a missing permission or an outage fails
 * the job) and to say what to change.
 */

export type GitHubFailureKind =
  /** 422 "GitHub Actions is not permitted to approve pull requests." */
  | 'approval-not-permitted'
  /** 422 "Can not approve your own pull request" (a personal token of the PR's author). */
  | 'own-pull-request'
  /** 403 "Resource not accessible by integration": a permission the token lacks (or a fork). */
  | 'forbidden'
  | 'secondary-rate-limit'
  | 'rate-limit'
  | 'unauthorized'
  | 'not-found'
  | 'validation'
  | 'server-error'
  | 'network'

export const APPROVAL_SETTING =
  '"Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions)'

/** A failed GitHub call: which operation, what kind of failure, and what to do about it. */
export class GitHubApiError extends Error {
  constructor(
    readonly kind: GitHubFailureKind,
    readonly status: number | undefined,
    /** What plangate was doing, e.g. "creating the check run". */
    readonly operation: string,
    message: string
  ) {
    super(message)
    this.name = 'GitHubApiError'
  }

  /** GitHub refused the approval itself: flag for a human, which is what the gate is for. */
  get approvalRefused(): boolean {
    return this.kind === 'approval-not-permitted' || this.kind === 'own-pull-request'
  }
}

interface HttpErrorLike {
  readonly status: number
  readonly message: string
  readonly response?: {
    readonly data?: unknown
    readonly headers?: Readonly<Record<string, string | number | undefined>>
  }
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number'
}

/** Every string GitHub put in the body: `message` and the `errors` (strings or objects). */
function bodyTexts(data: unknown): string[] {
  if (data === null || typeof data !== 'object') return typeof data === 'string' ? [data] : []
  const texts: string[] = []
  const { message, errors } = data as { message?: unknown; errors?: unknown }
  if (typeof message === 'string') texts.push(message)
  if (Array.isArray(errors)) {
    for (const e of errors) {
      if (typeof e === 'string') texts.push(e)
      else if (
        e !== null &&
        typeof e === 'object' &&
        typeof (e as { message?: unknown }).message === 'string'
      ) {
        texts.push((e as { message: string }).message)
      }
    }
  }
  return texts
}

/**
 * Classifies an error thrown by an Octokit call.
 * @param operation what plangate was doing, e.g. "creating the approval review"
 * @param permission the workflow permission the call needs, e.g. "pull-requests: write"
 */
export function toGitHubError(
  error: unknown,
  operation: string,
  permission: string
): GitHubApiError {
  if (error instanceof GitHubApiError) return error
  // Octokit reports a fetch that never got an answer as a status-500 RequestError without a response.
  if (!isHttpError(error) || error.response === undefined) {
    const why = error instanceof Error ? error.message : String(error)
    return new GitHubApiError(
      'network',
      undefined,
      operation,
      `Could not reach the GitHub API while ${operation}: ${why}`
    )
  }
  const { status } = error
  const texts = bodyTexts(error.response?.data)
  const said = texts.length ? texts.map((t) => `"${t}"`).join(', ') : error.message
  const has = (needle: RegExp): boolean => texts.some((t) => needle.test(t))
  const header = (name: string): string | undefined => {
    const v = error.response?.headers?.[name]
    return v === undefined ? undefined : String(v)
  }

  if (status === 422 && has(/not permitted to (create or )?approve pull requests/i)) {
    return new GitHubApiError(
      'approval-not-permitted',
      status,
      operation,
      `GitHub refused the approval (422 ${said}). To let plangate approve, turn on ${APPROVAL_SETTING}; ` +
        'in an organization the organization setting must allow it first. Or pass a GitHub App token as github-token. ' +
        'The pull request was flagged for a human instead.'
    )
  }
  if (status === 422 && has(/approve your own pull request/i)) {
    return new GitHubApiError(
      'own-pull-request',
      status,
      operation,
      `GitHub refused the approval (422 ${said}): the github-token belongs to the pull request's author. ` +
        'Use the default token (github-actions[bot]) or a GitHub App token. The pull request was flagged for a human instead.'
    )
  }
  if (
    (status === 403 || status === 429) &&
    (has(/secondary rate limit/i) || header('retry-after') !== undefined)
  ) {
    const after = header('retry-after')
    return new GitHubApiError(
      'secondary-rate-limit',
      status,
      operation,
      `GitHub's secondary rate limit stopped plangate while ${operation} (${status}${after ? `, retry after ${after} s` : ''}). ` +
        'Nothing was approved. Re-run the job in a few minutes.'
    )
  }
  if ((status === 403 || status === 429) && header('x-ratelimit-remaining') === '0') {
    return new GitHubApiError(
      'rate-limit',
      status,
      operation,
      `GitHub's API rate limit is used up (${status} while ${operation}). Nothing was approved. Re-run the job after the limit resets.`
    )
  }
  if (status === 403) {
    return new GitHubApiError(
      'forbidden',
      status,
      operation,
      `GitHub refused ${operation} (403 ${said}). The token lacks "${permission}": add it to the workflow's permissions block ` +
        '(plangate needs contents: read, pull-requests: write, checks: write). ' +
        'Pull requests from forks under `pull_request` always get a read-only token.'
    )
  }
  if (status === 401) {
    return new GitHubApiError(
      'unauthorized',
      status,
      operation,
      `GitHub rejected github-token (401 ${said}) while ${operation}. Check the token passed as github-token.`
    )
  }
  if (status === 404) {
    return new GitHubApiError(
      'not-found',
      status,
      operation,
      `GitHub answered 404 Not Found while ${operation}: the token cannot see the repository or pull request ` +
        `(it needs "${permission}"), or it no longer exists.`
    )
  }
  if (status >= 500) {
    return new GitHubApiError(
      'server-error',
      status,
      operation,
      `GitHub answered ${status} while ${operation}; the fault is on GitHub's side. Re-run the job.`
    )
  }
  return new GitHubApiError(
    'validation',
    status,
    operation,
    `GitHub rejected ${operation} (${status} ${said}).`
  )
}
