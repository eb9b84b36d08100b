/**
 * Inputs (through the real @actions/core reading INPUT_* variables) and the run's context (the
 * event payload file the runner writes).
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ContextError, readActionContext } from '../../src/github/context.js'
import { InputError, getInputs } from '../../src/inputs.js'

const INPUTS = [
  'PLAN',
  'POLICY',
  'GITHUB-TOKEN',
  'ANTHROPIC-API-KEY',
  'MODEL',
  'MODE',
  'ENVIRONMENT'
]

function setInputs(values: Readonly<Record<string, string>>): void {
  for (const name of INPUTS) delete process.env[`INPUT_${name}`]
  for (const [name, value] of Object.entries(values))
    process.env[`INPUT_${name.toUpperCase()}`] = value
}

afterEach(() => setInputs({}))

describe('getInputs', () => {
  it('parses every input into one settings object', () => {
    setInputs({
      plan: 'envs/prod/plan.json\nenvs/dev/*.json, extra.json\n# a comment',
      policy: './ops/plangate.yml',
      'github-token': 'ghs_x',
      'anthropic-api-key': 'sk-ant-x',
      model: 'claude-haiku-4-5',
      mode: 'Comment',
      environment: 'staging'
    })
    expect(getInputs({ TF_WORKSPACE: 'prod-eu' })).toEqual({
      plans: ['envs/prod/plan.json', 'envs/dev/*.json', 'extra.json'],
      policyPath: 'ops/plangate.yml',
      githubToken: 'ghs_x',
      anthropicApiKey: 'sk-ant-x',
      model: 'claude-haiku-4-5',
      mode: 'comment',
      environment: 'staging',
      workspace: 'prod-eu'
    })
  })

  it('defaults: approve mode, the standard policy path, rules only', () => {
    setInputs({ plan: 'plan.json', 'github-token': 'ghs_x' })
    expect(getInputs({})).toMatchObject({
      mode: 'approve',
      policyPath: '.github/plangate.yml',
      anthropicApiKey: undefined,
      model: undefined
    })
  })

  it.each([
    [{ 'github-token': '' }, /'github-token' is empty/],
    [
      { 'github-token': 'x', mode: 'auto' },
      /Invalid mode 'auto'. Expected one of: approve, comment/
    ],
    [
      { 'github-token': 'x', policy: '../other/plangate.yml' },
      /Invalid policy .*relative to its root/
    ],
    [{ 'github-token': 'x', policy: '/etc/plangate.yml' }, /Invalid policy/],
    [{ 'github-token': '${{ github.token }}' }, /unexpanded expression/]
  ])('rejects %o with an actionable message', (values, message) => {
    setInputs(values)
    expect(() => getInputs({})).toThrow(InputError)
    expect(() => getInputs({})).toThrow(message)
  })
})

describe('readActionContext', () => {
  async function payload(json: unknown): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'plangate-ctx-'))
    const file = path.join(dir, 'event.json')
    await writeFile(file, JSON.stringify(json))
    return file
  }
  const pr = (headRepo: string | null) => ({
    number: 7,
    head: { sha: 'a1b2c3d4e5f6', repo: headRepo === null ? null : { full_name: headRepo } },
    base: { sha: 'b0b1b2b3b4b5', repo: { full_name: 'acme/infra' } }
  })

  it('takes the head SHA from the payload (not GITHUB_SHA, the merge commit) and spots forks', async () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: 'merge0000000',
      GITHUB_RUN_ID: '99',
      GITHUB_EVENT_PATH: await payload({ action: 'synchronize', pull_request: pr('mallory/infra') })
    }
    const context = readActionContext(env, '/tmp')
    expect(context.pullRequest).toEqual({ number: 7, headSha: 'a1b2c3d4e5f6', fromFork: true })
    expect(context.runUrl).toBe('https://github.com/acme/infra/actions/runs/99')
    expect(context.review).toBeUndefined()
    const deleted = readActionContext(
      { ...env, GITHUB_EVENT_PATH: await payload({ pull_request: pr(null) }) },
      '/tmp'
    )
    expect(deleted.pullRequest.fromFork).toBe(true)
  })

  it('reads the review of a pull_request_review event', async () => {
    const context = readActionContext(
      {
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_EVENT_NAME: 'pull_request_review',
        GITHUB_EVENT_PATH: await payload({
          action: 'submitted',
          pull_request: pr('acme/infra'),
          review: {
            id: 5,
            state: 'approved',
            commit_id: 'a1b2c3d4e5f6',
            user: { login: 'bob', type: 'User' },
            author_association: 'MEMBER'
          }
        })
      },
      '/tmp'
    )
    expect(context.review).toEqual({
      action: 'submitted',
      reviewId: 5,
      state: 'approved',
      commitId: 'a1b2c3d4e5f6',
      user: { login: 'bob', type: 'User' },
      authorAssociation: 'MEMBER'
    })
  })

  it('says which events it runs on when there is no pull request', async () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: await payload({ ref: 'refs/heads/main' })
    }
    expect(() => readActionContext(env, '/tmp')).toThrow(ContextError)
    expect(() => readActionContext(env, '/tmp')).toThrow(
      /pull_request, pull_request_target and pull_request_review events; this run is "push"/
    )
  })
})
