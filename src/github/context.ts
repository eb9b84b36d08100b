/**
 * The workflow run as the runner describes it (event, payload, repository, URLs), read from the
 * environment when `run()` starts. Not `@actions/github`'s `context`: that one is built once, at
 * import time, which is too early for local-action's .env file and for tests that start a fake
 * API first. The payload is validated, so the rest of the code gets types, not `any`.
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { ReviewEvent } from './human-approval.js'

const user = z.object({ login: z.string(), type: z.string().optional() }).nullish()
const repoRef = z.object({ full_name: z.string() }).nullish()

const payloadSchema = z.object({
  action: z.string().optional(),
  pull_request: z
    .object({
      number: z.number().int().positive(),
      head: z.object({ sha: z.string().min(7), repo: repoRef }),
      base: z.object({ sha: z.string().min(7), repo: repoRef })
    })
    .optional(),
  review: z
    .object({
      id: z.number().int(),
      state: z.string(),
      commit_id: z.string().nullish(),
      user,
      author_association: z.string().optional()
    })
    .optional()
})

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const
export const REVIEW_EVENT = 'pull_request_review'

export interface ActionContext {
  readonly eventName: string
  readonly owner: string
  readonly repo: string
  readonly apiUrl: string
  /** Link to this workflow run, for the check and the comment. */
  readonly runUrl: string | undefined
  /** Where the JSON record goes (`$RUNNER_TEMP`). */
  readonly tempDir: string
  /** The pull request of a pull_request, pull_request_target or pull_request_review event. */
  readonly pullRequest: {
    readonly number: number
    /** The commit the plan is made for: the PR head in the event (not GITHUB_SHA, a merge commit). */
    readonly headSha: string
    /** Head repository differs from the base (or was deleted). */
    readonly fromFork: boolean
  }
  /** The review of a pull_request_review event. */
  readonly review: ReviewEvent | undefined
}

/** A problem with how the action was run, with what to change. */
export class ContextError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ContextError'
  }
}

export function readActionContext(
  env: Readonly<Record<string, string | undefined>>,
  tmpdir: string
): ActionContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo)
    throw new ContextError(
      'GITHUB_REPOSITORY is not set (expected owner/repo): plangate must run inside a GitHub Actions workflow.'
    )
  const eventPath = env.GITHUB_EVENT_PATH
  if (!eventPath)
    throw new ContextError(
      'GITHUB_EVENT_PATH is not set: plangate must run inside a GitHub Actions workflow.'
    )

  let json: unknown
  try {
    json = JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch (error) {
    throw new ContextError(
      `Could not read the event payload ${eventPath}: ${(error as Error).message}`
    )
  }
  const parsed = payloadSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ContextError(
      `The ${eventName} event payload is not what plangate expects (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}).`
    )
  }
  const payload = parsed.data
  const pr = payload.pull_request
  if (!pr) {
    throw new ContextError(
      `plangate runs on pull_request, pull_request_target and pull_request_review events; this run is "${eventName || 'unknown'}", which has no pull request.`
    )
  }
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const review = payload.review
  return {
    eventName,
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runUrl: env.GITHUB_RUN_ID
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined,
    tempDir: env.RUNNER_TEMP || tmpdir,
    pullRequest: {
      number: pr.number,
      headSha: pr.head.sha,
      fromFork: !pr.head.repo || !pr.base.repo || pr.head.repo.full_name !== pr.base.repo.full_name
    },
    review:
      eventName === REVIEW_EVENT && review
        ? {
            action: payload.action ?? 'submitted',
            reviewId: review.id,
            state: review.state,
            commitId: review.commit_id ?? undefined,
            user: review.user
              ? { login: review.user.login, type: review.user.type ?? 'User' }
              : undefined,
            authorAssociation: review.author_association
          }
        : undefined
  }
}
