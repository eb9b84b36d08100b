/**
 * The Octokit gateway and the fake it is tested against: requests are validated against GitHub's
 * OpenAPI description, and every GitHub failure becomes a GitHubApiError that says what to do.
 */
import { getOctokit } from '@actions/github'
import { afterEach, describe, expect, it } from 'vitest'
import { GitHubApiError } from '../../src/github/errors.js'
import { OctokitGateway } from '../../src/github/octokit-gateway.js'
import { ERROR_TEXT } from '../fakes/github-server.js'
import type { FakeGitHub, FakeGitHubOptions, ScriptedErrorKind } from '../fakes/github-server.js'
import { harness } from './support.js'
import type { Harness } from './support.js'

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

let open: FakeGitHub[] = []
afterEach(async () => {
  const fakes = open
  open = []
  await Promise.all(fakes.map((fake) => fake.close()))
  expect(fakes.flatMap((fake) => fake.problems)).toEqual([])
})

async function setup(options: FakeGitHubOptions = {}): Promise<Harness> {
  const h = await harness(options)
  open.push(h.fake)
  return h
}

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(GitHubApiError)
  return error as GitHubApiError
}

describe('the fake GitHub validates requests against the OpenAPI description', () => {
  it('answers 422 "Invalid request." to a body the description rejects, as GitHub does', async () => {
    const { fake } = await setup()
    const octokit = getOctokit('t', { baseUrl: fake.url })
    const bad = {
      owner: 'acme',
      repo: 'infra',
      pull_number: 7,
      review_id: 1
    } as unknown as Parameters<typeof octokit.rest.pulls.dismissReview>[0]
    const error = await octokit.rest.pulls.dismissReview(bad).then(
      () => undefined,
      (e: unknown) =>
        e as { status: number; response: { data: { message: string; errors: string[] } } }
    )
    expect(error?.status).toBe(422)
    expect(error?.response.data.message).toBe('Invalid request.')
    expect(error?.response.data.errors.join(' ')).toMatch(/required/)
    const wrongEvent = {
      owner: 'acme',
      repo: 'infra',
      pull_number: 7,
      event: 'APPROVED'
    } as unknown as Parameters<typeof octokit.rest.pulls.createReview>[0]
    const second = await octokit.rest.pulls.createReview(wrongEvent).then(
      () => undefined,
      (e: unknown) => e as { status: number }
    )
    expect(second?.status).toBe(422)
    expect(fake.state.pull.reviews).toHaveLength(0)
  })

  it('keeps GitHub’s semantic rules the schema leaves out (COMMENT needs a body; only approvals can be dismissed)', async () => {
    const { fake } = await setup()
    const octokit = getOctokit('t', { baseUrl: fake.url })
    const pull = { owner: 'acme', repo: 'infra', pull_number: 7 }
    await expect(
      octokit.rest.pulls.createReview({ ...pull, event: 'COMMENT' })
    ).rejects.toMatchObject({ status: 422 })
    const { data } = await octokit.rest.pulls.createReview({
      ...pull,
      event: 'COMMENT',
      body: 'note'
    })
    await expect(
      octokit.rest.pulls.dismissReview({ ...pull, review_id: data.id, message: 'x' })
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: ['Can not dismiss a commented pull request review'] } }
    })
  })
})

describe('OctokitGateway', () => {
  it('reads the pull request, a fork included', async () => {
    const { github } = await setup({ pull: { head: { repo: 'mallory/infra' } } })
    const pr = await github.getPullRequest()
    expect(pr).toMatchObject({
      number: 7,
      headSha: HEAD,
      baseRef: 'main',
      author: 'alice',
      fromFork: true,
      state: 'open'
    })
  })

  it('reads a file at a ref (base64 decoded), and a missing file as undefined', async () => {
    const text = 'version: 1\n# ünïcödé and a long line ' + 'x'.repeat(200) + '\n'
    const { github } = await setup({ files: { main: { '.github/plangate.yml': text } } })
    expect(await github.readFile('.github/plangate.yml', 'main')).toBe(text)
    expect(await github.readFile('.github/other.yml', 'main')).toBeUndefined()
  })

  it('an installation token has no login (GET /user answers 403); a personal token does', async () => {
    const app = await setup()
    expect(await app.github.identity()).toEqual({ login: undefined })
    const pat = await setup({
      installationToken: false,
      tokenUser: { login: 'octo', type: 'User' }
    })
    expect(await pat.github.identity()).toEqual({ login: 'octo' })
  })

  it('reports permissions with the legacy names (maintain → write)', async () => {
    const { github } = await setup({ collaborators: { mia: 'maintain', tom: 'triage' } })
    expect(await github.permissionOf('mia')).toBe('write')
    expect(await github.permissionOf('tom')).toBe('read')
    expect(await github.permissionOf('nobody')).toBe('none')
  })

  it.each<[ScriptedErrorKind, string, RegExp]>([
    [
      'forbidden',
      'forbidden',
      /403 "Resource not accessible by integration".*pull-requests: write/
    ],
    ['not-found', 'not-found', /404 Not Found/],
    ['server-error', 'server-error', /GitHub answered 500.*Re-run the job/],
    ['secondary-rate-limit', 'secondary-rate-limit', /secondary rate limit.*retry after 60 s/],
    [
      'approval-not-permitted',
      'approval-not-permitted',
      /Allow GitHub Actions to create and approve pull requests/
    ],
    ['own-pull-request', 'own-pull-request', /belongs to the pull request's author/]
  ])('classifies %s with an actionable message', async (kind, expected, message) => {
    const { fake, github } = await setup()
    fake.script({ operation: 'pulls/create-review', kind })
    const error = await failure(github.approve(HEAD, 'body'))
    expect(error.kind).toBe(expected)
    expect(error.message).toMatch(message)
    expect(error.operation).toBe('creating the approval review')
  })

  it('the real 422 for the approval setting is the "simple" validation shape', async () => {
    const { fake, github } = await setup({ actionsCanApprove: false })
    const error = await failure(github.approve(HEAD, 'body'))
    expect(error.kind).toBe('approval-not-permitted')
    expect(error.approvalRefused).toBe(true)
    expect(error.message).toContain(ERROR_TEXT.notPermitted)
    expect(fake.calls('pulls/create-review')[0]?.status).toBe(422)
  })

  it('an unreachable API is a network failure, not a crash', async () => {
    const gateway = new OctokitGateway('t', {
      owner: 'acme',
      repo: 'infra',
      pullNumber: 7,
      apiUrl: 'http://127.0.0.1:9',
      checkName: 'plangate'
    })
    const error = await failure(gateway.getPullRequest())
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(/Could not reach the GitHub API while reading pull request #7/)
  })
})
