/**
 * The action end to end as GitHub runs it: `@github/local-action` runs src/main.ts (inputs from
 * a .env file, the event payload from GITHUB_EVENT_PATH) against the fake GitHub (real Octokit,
 * requests validated against GitHub's OpenAPI description) and, for the model scenarios, the fake
 * Messages API (real Anthropic SDK). Each scenario asserts the outputs and what the fake recorded.
 */
import { describe, expect, it } from 'vitest'
import type { TestContext } from 'vitest'
import { APPROVAL_MARKER, REPORT_MARKER } from '../../src/github/bodies.js'
import { startFakeAnthropic } from '../fakes/anthropic-server.js'
import { ACTIONS_BOT, startFakeGitHub } from '../fakes/github-server.js'
import type { FakeGitHub, FakeGitHubOptions } from '../fakes/github-server.js'
import { runAction } from './local-action.js'

const SAFE = 'test/fixtures/github/plans/safe.json'
const RISKY = 'test/fixtures/github/plans/risky.json'
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const BASE = 'b0b1b2b3b4b5b6b7b8b9c0c1c2c3c4c5c6c7c8c9'
const NEWER = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00'
const POLICY = `version: 1
defaults:
  reviewers:
    stateful-replace: { users: [alice, bob], teams: [dba] }
    "*": { users: [carol] }
`
// Each run starts a tsx process; give the slow first one room.
const TIMEOUT = 120_000

/**
 * A fake GitHub for one test, closed and checked when that test ends (the test context's own
 * `onTestFinished`, which stays right if the scenarios are ever made concurrent).
 */
async function github(
  onTestFinished: TestContext['onTestFinished'],
  options: FakeGitHubOptions = {}
): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({
    files: { [BASE]: { '.github/plangate.yml': POLICY } },
    ...options
  })
  onTestFinished(async () => {
    await fake.close()
    // Every request the action sent, and every answer, matched GitHub's OpenAPI description.
    expect(fake.problems).toEqual([])
  })
  return fake
}

const writes = (fake: FakeGitHub): string[] =>
  fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.operationId ?? '?'} ${r.status}`)

// Sequential: each scenario runs a tsx process, and two cores run out fast when they pile up.
describe('plangate as GitHub runs it (local-action)', () => {
  it(
    'a safe plan is approved, pinned to the analysed SHA; the check is green',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      const run = await runAction(fake, { inputs: { plan: SAFE } })

      expect(run.outputs).toMatchObject({ decision: 'approve', risk: 'none' })
      expect(run.failed).toBeUndefined()
      const [approval] = fake.calls('pulls/create-review')
      expect(approval?.body).toMatchObject({ event: 'APPROVE', commit_id: HEAD })
      expect(String((approval?.body as { body: string }).body)).toContain(APPROVAL_MARKER)
      expect(fake.state.checkRuns).toMatchObject([
        { name: 'plangate', head_sha: HEAD, conclusion: 'success' }
      ])
      expect(writes(fake)).toEqual([
        'checks/create 201',
        'pulls/create-review 200',
        'checks/update 200'
      ])
      // The policy came from the base commit; the report and the record were written.
      expect(fake.calls('repos/get-content')[0]?.query.ref).toBe(BASE)
      expect(run.summary).toContain('Approved by plangate')
      expect(run.record).toMatchObject({
        decision: 'approve',
        github: { approval: { existed: false }, head_sha: HEAD }
      })
    }
  )

  it(
    'with the model: its "no concerns" is named in the approval',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      const anthropic = await startFakeAnthropic('no_concerns')
      try {
        const run = await runAction(fake, {
          inputs: { plan: SAFE, 'anthropic-api-key': 'sk-ant-fake-key' },
          env: { ANTHROPIC_BASE_URL: anthropic.url }
        })
        expect(run.outputs.decision).toBe('approve')
        expect(anthropic.requests.length).toBeGreaterThan(0)
        const body = String((fake.calls('pulls/create-review')[0]?.body as { body: string }).body)
        expect(body).toMatch(/\*\*Model\*\*: anthropic `claude-/)
        // The key was masked, never echoed.
        expect(run.stdout).not.toContain('sk-ant-fake-key')
      } finally {
        await anthropic.close()
      }
    }
  )

  it(
    'a risky plan: earlier approval dismissed, one comment, reviewers requested, red check',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      fake.addReview({
        user: ACTIONS_BOT,
        body: `${APPROVAL_MARKER}\nearlier`,
        state: 'APPROVED',
        commit_id: HEAD
      })
      const run = await runAction(fake, { inputs: { plan: RISKY } })

      expect(run.outputs).toMatchObject({ decision: 'review', risk: 'critical' })
      // Flagging is the gate working, not the job failing: the red check carries the verdict.
      expect(run.failed).toBeUndefined()
      expect(fake.calls('pulls/create-review')).toHaveLength(0)
      expect(fake.state.pull.reviews[0]?.state).toBe('DISMISSED')
      expect(fake.state.pull.comments).toHaveLength(1)
      expect(fake.state.pull.comments[0]?.body).toMatch(new RegExp(`^${REPORT_MARKER}`))
      expect(fake.state.pull.requested).toEqual({ users: ['bob', 'carol'], teams: ['dba'] })
      expect(fake.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' })
      expect(writes(fake)).toEqual([
        'checks/create 201',
        'pulls/dismiss-review 200',
        'checks/update 200',
        'issues/create-comment 201',
        'pulls/request-reviewers 201'
      ])
    }
  )

  it('a re-run edits the same comment', { timeout: TIMEOUT }, async ({ onTestFinished }) => {
    const risky = await github(onTestFinished)
    await runAction(risky, { inputs: { plan: RISKY } })
    await runAction(risky, { inputs: { plan: RISKY } })
    expect(risky.calls('issues/create-comment')).toHaveLength(1)
    expect(risky.calls('issues/update-comment')).toHaveLength(1)
    expect(risky.state.pull.comments).toHaveLength(1)
    // Reviewers already requested are not requested again.
    expect(risky.calls('pulls/request-reviewers')).toHaveLength(1)
  })

  it(
    'a re-run never approves twice for one SHA',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const safe = await github(onTestFinished)
      await runAction(safe, { inputs: { plan: SAFE } })
      const again = await runAction(safe, { inputs: { plan: SAFE } })
      expect(again.outputs.decision).toBe('approve')
      expect(safe.calls('pulls/create-review')).toHaveLength(1)
      expect(again.record).toMatchObject({ github: { approval: { existed: true } } })
    }
  )

  it(
    'a monorepo: several plans give one decision and one report',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      const run = await runAction(fake, { inputs: { plan: 'test/fixtures/github/plans/*.json' } })
      expect(run.outputs).toMatchObject({ decision: 'review', risk: 'critical' })
      expect(fake.calls('pulls/create-review')).toHaveLength(0)
      expect(fake.state.pull.comments).toHaveLength(1)
      const plans = (run.record?.plans ?? []) as { file: string }[]
      expect(plans.map((p) => p.file)).toEqual([RISKY, SAFE])
      for (const file of [RISKY, SAFE])
        expect(fake.state.pull.comments[0]?.body).toContain(file.split('/').pop())
    }
  )

  it(
    'the head moved since the plan: no approval, no comment',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      fake.push(NEWER)
      const run = await runAction(fake, { inputs: { plan: SAFE }, event: { headSha: HEAD } })
      expect(run.outputs.decision).toBe('review')
      expect(fake.calls('pulls/create-review')).toHaveLength(0)
      expect(fake.calls('issues/create-comment')).toHaveLength(0)
      expect(fake.state.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' })
      expect(run.summary).toMatch(/head moved to c0ffee0/)
    }
  )

  it(
    'a fork pull request (read-only token): advisory, not a single write',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished, {
        readOnlyToken: true,
        pull: { head: { repo: 'mallory/infra' } }
      })
      const run = await runAction(fake, {
        inputs: { plan: RISKY },
        event: { headRepo: 'mallory/infra' }
      })
      expect(run.outputs.decision).toBe('review')
      expect(writes(fake)).toEqual([])
      // No check can be written, so the job's own status carries the verdict.
      expect(run.failed).toMatch(/needs a human review/)
      expect(run.summary).toMatch(/read-only/)
    }
  )

  it(
    'a PR that changes the policy is flagged, with the base branch policy applied',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished, {
        pull: {
          changedFiles: [
            {
              filename: '.github/plangate.yml',
              patch: '@@ -1 +1 @@\n+defaults: { rules_only_approval: true }'
            }
          ]
        }
      })
      const run = await runAction(fake, { inputs: { plan: SAFE } })
      expect(run.outputs.decision).toBe('review')
      expect(run.outputs.risk).toBe('high')
      expect(fake.calls('pulls/create-review')).toHaveLength(0)
      expect(fake.state.pull.comments[0]?.body).toContain('policy-or-workflow-change')
      expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
    }
  )

  it(
    'approval not permitted (422): flagged, and the message names the setting',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished, { actionsCanApprove: false })
      const run = await runAction(fake, { inputs: { plan: SAFE } })
      expect(run.outputs.decision).toBe('review')
      expect(fake.calls('pulls/create-review').map((r) => r.status)).toEqual([422])
      expect(run.stdout).toContain('Allow GitHub Actions to create and approve pull requests')
      expect(fake.state.pull.comments[0]?.body).toContain('Settings → Actions → General')
      expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
    }
  )

  it(
    '403 "Resource not accessible by integration": review and a failed job naming the permission, no crash',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      fake.script({ operation: 'checks/create', kind: 'forbidden' })
      const run = await runAction(fake, { inputs: { plan: SAFE } })
      expect(run.outputs.decision).toBe('review')
      expect(run.failed).toMatch(/403 "Resource not accessible by integration".*checks: write/)
      // It stopped before the review (no model tokens spent) and approved nothing.
      expect(fake.calls('pulls/create-review')).toHaveLength(0)
      expect(fake.calls('pulls/list-files')).toHaveLength(0)
      expect(fake.calls('checks/create').map((r) => r.status)).toEqual([403, 403])
    }
  )

  it(
    '500 on the approval: review, a failed job, a red check',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      fake.script({ operation: 'pulls/create-review', kind: 'server-error' })
      const run = await runAction(fake, { inputs: { plan: SAFE } })
      expect(run.outputs.decision).toBe('review')
      expect(run.failed).toMatch(/GitHub answered 500/)
      expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
    }
  )

  it(
    'a broken policy on the base branch fails closed with the policy error',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished, {
        files: { [BASE]: { '.github/plangate.yml': 'version: 1\ndefaults: { severty: high }\n' } }
      })
      const run = await runAction(fake, { inputs: { plan: SAFE } })
      expect(run.outputs.decision).toBe('review')
      expect(run.failed).toMatch(/plangate\.yml@main .*severty/)
      expect(fake.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' })
      expect(fake.calls('pulls/create-review')).toHaveLength(0)
    }
  )

  it(
    'pull_request_review: a collaborator’s approval turns the red check green without a new review',
    { timeout: TIMEOUT },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      await runAction(fake, { inputs: { plan: RISKY } })
      expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
      const review = fake.addReview({
        user: { login: 'bob', type: 'User' },
        body: 'lgtm',
        state: 'APPROVED',
        commit_id: HEAD
      })
      const before = fake.requests.length
      const run = await runAction(fake, {
        event: {
          name: 'pull_request_review',
          review: {
            id: review.id,
            state: 'approved',
            commitId: HEAD,
            user: { login: 'bob', type: 'User' },
            authorAssociation: 'COLLABORATOR'
          }
        }
      })
      expect(run.outputs.decision).toBe('approve')
      expect(fake.state.checkRuns).toHaveLength(1)
      expect(fake.state.checkRuns[0]).toMatchObject({ conclusion: 'success' })
      expect(fake.requests.slice(before).map((r) => r.operationId)).not.toContain(
        'pulls/list-files'
      )
    }
  )
})
