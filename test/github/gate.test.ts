/**
 * The gate against the fake GitHub (real Octokit, every request validated against GitHub's
 * OpenAPI description). Each test is named after the invariant or the GitHub behaviour it pins.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { APPROVAL_MARKER, REPORT_MARKER } from '../../src/github/bodies.js'
import { Gate } from '../../src/github/gate.js'
import type { GateOptions } from '../../src/github/gate.js'
import { GitHubApiError } from '../../src/github/errors.js'
import { ACTIONS_BOT } from '../fakes/github-server.js'
import type { FakeGitHub, FakeGitHubOptions } from '../fakes/github-server.js'
import { POLICY_WITH_REVIEWERS, RISKY_PLAN, SAFE_PLAN, harness, review } from './support.js'
import type { Harness } from './support.js'

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const NEWER = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00'

let open: FakeGitHub[] = []
afterEach(async () => {
  const fakes = open
  open = []
  await Promise.all(fakes.map((fake) => fake.close()))
  // The fake validated every request and response; none may have been off-spec.
  expect(fakes.flatMap((fake) => fake.problems)).toEqual([])
})

async function setup(
  options: FakeGitHubOptions = {},
  gate: Partial<GateOptions> = {}
): Promise<Harness & { gate: () => Gate }> {
  const h = await harness(options)
  open.push(h.fake)
  return {
    ...h,
    gate: () =>
      new Gate(h.github, {
        mode: 'approve',
        analysedSha: HEAD,
        fromFork: false,
        readOnly: false,
        runUrl: 'https://github.com/acme/infra/actions/runs/1',
        log: h.log,
        ...gate
      })
  }
}

const bodies = (fake: FakeGitHub, operationId: string): Record<string, unknown>[] =>
  fake.calls(operationId).map((r) => r.body as Record<string, unknown>)

describe('approving a plan that needs no human', () => {
  it('invariant 4: the APPROVE review is pinned to the analysed SHA and names plan digest, policy digest and model', async () => {
    const { fake, gate } = await setup()
    const result = await review(SAFE_PLAN)
    expect(result.decision).toBe('approve')
    const g = gate()
    await g.start()
    const outcome = await g.deliver(result)

    expect(outcome.decision).toBe('approve')
    expect(outcome.errors).toEqual([])
    const [approval] = bodies(fake, 'pulls/create-review')
    expect(bodies(fake, 'pulls/create-review')).toHaveLength(1)
    expect(approval).toMatchObject({ event: 'APPROVE', commit_id: HEAD })
    const text = String(approval?.body)
    expect(text).toContain(APPROVAL_MARKER)
    expect(text).toContain(result.planDigests[0]?.sha256)
    expect(text).toContain(result.policyDigest)
    expect(text).toContain('rules-only')
    // The head was read fresh right before approving.
    const ops = fake.requests.map((r) => r.operationId)
    expect(ops.lastIndexOf('pulls/get')).toBe(ops.indexOf('pulls/create-review') - 1)
    // The check went from in progress to green; no comment is created for a clean approval.
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.checkRuns[0]).toMatchObject({
      name: 'plangate',
      head_sha: HEAD,
      conclusion: 'success',
      external_id: 'plangate'
    })
    expect(fake.calls('issues/create-comment')).toHaveLength(0)
  })

  it('invariant 7: a re-run for the same SHA finds its own approval and does not approve twice', async () => {
    const { fake, gate } = await setup()
    const result = await review(SAFE_PLAN)
    await gate().deliver(result)
    const second = await gate().deliver(result)
    expect(second.decision).toBe('approve')
    expect(second.approval?.existed).toBe(true)
    expect(fake.calls('pulls/create-review')).toHaveLength(1)
    expect(fake.state.pull.reviews.filter((r) => r.state === 'APPROVED')).toHaveLength(1)
  })

  it('a human who pastes the approval marker is not mistaken for plangate', async () => {
    const { fake, gate } = await setup()
    fake.addReview({
      user: { login: 'mallory', type: 'User' },
      body: `${APPROVAL_MARKER} lgtm`,
      state: 'APPROVED',
      commit_id: HEAD
    })
    const outcome = await gate().deliver(await review(SAFE_PLAN))
    expect(outcome.approval?.existed).toBe(false)
    expect(fake.calls('pulls/create-review')).toHaveLength(1)
  })

  it('an earlier flagged report is updated in place when the plan is now approved', async () => {
    const { fake, gate } = await setup()
    const old = fake.addComment(ACTIONS_BOT, `${REPORT_MARKER}\nold report`)
    const outcome = await gate().deliver(await review(SAFE_PLAN))
    expect(outcome.comment).toMatchObject({ id: old.id, created: false })
    expect(fake.state.pull.comments).toHaveLength(1)
    expect(fake.state.pull.comments[0]?.body).toContain('Approved by plangate')
  })
})

describe('flagging a plan for a human', () => {
  it('invariant 5: dismisses plangate’s earlier approvals, comments, requests reviewers and turns the check red', async () => {
    const { fake, gate } = await setup({
      files: { [BASE]: { '.github/plangate.yml': POLICY_WITH_REVIEWERS } }
    })
    // An approval plangate gave an earlier, safe push, and one of a human that must stay.
    fake.addReview({
      user: ACTIONS_BOT,
      body: `${APPROVAL_MARKER}\nok`,
      state: 'APPROVED',
      commit_id: HEAD
    })
    const human = fake.addReview({
      user: { login: 'bob', type: 'User' },
      body: 'lgtm',
      state: 'APPROVED',
      commit_id: HEAD
    })
    const g = gate()
    await g.start()
    const outcome = await g.deliver(await review(RISKY_PLAN, { policy: POLICY_WITH_REVIEWERS }))

    expect(outcome.decision).toBe('review')
    expect(outcome.errors).toEqual([])
    expect(fake.calls('pulls/create-review')).toHaveLength(0)
    expect(fake.calls('pulls/dismiss-review')).toHaveLength(1)
    expect(fake.state.pull.reviews.find((r) => r.user.login === ACTIONS_BOT.login)?.state).toBe(
      'DISMISSED'
    )
    expect(fake.state.pull.reviews.find((r) => r.id === human.id)?.state).toBe('APPROVED')
    expect(String(bodies(fake, 'pulls/dismiss-review')[0]?.message)).toMatch(/needs a human review/)

    expect(fake.state.checkRuns[0]).toMatchObject({ conclusion: 'failure', status: 'completed' })
    expect(fake.state.checkRuns[0]?.output.title).toMatch(/Needs a human review \(risk: critical\)/)
    const [comment] = fake.state.pull.comments
    expect(comment?.body.startsWith(REPORT_MARKER)).toBe(true)
    expect(comment?.body).toContain('Needs a human review')

    // Reviewers: never the author (alice); dave is no collaborator (422, tolerated and named);
    // teams by slug (acme/platform → platform).
    expect(fake.state.pull.requested.users.sort()).toEqual(['bob', 'carol'])
    expect(fake.state.pull.requested.teams.sort()).toEqual(['dba', 'platform'])
    for (const call of bodies(fake, 'pulls/request-reviewers'))
      expect(call.reviewers ?? []).not.toContain('alice')
    expect(outcome.reasons.join(' ')).toMatch(/Could not request dave/)
  })

  it('invariant 7: a re-run edits the one sticky comment in place and leaves a human’s marker comment alone', async () => {
    const { fake, gate } = await setup()
    const pasted = fake.addComment(
      { login: 'mallory', type: 'User' },
      `${REPORT_MARKER} I pasted the marker`
    )
    const result = await review(RISKY_PLAN)
    const first = await gate().deliver(result)
    const second = await gate().deliver(result)
    expect(first.comment?.created).toBe(true)
    expect(second.comment).toMatchObject({ id: first.comment?.id, created: false })
    expect(fake.calls('issues/create-comment')).toHaveLength(1)
    expect(fake.calls('issues/update-comment')).toHaveLength(1)
    expect(fake.state.pull.comments.find((c) => c.id === pasted.id)?.body).toBe(
      `${REPORT_MARKER} I pasted the marker`
    )
  })

  it('a re-run does not request reviewers who are already requested', async () => {
    const { fake, gate } = await setup()
    const result = await review(RISKY_PLAN, { policy: POLICY_WITH_REVIEWERS })
    await gate().deliver(result)
    const requests = fake.calls('pulls/request-reviewers').length
    const again = await gate().deliver(result)
    // Only dave (no collaborator, refused before) is asked for again, once.
    expect(fake.calls('pulls/request-reviewers')).toHaveLength(requests + 1)
    expect(fake.calls('pulls/request-reviewers').at(-1)?.body).toEqual({ reviewers: ['dave'] })
    expect(again.reasons.join(' ')).toMatch(/Could not request dave/)
  })

  it('the comment stays under GitHub’s 65,536-character limit for a huge report', async () => {
    const { fake, gate } = await setup()
    const result = await review(RISKY_PLAN)
    const huge = {
      ...result,
      reasons: Array.from({ length: 5000 }, (_, i) => `reason ${i} ${'x'.repeat(40)}`)
    }
    const outcome = await gate().deliver(huge)
    expect(outcome.errors).toEqual([])
    expect(fake.state.pull.comments[0]?.body.length).toBeLessThanOrEqual(65_536)
    expect(Buffer.byteLength(fake.state.checkRuns[0]?.output.summary ?? '')).toBeLessThanOrEqual(
      65_535
    )
  })

  it('branch protection that forbids the dismissal is named, and the job fails', async () => {
    const { fake, gate } = await setup({ dismissalRestricted: true })
    fake.addReview({
      user: ACTIONS_BOT,
      body: `${APPROVAL_MARKER}\nok`,
      state: 'APPROVED',
      commit_id: HEAD
    })
    const outcome = await gate().deliver(await review(RISKY_PLAN))
    expect(outcome.errors.map((e) => e.message).join(' ')).toMatch(
      /Restrict who can dismiss pull request reviews/
    )
    expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
  })
})

describe('reasons the gate never approves', () => {
  it('invariant 1: the head moved since the plan → no approval, no comment, the newer run’s approval stays', async () => {
    const { fake, gate } = await setup()
    const g = gate()
    await g.start()
    fake.push(NEWER)
    // A newer run already approved the new head; an approval of the old head is stale.
    const newer = fake.addReview({
      user: ACTIONS_BOT,
      body: `${APPROVAL_MARKER}`,
      state: 'APPROVED',
      commit_id: NEWER
    })
    const stale = fake.addReview({
      user: ACTIONS_BOT,
      body: `${APPROVAL_MARKER}`,
      state: 'APPROVED',
      commit_id: HEAD
    })
    const outcome = await g.deliver(await review(SAFE_PLAN))

    expect(outcome.decision).toBe('review')
    expect(outcome.superseded).toBe(true)
    expect(outcome.reasons.join(' ')).toMatch(/head moved to c0ffee0/)
    expect(fake.calls('pulls/create-review')).toHaveLength(0)
    expect(fake.calls('issues/create-comment')).toHaveLength(0)
    expect(fake.calls('pulls/request-reviewers')).toHaveLength(0)
    expect(fake.state.pull.reviews.find((r) => r.id === newer.id)?.state).toBe('APPROVED')
    expect(fake.state.pull.reviews.find((r) => r.id === stale.id)?.state).toBe('DISMISSED')
    expect(fake.state.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' })
    expect(fake.state.checkRuns[0]?.output.title).toMatch(/Superseded/)
  })

  it('a fork PR with a read-only token: advisory only, not a single write', async () => {
    const { fake, gate } = await setup(
      { readOnlyToken: true, pull: { head: { repo: 'mallory/infra' } } },
      { fromFork: true, readOnly: true }
    )
    const g = gate()
    await g.start()
    const outcome = await g.deliver(await review(SAFE_PLAN))
    expect(outcome.decision).toBe('review')
    expect(outcome.reasons.join(' ')).toMatch(/fork/)
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('a fork PR under pull_request_target (writable token) is flagged, never approved', async () => {
    const { fake, gate } = await setup(
      { pull: { head: { repo: 'mallory/infra' } } },
      { fromFork: true }
    )
    const outcome = await gate().deliver(await review(SAFE_PLAN))
    expect(outcome.decision).toBe('review')
    expect(fake.calls('pulls/create-review')).toHaveLength(0)
    expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
    expect(fake.state.pull.comments[0]?.body).toMatch(/fork/)
  })

  it('mode comment never approves; the check is green for a plan it would approve', async () => {
    const { fake, gate } = await setup({}, { mode: 'comment' })
    const outcome = await gate().deliver(await review(SAFE_PLAN))
    expect(outcome.decision).toBe('review')
    expect(fake.calls('pulls/create-review')).toHaveLength(0)
    expect(fake.state.checkRuns[0]?.conclusion).toBe('success')
    expect(fake.state.pull.comments).toHaveLength(1)
    expect(fake.calls('pulls/request-reviewers')).toHaveLength(0)
  })

  it('a closed pull request is not approved', async () => {
    const { fake, gate } = await setup({ pull: { state: 'closed' } })
    const outcome = await gate().deliver(await review(SAFE_PLAN))
    expect(outcome.decision).toBe('review')
    expect(fake.calls('pulls/create-review')).toHaveLength(0)
  })
})

describe('GitHub refusing or failing (invariant 3: fail closed)', () => {
  it('422 "GitHub Actions is not permitted to approve pull requests." → flagged, the setting named, not a job failure', async () => {
    const { fake, gate } = await setup({ actionsCanApprove: false })
    const outcome = await gate().deliver(await review(SAFE_PLAN))
    expect(fake.calls('pulls/create-review').map((r) => r.status)).toEqual([422])
    expect(outcome.decision).toBe('review')
    expect(outcome.errors).toEqual([])
    const text = outcome.reasons.join(' ')
    expect(text).toContain('Allow GitHub Actions to create and approve pull requests')
    expect(text).toContain('Settings → Actions → General')
    expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
    expect(fake.state.pull.comments[0]?.body).toContain(
      'Allow GitHub Actions to create and approve pull requests'
    )
  })

  it('422 "Can not approve your own pull request" (a personal token of the author) → flagged with the reason', async () => {
    const { fake, gate } = await setup({
      tokenUser: { login: 'alice', type: 'User' },
      installationToken: false
    })
    const g = gate()
    await g.start()
    const outcome = await g.deliver(await review(SAFE_PLAN))
    expect(fake.calls('pulls/create-review').map((r) => r.status)).toEqual([422])
    expect(outcome.decision).toBe('review')
    expect(outcome.reasons.join(' ')).toMatch(/belongs to the pull request's author/)
  })

  it('403 "Resource not accessible by integration" on the check at start stops the run, naming checks: write', async () => {
    const { fake, gate } = await setup()
    fake.script({ operation: 'checks/create', kind: 'forbidden' })
    const error = await gate()
      .start()
      .then(
        () => undefined,
        (e: unknown) => e
      )
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).kind).toBe('forbidden')
    expect((error as Error).message).toMatch(/checks: write/)
  })

  it.each([
    ['server-error', /GitHub answered 500/],
    ['secondary-rate-limit', /secondary rate limit.*retry after 60 s/],
    ['forbidden', /pull-requests: write/]
  ] as const)(
    '%s on the approval → review, a clear error, the check red',
    async (kind, message) => {
      const { fake, gate } = await setup()
      fake.script({ operation: 'pulls/create-review', kind })
      const g = gate()
      await g.start()
      const outcome = await g.deliver(await review(SAFE_PLAN))
      expect(outcome.decision).toBe('review')
      expect(outcome.errors.map((e) => e.message).join(' ')).toMatch(message)
      expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
    }
  )

  it('404 on the fresh pull request read → review, never approve', async () => {
    const { fake, gate } = await setup()
    fake.script({ operation: 'pulls/get', kind: 'not-found' })
    const outcome = await gate().deliver(await review(SAFE_PLAN))
    expect(outcome.decision).toBe('review')
    expect(outcome.errors[0]?.kind).toBe('not-found')
    expect(fake.calls('pulls/create-review')).toHaveLength(0)
  })

  it('500 on everything after start: deliver still returns review, and abort leaves the check red', async () => {
    const { fake, gate } = await setup()
    const g = gate()
    await g.start()
    fake.script({ operation: '*', kind: 'server-error', method: 'GET' })
    const outcome = await g.deliver(await review(SAFE_PLAN))
    expect(outcome.decision).toBe('review')
    expect(outcome.errors.length).toBeGreaterThan(0)
    expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
    await g.abort('GitHub is down')
    expect(fake.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' })
    expect(fake.state.checkRuns[0]?.output.summary).toMatch(/GitHub is down/)
  })
})

const BASE = 'b0b1b2b3b4b5b6b7b8b9c0c1c2c3c4c5c6c7c8c9'

describe('what the review learns from the pull request (invariant 9)', () => {
  it('reads the policy from the base commit through the API, not from the PR', async () => {
    const { fake, gate } = await setup({
      files: {
        [BASE]: {
          '.github/plangate.yml': 'version: 1\ndefaults: { thresholds: { mass_delete: 3 } }\n'
        },
        feature: { '.github/plangate.yml': 'version: 1\nextends: none\n' }
      }
    })
    const prepared = await gate().prepare('.github/plangate.yml')
    expect(prepared.policyText).toContain('mass_delete: 3')
    expect(prepared.policySource).toBe('.github/plangate.yml@main (b0b1b2b)')
    expect(fake.calls('repos/get-content')[0]?.query).toMatchObject({ ref: BASE })
  })

  it('no policy on the base branch → the built-in default, with a note', async () => {
    const { gate, log } = await setup()
    const prepared = await gate().prepare('.github/plangate.yml')
    expect(prepared.policyText).toBeUndefined()
    expect(prepared.policySource).toMatch(/^built-in default \(no \.github\/plangate\.yml on main/)
    expect(log.messages.join(' ')).toMatch(/built-in default policy/)
  })

  it('a PR that changes the policy or a workflow gets a high policy-or-workflow-change finding and is flagged', async () => {
    const { fake, gate } = await setup({
      pull: {
        changedFiles: [
          { filename: 'envs/prod/main.tf', patch: '@@ -1 +1 @@\n-a\n+b' },
          { filename: '.github/plangate.yml', patch: '@@ -1 +1 @@\n-x\n+extends: none' },
          { filename: '.github/workflows/plan.yml' }
        ]
      }
    })
    const prepared = await gate().prepare('.github/plangate.yml')
    expect(prepared.extraFindings).toHaveLength(1)
    expect(prepared.extraFindings[0]).toMatchObject({
      rule: 'policy-or-workflow-change',
      severity: 'high'
    })
    expect(prepared.context.diff).toContain('envs/prod/main.tf')
    expect(prepared.context.diff).not.toContain('plangate.yml')
    const result = await review(SAFE_PLAN, { extraFindings: prepared.extraFindings })
    expect(result.decision).toBe('review')
    const outcome = await gate().deliver(result)
    expect(outcome.decision).toBe('review')
    expect(fake.calls('pulls/create-review')).toHaveLength(0)
  })

  it('when GitHub cannot list every changed file, a workflow change cannot be ruled out', async () => {
    const { gate } = await setup({ pull: { changedFilesCount: 3500 } })
    const prepared = await gate().prepare('.github/plangate.yml')
    expect(prepared.extraFindings[0]?.message).toMatch(/only 1 of the 3500/)
  })

  it('pages through long comment and review lists (more than 100 of each)', async () => {
    const { fake, gate } = await setup()
    for (let i = 0; i < 130; i++) fake.addComment({ login: 'bob', type: 'User' }, `comment ${i}`)
    for (let i = 0; i < 105; i++)
      fake.addReview({
        user: { login: 'bob', type: 'User' },
        body: 'hm',
        state: 'COMMENTED',
        commit_id: HEAD
      })
    const sticky = fake.addComment(ACTIONS_BOT, `${REPORT_MARKER}\nold`)
    fake.addReview({ user: ACTIONS_BOT, body: APPROVAL_MARKER, state: 'APPROVED', commit_id: HEAD })
    const outcome = await gate().deliver(await review(RISKY_PLAN))
    expect(outcome.comment?.id).toBe(sticky.id)
    expect(outcome.dismissed).toHaveLength(1)
    expect(fake.calls('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2'])
  })
})
