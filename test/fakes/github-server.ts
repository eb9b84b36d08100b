/**
 * A local fake of the GitHub REST API for the endpoints plangate uses, driven by the real Octokit
 * from `@actions/github`. Every request is matched and validated against GitHub's own OpenAPI
 * description (`@octokit/openapi`, `generated/api.github.com.json`, through `openapi-backend`);
 * every response the fake sends is validated against the same description, so the fake cannot
 * drift into answering shapes GitHub never sends (problems are collected in `problems`).
 *
 * On top of the schema it enforces the rules the schema does not encode but GitHub does
 * (research/github.md §0, §1): the "Allow GitHub Actions to create and approve pull requests"
 * setting, own-PR approval, read-only fork tokens, body caps, which reviews can be dismissed,
 * reviewers who are not collaborators or are the author, and scripted failures (403, 404, 500,
 * secondary rate limits) with GitHub's real bodies and status codes.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { OpenAPIBackend } from 'openapi-backend'
import type { Document, Operation } from 'openapi-backend'

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

// ---------------------------------------------------------------------------------------------
// The OpenAPI description: 13 MB, parsed and initialised once per test file (module scope).
// ---------------------------------------------------------------------------------------------

interface Spec {
  readonly api: OpenAPIBackend
  readonly examples: Readonly<Record<string, { value: Json }>>
  readonly declaredStatuses: (operation: Operation, status: number) => boolean
}

let specPromise: Promise<Spec> | undefined

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/

function loadSpec(): Promise<Spec> {
  specPromise ??= (async () => {
    const require = createRequire(import.meta.url)
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    const definition = JSON.parse(readFileSync(file, 'utf8')) as Document & {
      components: { examples: Record<string, { value: Json }> }
    }
    addNullToNullableEnums(definition)
    const api = new OpenAPIBackend({
      definition,
      quick: true,
      validate: true,
      ajvOpts: { strict: false },
      // The formats the description uses; ajv-formats is not a direct dependency, and these are
      // the ones that matter for what plangate sends (timestamps, URLs).
      customizeAjv: (ajv) => {
        ajv.addFormat('date-time', DATE_TIME)
        ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
        ajv.addFormat('uri', (value: string) => URL.canParse(value))
        ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/)
        for (const name of ['uri-template', 'binary', 'timestamp']) ajv.addFormat(name, true)
        for (const name of ['int32', 'int64', 'double'])
          ajv.addFormat(name, { type: 'number', validate: () => true })
        return ajv
      }
    })
    await api.init()
    return {
      api,
      examples: definition.components.examples,
      declaredStatuses: (operation, status) =>
        Object.prototype.hasOwnProperty.call(operation.responses ?? {}, String(status))
    }
  })()
  return specPromise
}

/**
 * GitHub's description marks enums such as a check run's `conclusion` as `nullable` without
 * listing null among the values; OpenAPI 3.0.3 asks for null in the enum, and Ajv follows it.
 * Without this, GitHub's real `"conclusion": null` would fail validation.
 */
function addNullToNullableEnums(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) addNullToNullableEnums(item)
    return
  }
  if (node === null || typeof node !== 'object') return
  const schema = node as { nullable?: unknown; enum?: unknown[] } & Record<string, unknown>
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null))
    schema.enum.push(null)
  for (const value of Object.values(schema)) addNullToNullableEnums(value)
}

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

export interface FakeUser {
  readonly login: string
  readonly type: 'User' | 'Bot'
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' }

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

export interface FakeReview {
  id: number
  user: FakeUser
  body: string
  state: ReviewState
  commit_id: string
  submitted_at: string | undefined
  author_association: string
}

export interface FakeComment {
  id: number
  user: FakeUser
  body: string
  created_at: string
  updated_at: string
}

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  external_id: string
  details_url: string | null
  started_at: string
  completed_at: string | null
  output: { title: string | null; summary: string | null; text: string | null }
}

export interface FakeChangedFile {
  readonly filename: string
  readonly status?: 'added' | 'removed' | 'modified' | 'renamed'
  readonly previous_filename?: string
  readonly patch?: string
}

export interface FakePullRequest {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  user: FakeUser
  head: { sha: string; ref: string; repo: string | null }
  base: { sha: string; ref: string; repo: string }
  /** Commit SHAs that belong to the PR (reviews may only pin these). */
  commits: string[]
  changedFiles: FakeChangedFile[]
  /** What `changed_files` says; defaults to the length of `changedFiles`. */
  changedFilesCount?: number
  reviews: FakeReview[]
  comments: FakeComment[]
  requested: { users: string[]; teams: string[] }
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read'

export interface FakeState {
  owner: string
  repo: string
  /** Who the token acts as. */
  tokenUser: FakeUser
  /** An installation token (GITHUB_TOKEN, App): `GET /user` answers 403. */
  installationToken: boolean
  /** Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests". */
  actionsCanApprove: boolean
  /** The read-only token of a fork PR under `pull_request`: every write answers 403. */
  readOnlyToken: boolean
  /** Branch protection's "Restrict who can dismiss pull request reviews" leaves the token out. */
  dismissalRestricted: boolean
  pull: FakePullRequest
  collaborators: Map<string, Permission>
  /** Team slugs with access to the repository. */
  teams: Set<string>
  /** Files by ref (commit SHA or branch name), then path. */
  files: Map<string, Map<string, string>>
  checkRuns: FakeCheckRun[]
  nextId: number
  clock: number
}

// ---------------------------------------------------------------------------------------------
// Scripted failures, with GitHub's real bodies
// ---------------------------------------------------------------------------------------------

export type ScriptedErrorKind =
  | 'approval-not-permitted'
  | 'own-pull-request'
  | 'forbidden'
  | 'not-found'
  | 'server-error'
  | 'secondary-rate-limit'

export interface ScriptedError {
  /** An operationId such as `pulls/create-review`, or `*` for every operation. */
  readonly operation: string
  readonly kind: ScriptedErrorKind
  /** How many matching requests fail; unlimited when absent. */
  times?: number
  /** Only requests with this method (e.g. fail writes but not reads). */
  readonly method?: string
}

interface Reply {
  readonly status: number
  readonly body: Json | undefined
  readonly headers?: Readonly<Record<string, string>>
}

const DOCS = 'https://docs.github.com/rest'

export const ERROR_TEXT = {
  notPermitted: 'GitHub Actions is not permitted to approve pull requests.',
  ownPullRequest: 'Can not approve your own pull request',
  forbidden: 'Resource not accessible by integration',
  secondaryRateLimit:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.'
} as const

function errorReply(kind: ScriptedErrorKind, documentation: string): Reply {
  switch (kind) {
    case 'approval-not-permitted':
      return validationSimple(
        ERROR_TEXT.notPermitted,
        `${DOCS}/pulls/reviews#create-a-review-for-a-pull-request`
      )
    case 'own-pull-request':
      return validationSimple(
        ERROR_TEXT.ownPullRequest,
        `${DOCS}/pulls/reviews#create-a-review-for-a-pull-request`
      )
    case 'forbidden':
      return {
        status: 403,
        body: { message: ERROR_TEXT.forbidden, documentation_url: documentation, status: '403' }
      }
    case 'not-found':
      return {
        status: 404,
        body: { message: 'Not Found', documentation_url: documentation, status: '404' }
      }
    case 'server-error':
      return { status: 500, body: { message: 'Server Error' } }
    case 'secondary-rate-limit':
      return {
        status: 403,
        headers: { 'retry-after': '60', 'x-ratelimit-remaining': '4000' },
        body: {
          message: ERROR_TEXT.secondaryRateLimit,
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403'
        }
      }
  }
}

/** The `validation-error-simple` shape: `errors` is an array of strings. */
function validationSimple(text: string, documentation: string): Reply {
  return {
    status: 422,
    body: { message: 'Unprocessable Entity', errors: [text], documentation_url: documentation }
  }
}

/** The `validation-error` shape: `errors` is an array of objects. */
function validationFailed(
  resource: string,
  field: string,
  message: string,
  documentation: string
): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field, message }],
      documentation_url: documentation
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly operationId: string | undefined
  readonly query: Readonly<Record<string, string>>
  readonly body: Json | undefined
  readonly status: number
}

export interface FakeGitHubOptions {
  readonly owner?: string
  readonly repo?: string
  readonly tokenUser?: FakeUser
  readonly installationToken?: boolean
  readonly actionsCanApprove?: boolean
  readonly readOnlyToken?: boolean
  readonly dismissalRestricted?: boolean
  readonly pull?: Partial<Omit<FakePullRequest, 'head' | 'base'>> & {
    head?: Partial<FakePullRequest['head']>
    base?: Partial<FakePullRequest['base']>
  }
  readonly collaborators?: Readonly<Record<string, Permission>>
  readonly teams?: readonly string[]
  /** Files by ref, then path. */
  readonly files?: Readonly<Record<string, Readonly<Record<string, string>>>>
}

export interface FakeGitHub {
  /** Base URL for Octokit (`GITHUB_API_URL`). */
  readonly url: string
  readonly state: FakeState
  /** Every request, in order. */
  readonly requests: RecordedRequest[]
  /** Responses that did not validate, unhandled operations: a test should expect none. */
  readonly problems: string[]
  script(error: ScriptedError): void
  /** Requests for one operationId. */
  calls(operationId: string): RecordedRequest[]
  /** A push to the PR: a new head commit. */
  push(sha: string): void
  /** A review by someone else (e.g. a human approval). */
  addReview(
    review: Omit<FakeReview, 'id' | 'submitted_at' | 'author_association'> & {
      author_association?: string
    }
  ): FakeReview
  addComment(user: FakeUser, body: string): FakeComment
  close(): Promise<void>
}

const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const BASE_SHA = 'b0b1b2b3b4b5b6b7b8b9c0c1c2c3c4c5c6c7c8c9'

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const spec = await loadSpec()
  const owner = options.owner ?? 'acme'
  const repo = options.repo ?? 'infra'
  const full = `${owner}/${repo}`
  const headSha = options.pull?.head?.sha ?? HEAD_SHA
  const pull: FakePullRequest = {
    number: 7,
    title: 'Scale the web service',
    body: 'Bumps desired_count.',
    state: 'open',
    draft: false,
    user: { login: 'alice', type: 'User' },
    commits: [headSha],
    changedFiles: [
      { filename: 'envs/prod/main.tf', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }
    ],
    reviews: [],
    comments: [],
    requested: { users: [], teams: [] },
    ...options.pull,
    head: { sha: headSha, ref: 'feature', repo: full, ...options.pull?.head },
    base: { sha: BASE_SHA, ref: 'main', repo: full, ...options.pull?.base }
  }
  if (!pull.commits.includes(pull.head.sha)) pull.commits.push(pull.head.sha)

  const files = new Map<string, Map<string, string>>()
  for (const [ref, byPath] of Object.entries(options.files ?? {})) {
    files.set(ref, new Map(Object.entries(byPath)))
  }
  const state: FakeState = {
    owner,
    repo,
    tokenUser: options.tokenUser ?? ACTIONS_BOT,
    installationToken: options.installationToken ?? true,
    actionsCanApprove: options.actionsCanApprove ?? true,
    readOnlyToken: options.readOnlyToken ?? false,
    dismissalRestricted: options.dismissalRestricted ?? false,
    pull,
    collaborators: new Map(
      Object.entries(options.collaborators ?? { alice: 'write', bob: 'write', carol: 'admin' })
    ),
    teams: new Set(options.teams ?? ['platform', 'dba']),
    files,
    checkRuns: [],
    nextId: 1000,
    clock: Date.parse('2026-05-01T10:00:00Z')
  }
  const requests: RecordedRequest[] = []
  const problems: string[] = []
  const scripted: ScriptedError[] = []
  let baseUrl = ''

  const now = (): string => {
    state.clock += 1000
    return new Date(state.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
  const nextId = (): number => ++state.nextId

  // --- response objects built from the description's own examples, so they validate ---------
  const example = (name: string): JsonObject => {
    const value = spec.examples[name]?.value
    if (
      value === undefined ||
      value === null ||
      typeof value !== 'object' ||
      Array.isArray(value)
    ) {
      throw new Error(`no object example ${name} in the OpenAPI description`)
    }
    return structuredClone(value)
  }
  const userJson = (u: FakeUser): JsonObject => ({
    ...example('simple-user'),
    login: u.login,
    id: idOf(u.login),
    node_id: `U_${u.login}`,
    type: u.type,
    html_url: `https://github.com/${u.login}`,
    url: `${baseUrl}/users/${u.login}`
  })
  // The description's team examples lack `type`, which its own `team` schema requires.
  const teamJson = (slug: string): JsonObject => {
    const teams = example('simple-pull-request-review-request').teams
    const team = Array.isArray(teams) ? (structuredClone(teams[0]) as JsonObject) : {}
    return { ...team, id: idOf(slug), slug, name: slug, type: 'organization' }
  }
  const repoJson = (fullName: string): JsonObject => {
    const [o = owner, r = repo] = fullName.split('/')
    const base = example('pull-request')
    const repository = (base.head as JsonObject).repo as JsonObject
    return {
      ...repository,
      name: r,
      full_name: fullName,
      fork: fullName !== full,
      owner: { ...(repository.owner as JsonObject), login: o }
    }
  }
  const reviewJson = (r: FakeReview): JsonObject => ({
    ...example('pull-request-review'),
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: userJson(r.user),
    body: r.body,
    state: r.state,
    commit_id: r.commit_id,
    author_association: r.author_association,
    html_url: `https://github.com/${full}/pull/${pull.number}#pullrequestreview-${r.id}`,
    pull_request_url: `${baseUrl}/repos/${full}/pulls/${pull.number}`,
    ...(r.submitted_at ? { submitted_at: r.submitted_at } : {})
  })
  const commentJson = (c: FakeComment): JsonObject => ({
    ...example('issue-comment'),
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${baseUrl}/repos/${full}/issues/comments/${c.id}`,
    html_url: `https://github.com/${full}/pull/${pull.number}#issuecomment-${c.id}`,
    issue_url: `${baseUrl}/repos/${full}/issues/${pull.number}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'COLLABORATOR'
  })
  const checkRunJson = (c: FakeCheckRun): JsonObject => {
    const base = example('check-run')
    return {
      ...base,
      id: c.id,
      node_id: `CR_${c.id}`,
      name: c.name,
      head_sha: c.head_sha,
      status: c.status,
      conclusion: c.conclusion,
      external_id: c.external_id,
      details_url: c.details_url,
      started_at: c.started_at,
      completed_at: c.completed_at,
      url: `${baseUrl}/repos/${full}/check-runs/${c.id}`,
      html_url: `https://github.com/${full}/runs/${c.id}`,
      output: { ...(base.output as JsonObject), ...c.output, annotations_count: 0 },
      app: { ...(base.app as JsonObject), slug: 'github-actions', name: 'GitHub Actions' },
      pull_requests: []
    }
  }
  const pullJson = (): JsonObject => {
    const base = example('pull-request')
    const head = base.head as JsonObject
    const baseRef = base.base as JsonObject
    return {
      ...base,
      number: pull.number,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
      user: userJson(pull.user),
      url: `${baseUrl}/repos/${full}/pulls/${pull.number}`,
      html_url: `https://github.com/${full}/pull/${pull.number}`,
      changed_files: pull.changedFilesCount ?? pull.changedFiles.length,
      commits: pull.commits.length,
      requested_reviewers: pull.requested.users.map((login) => userJson({ login, type: 'User' })),
      requested_teams: [],
      head: {
        ...head,
        sha: pull.head.sha,
        ref: pull.head.ref,
        label: `${(pull.head.repo ?? full).split('/')[0] ?? owner}:${pull.head.ref}`,
        repo: pull.head.repo === null ? null : repoJson(pull.head.repo)
      },
      base: {
        ...baseRef,
        sha: pull.base.sha,
        ref: pull.base.ref,
        label: `${owner}:${pull.base.ref}`,
        repo: repoJson(pull.base.repo)
      }
    }
  }

  // --- pagination as GitHub does it: per_page (max 100), page, Link header ----------------------
  const paginate = <T>(
    items: readonly T[],
    query: Readonly<Record<string, string>>,
    path: string
  ) => {
    const perPage = Math.min(Number(query.per_page ?? 30) || 30, 100)
    const page = Math.max(Number(query.page ?? 1) || 1, 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const link = (p: number, rel: string): string => {
      const u = new URL(baseUrl + path)
      for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v)
      u.searchParams.set('per_page', String(perPage))
      u.searchParams.set('page', String(p))
      return `<${u.toString()}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
    return { slice, headers: links.length ? { link: links.join(', ') } : undefined }
  }

  const isCollaborator = (login: string): boolean => state.collaborators.has(login.toLowerCase())

  // --- operations ------------------------------------------------------------------------------
  type Handler = (ctx: {
    params: Readonly<Record<string, string>>
    query: Readonly<Record<string, string>>
    body: JsonObject
    path: string
  }) => Reply

  const notFound = (documentation: string): Reply => errorReply('not-found', documentation)
  const checkPull = (params: Readonly<Record<string, string>>): Reply | undefined =>
    params.owner === owner &&
    params.repo === repo &&
    Number(params.pull_number ?? params.issue_number) === pull.number
      ? undefined
      : notFound(`${DOCS}/pulls/pulls#get-a-pull-request`)
  const ownRepo = (params: Readonly<Record<string, string>>): Reply | undefined =>
    params.owner === owner && params.repo === repo
      ? undefined
      : notFound(`${DOCS}/repos/repos#get-a-repository`)

  const handlers: Record<string, Handler> = {
    'users/get-authenticated': () => {
      if (state.installationToken)
        return errorReply('forbidden', `${DOCS}/users/users#get-the-authenticated-user`)
      return {
        status: 200,
        body: {
          ...example('private-user-response-with-public-and-private-profile-information'),
          login: state.tokenUser.login,
          id: idOf(state.tokenUser.login),
          type: state.tokenUser.type
        }
      }
    },
    'pulls/get': ({ params }) => checkPull(params) ?? { status: 200, body: pullJson() },
    'pulls/list-files': ({ params, query, path }) => {
      const bad = checkPull(params)
      if (bad) return bad
      // GitHub lists at most 3000 files; beyond that the list is silently cut.
      const listed = pull.changedFiles.slice(0, 3000)
      const { slice, headers } = paginate(listed, query, path)
      const template = spec.examples['diff-entry-items']?.value
      const entry = structuredClone(Array.isArray(template) ? template[0] : {}) as JsonObject
      delete entry.patch
      return {
        status: 200,
        headers,
        body: slice.map((f) => ({
          ...entry,
          sha: sha1(f.filename),
          filename: f.filename,
          status: f.status ?? 'modified',
          ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
          ...(f.patch === undefined ? {} : { patch: f.patch })
        }))
      }
    },
    'repos/get-content': ({ params, query }) => {
      const bad = ownRepo(params)
      if (bad) return bad
      const ref = query.ref ?? pull.base.ref
      const path = decodeURIComponent(params.path ?? '')
      const text = state.files.get(ref)?.get(path)
      if (text === undefined) return notFound(`${DOCS}/repos/contents#get-repository-content`)
      const name = path.split('/').pop() ?? path
      return {
        status: 200,
        body: {
          ...example('content-file'),
          name,
          path,
          size: Buffer.byteLength(text),
          sha: sha1(text),
          encoding: 'base64',
          // GitHub wraps base64 content at 60 columns.
          content:
            (
              Buffer.from(text)
                .toString('base64')
                .match(/.{1,60}/g) ?? ['']
            ).join('\n') + '\n',
          url: `${baseUrl}/repos/${full}/contents/${path}?ref=${ref}`
        }
      }
    },
    'pulls/list-reviews': ({ params, query, path }) => {
      const bad = checkPull(params)
      if (bad) return bad
      // PENDING reviews are visible only to their author.
      const visible = pull.reviews.filter(
        (r) => r.state !== 'PENDING' || r.user.login === state.tokenUser.login
      )
      const { slice, headers } = paginate(visible, query, path)
      return { status: 200, headers, body: slice.map(reviewJson) }
    },
    'pulls/create-review': ({ params, body }) => {
      const bad = checkPull(params)
      if (bad) return bad
      const docs = `${DOCS}/pulls/reviews#create-a-review-for-a-pull-request`
      const event = typeof body.event === 'string' ? body.event : undefined
      const text = typeof body.body === 'string' ? body.body : ''
      const commit = typeof body.commit_id === 'string' ? body.commit_id : pull.head.sha
      if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && text === '') {
        return validationSimple(
          'Body is required when the event is COMMENT or REQUEST_CHANGES',
          docs
        )
      }
      if (event === 'APPROVE') {
        if (state.tokenUser.login === ACTIONS_BOT.login && !state.actionsCanApprove) {
          return errorReply('approval-not-permitted', docs)
        }
        if (pull.user.login === state.tokenUser.login) return errorReply('own-pull-request', docs)
      }
      if (event === 'REQUEST_CHANGES' && pull.user.login === state.tokenUser.login) {
        return validationSimple('Review Can not request changes on your own pull request', docs)
      }
      if (!pull.commits.includes(commit))
        return validationSimple('commit_id is not part of the pull request', docs)
      if (
        event === undefined &&
        pull.reviews.some((r) => r.state === 'PENDING' && r.user.login === state.tokenUser.login)
      ) {
        return validationSimple('user_id can only have one pending review per pull request', docs)
      }
      const stateFor: Record<string, ReviewState> = {
        APPROVE: 'APPROVED',
        REQUEST_CHANGES: 'CHANGES_REQUESTED',
        COMMENT: 'COMMENTED'
      }
      const review: FakeReview = {
        id: nextId(),
        user: state.tokenUser,
        body: text,
        state: event ? (stateFor[event] ?? 'COMMENTED') : 'PENDING',
        commit_id: commit,
        submitted_at: event ? now() : undefined,
        author_association: state.tokenUser.type === 'Bot' ? 'NONE' : 'COLLABORATOR'
      }
      pull.reviews.push(review)
      return { status: 200, body: reviewJson(review) }
    },
    'pulls/dismiss-review': ({ params }) => {
      const bad = checkPull(params)
      if (bad) return bad
      const docs = `${DOCS}/pulls/reviews#dismiss-a-review-for-a-pull-request`
      const review = pull.reviews.find((r) => r.id === Number(params.review_id))
      if (!review) return notFound(docs)
      if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED') {
        const word =
          review.state === 'DISMISSED'
            ? 'dismissed'
            : review.state === 'PENDING'
              ? 'pending'
              : 'commented'
        return validationSimple(`Can not dismiss a ${word} pull request review`, docs)
      }
      if (state.dismissalRestricted)
        return validationSimple('Branch protections do not permit dismissing this review', docs)
      review.state = 'DISMISSED'
      return { status: 200, body: reviewJson(review) }
    },
    'issues/list-comments': ({ params, query, path }) => {
      const bad = checkPull(params)
      if (bad) return bad
      const { slice, headers } = paginate(pull.comments, query, path)
      return { status: 200, headers, body: slice.map(commentJson) }
    },
    'issues/create-comment': ({ params, body }) => {
      const bad = checkPull(params)
      if (bad) return bad
      const text = asString(body.body)
      const tooLong = commentTooLong(text)
      if (tooLong) return tooLong
      const at = now()
      const comment: FakeComment = {
        id: nextId(),
        user: state.tokenUser,
        body: text,
        created_at: at,
        updated_at: at
      }
      pull.comments.push(comment)
      return {
        status: 201,
        headers: { location: `${baseUrl}/repos/${full}/issues/comments/${comment.id}` },
        body: commentJson(comment)
      }
    },
    'issues/update-comment': ({ params, body }) => {
      const bad = ownRepo(params)
      if (bad) return bad
      const comment = pull.comments.find((c) => c.id === Number(params.comment_id))
      if (!comment) return notFound(`${DOCS}/issues/comments#update-an-issue-comment`)
      const text = asString(body.body)
      const tooLong = commentTooLong(text)
      if (tooLong) return tooLong
      comment.body = text
      comment.updated_at = now()
      return { status: 200, body: commentJson(comment) }
    },
    'pulls/list-requested-reviewers': ({ params }) => {
      const bad = checkPull(params)
      if (bad) return bad
      return {
        status: 200,
        body: {
          users: pull.requested.users.map((login) => userJson({ login, type: 'User' })),
          teams: pull.requested.teams.map(teamJson)
        }
      }
    },
    'pulls/request-reviewers': ({ params, body }) => {
      const bad = checkPull(params)
      if (bad) return bad
      const docs = `${DOCS}/pulls/review-requests#request-reviewers-for-a-pull-request`
      const users = stringArray(body.reviewers)
      const teams = stringArray(body.team_reviewers)
      if (users.some((u) => u.toLowerCase() === pull.user.login.toLowerCase())) {
        return validationSimple('Review cannot be requested from pull request author.', docs)
      }
      if (users.some((u) => !isCollaborator(u)) || teams.some((t) => !state.teams.has(t))) {
        return validationSimple(
          `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${full} repository.`,
          docs
        )
      }
      for (const u of users) if (!pull.requested.users.includes(u)) pull.requested.users.push(u)
      for (const t of teams) if (!pull.requested.teams.includes(t)) pull.requested.teams.push(t)
      return {
        status: 201,
        body: {
          ...example('pull-request-review-request'),
          number: pull.number,
          user: userJson(pull.user),
          requested_reviewers: pull.requested.users.map((login) =>
            userJson({ login, type: 'User' })
          ),
          requested_teams: pull.requested.teams.map(teamJson)
        }
      }
    },
    'repos/get-collaborator-permission-level': ({ params }) => {
      const bad = ownRepo(params)
      if (bad) return bad
      const login = params.username ?? ''
      const role = state.collaborators.get(login.toLowerCase())
      // `permission` keeps the legacy names: maintain reads as write, triage as read.
      const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : (role ?? 'none')
      return {
        status: 200,
        body: {
          ...example('repository-collaborator-permission-response-if-user-has-admin-permissions'),
          permission: legacy,
          role_name: role ?? 'none',
          user: {
            ...userJson({ login, type: 'User' }),
            role_name: role ?? 'none',
            permissions: {
              pull: role !== undefined,
              triage: role !== undefined && role !== 'read',
              push: role === 'write' || role === 'maintain' || role === 'admin',
              maintain: role === 'maintain' || role === 'admin',
              admin: role === 'admin'
            }
          }
        }
      }
    },
    'checks/create': ({ params, body }) => {
      const bad = ownRepo(params)
      if (bad) return bad
      const docs = `${DOCS}/checks/runs#create-a-check-run`
      const headSha = asString(body.head_sha)
      if (!pull.commits.includes(headSha) && headSha !== pull.base.sha) {
        return validationFailed('CheckRun', 'head_sha', `No commit found for SHA: ${headSha}`, docs)
      }
      const output = objectOrUndefined(body.output)
      const tooBig = outputTooBig(output, docs)
      if (tooBig) return tooBig
      const conclusion = typeof body.conclusion === 'string' ? body.conclusion : null
      const run: FakeCheckRun = {
        id: nextId(),
        name: asString(body.name),
        head_sha: headSha,
        status: conclusion
          ? 'completed'
          : ((body.status as FakeCheckRun['status'] | undefined) ?? 'queued'),
        conclusion,
        external_id: typeof body.external_id === 'string' ? body.external_id : '',
        details_url: typeof body.details_url === 'string' ? body.details_url : null,
        started_at: typeof body.started_at === 'string' ? body.started_at : now(),
        completed_at: conclusion
          ? typeof body.completed_at === 'string'
            ? body.completed_at
            : now()
          : null,
        output: outputOf(output)
      }
      state.checkRuns.push(run)
      return { status: 201, body: checkRunJson(run) }
    },
    'checks/update': ({ params, body }) => {
      const bad = ownRepo(params)
      if (bad) return bad
      const docs = `${DOCS}/checks/runs#update-a-check-run`
      const run = state.checkRuns.find((c) => c.id === Number(params.check_run_id))
      if (!run) return notFound(docs)
      const output = objectOrUndefined(body.output)
      const tooBig = outputTooBig(output, docs)
      if (tooBig) return tooBig
      if (typeof body.name === 'string') run.name = body.name
      if (typeof body.external_id === 'string') run.external_id = body.external_id
      if (typeof body.details_url === 'string') run.details_url = body.details_url
      if (typeof body.status === 'string') run.status = body.status as FakeCheckRun['status']
      if (typeof body.conclusion === 'string') {
        run.conclusion = body.conclusion
        run.status = 'completed'
        run.completed_at = typeof body.completed_at === 'string' ? body.completed_at : now()
      }
      if (output) run.output = { ...run.output, ...outputOf(output) }
      return { status: 200, body: checkRunJson(run) }
    },
    'checks/list-for-ref': ({ params, query, path }) => {
      const bad = ownRepo(params)
      if (bad) return bad
      const matching = state.checkRuns
        .filter(
          (c) =>
            c.head_sha === params.ref &&
            (query.check_name === undefined || c.name === query.check_name)
        )
        .sort((a, b) => b.id - a.id)
      const { slice, headers } = paginate(matching, query, path)
      return {
        status: 200,
        headers,
        body: { total_count: matching.length, check_runs: slice.map(checkRunJson) }
      }
    }
  }

  // --- request handling ------------------------------------------------------------------------
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', baseUrl)
    const method = (req.method ?? 'GET').toLowerCase()
    const query: Record<string, string> = {}
    for (const [k, v] of url.searchParams) query[k] = v
    const raw = await readBody(req)
    let body: Json | undefined
    let reply: Reply
    let operationId: string | undefined
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v

    try {
      body = raw === '' ? undefined : (JSON.parse(raw) as Json)
    } catch {
      send(res, 400, { message: 'Problems parsing JSON', documentation_url: DOCS })
      requests.push({
        method: method.toUpperCase(),
        path: url.pathname,
        operationId,
        query,
        body: raw,
        status: 400
      })
      return
    }
    const request = { method, path: url.pathname, query, headers, body }
    const operation = spec.api.matchOperation(request)
    if (!operation) {
      reply = notFound(DOCS)
    } else {
      operationId = operation.operationId
      const validation = spec.api.validateRequest(request, operation)
      const handler = operationId ? handlers[operationId] : undefined
      const params = spec.api.router.parseRequest(request, operation).params as Record<
        string,
        string
      >
      const failure = scripted.find(
        (s) =>
          (s.operation === '*' || s.operation === operationId) &&
          (s.method === undefined || s.method.toLowerCase() === method) &&
          (s.times === undefined || s.times > 0)
      )
      if (!validation.valid) {
        // GitHub answers 422 "Invalid request." with the schema problems for bad bodies/params.
        reply = {
          status: 422,
          body: {
            message: 'Invalid request.',
            errors: (validation.errors ?? []).map((e) =>
              `${e.instancePath || e.schemaPath} ${e.message ?? ''}`.trim()
            ),
            documentation_url: DOCS
          }
        }
      } else if (failure) {
        if (failure.times !== undefined) failure.times--
        reply = errorReply(failure.kind, DOCS)
      } else if (state.readOnlyToken && method !== 'get') {
        reply = errorReply('forbidden', DOCS)
      } else if (!handler) {
        problems.push(
          `unhandled operation ${operationId ?? '?'} (${method.toUpperCase()} ${url.pathname})`
        )
        reply = {
          status: 501,
          body: { message: `fake GitHub does not implement ${operationId ?? '?'}` }
        }
      } else {
        reply = handler({ params, query, body: objectOrUndefined(body) ?? {}, path: url.pathname })
      }
      if (reply.body !== undefined && spec.declaredStatuses(operation, reply.status)) {
        const check = spec.api.validateResponse(reply.body, operation, reply.status)
        if (!check.valid) {
          problems.push(
            `${operationId ?? '?'} ${reply.status} response does not match the description: ${JSON.stringify(check.errors?.slice(0, 3))}`
          )
        }
      }
    }
    requests.push({
      method: method.toUpperCase(),
      path: url.pathname,
      operationId,
      query,
      body,
      status: reply.status
    })
    send(res, reply.status, reply.body, reply.headers)
  }

  const commentTooLong = (text: string): Reply | undefined =>
    text.length > 65_536
      ? validationFailed(
          'IssueComment',
          'data',
          'Body is too long (maximum is 65536 characters)',
          `${DOCS}/issues/comments#create-an-issue-comment`
        )
      : undefined

  const outputTooBig = (output: JsonObject | undefined, docs: string): Reply | undefined => {
    for (const field of ['summary', 'text'] as const) {
      const value = output?.[field]
      if (typeof value === 'string' && Buffer.byteLength(value) > 65_535) {
        return validationFailed(
          'CheckRun',
          field,
          `${field} exceeds a maximum bytesize of 65535`,
          docs
        )
      }
    }
    return undefined
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      problems.push(
        `fake crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
      )
      send(res, 500, { message: 'fake crashed' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: baseUrl,
    state,
    requests,
    problems,
    script: (error) => scripted.push(error),
    calls: (operationId) => requests.filter((r) => r.operationId === operationId),
    push: (sha) => {
      pull.head.sha = sha
      if (!pull.commits.includes(sha)) pull.commits.push(sha)
    },
    addReview: (review) => {
      const created: FakeReview = {
        author_association: review.user.type === 'Bot' ? 'NONE' : 'COLLABORATOR',
        ...review,
        id: nextId(),
        submitted_at: review.state === 'PENDING' ? undefined : now()
      }
      pull.reviews.push(created)
      return created
    },
    addComment: (user, body) => {
      const at = now()
      const comment: FakeComment = { id: nextId(), user, body, created_at: at, updated_at: at }
      pull.comments.push(comment)
      return comment
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------

function send(
  res: ServerResponse,
  status: number,
  body: Json | undefined,
  headers: Readonly<Record<string, string>> = {}
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': '0000:1111:2222:3333:44444444',
    ...headers
  })
  res.end(body === undefined ? '' : JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function objectOrUndefined(value: Json | undefined): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined
}

/** A string field of a validated request body (the schema already checked its type). */
function asString(value: Json | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? '')
}

function stringArray(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function outputOf(output: JsonObject | undefined): FakeCheckRun['output'] {
  const text = (v: Json | undefined): string | null => (typeof v === 'string' ? v : null)
  return { title: text(output?.title), summary: text(output?.summary), text: text(output?.text) }
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** Stable numeric ids for logins, so the same user always has the same id. */
function idOf(login: string): number {
  return Number.parseInt(createHash('sha1').update(login).digest('hex').slice(0, 7), 16)
}
