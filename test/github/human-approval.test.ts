/**
 * A person's approval turns the red `plangate` check green for that commit, on a
 * `pull_request_review` run, without re-running the review; only an approval that counts does.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { Gate } from '../../src/github/gate.js'
import { applyHumanReview } from '../../src/github/human-approval.js'
import type { ReviewEvent } from '../../src/github/human-approval.js'
import type { FakeGitHub, FakeGitHubOptions } from '../fakes/github-server.js'
import { RISKY_PLAN, harness, review } from './support.js'
import type { Harness } from './support.js'

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

let open: FakeGitHub[] = []
afterEach(async () => {
  const fakes = open
  open = []
  await Promise.all(fakes.map((fake) => fake.close()))
  expect(fakes.flatMap((fake) => fake.problems)).toEqual([])
})

/** A PR plangate flagged: its check is red on HEAD. */
async function flagged(options: FakeGitHubOptions = {}): Promise<Harness> {
  const h = await harness(options)
  open.push(h.fake)
  const gate = new Gate(h.github, {
    mode: 'approve',
    analysedSha: HEAD,
    fromFork: false,
    readOnly: false,
    runUrl: undefined,
    log: h.log
  })
  await gate.start()
  await gate.deliver(await review(RISKY_PLAN))
  expect(h.fake.state.checkRuns[0]?.conclusion).toBe('failure')
  return h
}

const approval = (overrides: Partial<ReviewEvent> = {}): ReviewEvent => ({
  action: 'submitted',
  reviewId: 4242,
  state: 'approved',
  commitId: HEAD,
  user: { login: 'bob', type: 'User' },
  authorAssociation: 'COLLABORATOR',
  ...overrides
})

describe('a human approval turns the check green', () => {
  it('an approval by a collaborator with write access at the head turns the same check run green', async () => {
    const { fake, github, log } = await flagged()
    const before = fake.requests.length
    const outcome = await applyHumanReview(github, approval(), log)

    expect(outcome.decision).toBe('approve')
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.checkRuns[0]).toMatchObject({
      conclusion: 'success',
      external_id: 'plangate:approved-by-review:4242'
    })
    expect(fake.state.checkRuns[0]?.output.title).toBe('Approved by bob')
    expect(fake.state.checkRuns[0]?.output.summary).toMatch(/without re-running the review/)
    // No review was re-run: only the permission, the PR head and the checks were read.
    expect(fake.requests.slice(before).map((r) => r.operationId)).toEqual([
      'repos/get-collaborator-permission-level',
      'pulls/get',
      'checks/list-for-ref',
      'checks/update'
    ])
  })

  it('dismissing that approval turns the check red again', async () => {
    const { fake, github, log } = await flagged()
    await applyHumanReview(github, approval(), log)
    const outcome = await applyHumanReview(
      github,
      approval({ action: 'dismissed', state: 'dismissed' }),
      log
    )
    expect(outcome.decision).toBe('review')
    expect(fake.state.checkRuns[0]).toMatchObject({
      conclusion: 'failure',
      external_id: 'plangate'
    })
  })

  it('without an earlier plangate check, a counting approval creates a green one', async () => {
    const h = await harness()
    open.push(h.fake)
    const outcome = await applyHumanReview(
      h.github,
      approval({ user: { login: 'carol', type: 'User' }, authorAssociation: 'OWNER' }),
      h.log
    )
    expect(outcome.decision).toBe('approve')
    expect(h.fake.state.checkRuns[0]).toMatchObject({
      name: 'plangate',
      head_sha: HEAD,
      conclusion: 'success'
    })
  })

  it.each([
    [
      'a member with only read access',
      approval({ user: { login: 'erin', type: 'User' }, authorAssociation: 'MEMBER' }),
      /read permission/
    ],
    [
      'someone not associated with the repository',
      approval({ user: { login: 'mallory', type: 'User' }, authorAssociation: 'NONE' }),
      /NONE/
    ],
    ['a bot', approval({ user: { login: 'renovate[bot]', type: 'Bot' } }), /bot/],
    [
      'an approval of an older commit',
      approval({ commitId: 'ffffffffffffffffffffffffffffffffffffffff' }),
      /the head is a1b2c3d/
    ],
    ['a comment, not an approval', approval({ state: 'commented' }), /not an approval/]
  ])('%s leaves the check red', async (_name, event, why) => {
    const { fake, github, log } = await flagged({
      collaborators: { alice: 'write', bob: 'write', erin: 'read' }
    })
    const outcome = await applyHumanReview(github, event, log)
    expect(outcome.decision).toBe('review')
    expect(outcome.message).toMatch(why)
    expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
    expect(fake.calls('checks/update').length + fake.calls('checks/create').length).toBe(2)
  })

  it('another app’s check with the same name is not touched', async () => {
    const { fake, github, log } = await flagged()
    fake.state.checkRuns.push({
      id: 99_999,
      name: 'plangate',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      external_id: 'someone-else',
      details_url: null,
      started_at: '2026-05-01T10:00:00Z',
      completed_at: '2026-05-01T10:00:00Z',
      output: { title: 'not ours', summary: null, text: null }
    })
    await applyHumanReview(github, approval(), log)
    expect(fake.state.checkRuns.find((c) => c.id === 99_999)?.conclusion).toBe('failure')
    expect(fake.state.checkRuns[0]?.conclusion).toBe('success')
  })
})
