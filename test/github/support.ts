/**
 * Shared set-up for the GitHub-layer tests: the fake GitHub server, the real Octokit gateway
 * pointed at it, and real review results from the pipeline (fixture plans, real policy).
 */
import { fileURLToPath } from 'node:url'
import type { GateLog } from '../../src/github/gate.js'
import { OctokitGateway } from '../../src/github/octokit-gateway.js'
import { loadPolicy } from '../../src/policy/index.js'
import { reviewPlans } from '../../src/review.js'
import type { ReviewResult } from '../../src/review.js'
import type { Finding } from '../../src/rules/types.js'
import { startFakeGitHub } from '../fakes/github-server.js'
import type { FakeGitHub, FakeGitHubOptions } from '../fakes/github-server.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/github/', import.meta.url))
export const SAFE_PLAN = `${FIXTURES}plans/safe.json`
export const RISKY_PLAN = `${FIXTURES}plans/risky.json`

/** A base-branch policy naming reviewers: alice is the PR's author, dave is no collaborator. */
export const POLICY_WITH_REVIEWERS = `version: 1
defaults:
  reviewers:
    stateful-replace: { users: [alice, bob, dave], teams: [dba, acme/platform] }
    "*": { users: [carol] }
`

export interface Harness {
  readonly fake: FakeGitHub
  readonly github: OctokitGateway
  readonly log: GateLog & { readonly messages: string[] }
}

export async function harness(options: FakeGitHubOptions = {}): Promise<Harness> {
  const fake = await startFakeGitHub(options)
  const github = new OctokitGateway('ghs_fake_installation_token', {
    owner: fake.state.owner,
    repo: fake.state.repo,
    pullNumber: fake.state.pull.number,
    apiUrl: fake.url,
    checkName: 'plangate'
  })
  const messages: string[] = []
  const log = {
    messages,
    info: (m: string) => void messages.push(`info: ${m}`),
    warning: (m: string) => void messages.push(`warning: ${m}`)
  }
  return { fake, github, log }
}

export function review(
  plan: string,
  options: { policy?: string; extraFindings?: readonly Finding[] } = {}
): Promise<ReviewResult> {
  return reviewPlans({
    plans: [plan],
    policy: loadPolicy(
      options.policy,
      options.policy ? '.github/plangate.yml@main' : 'built-in default'
    ),
    selector: {},
    model: undefined,
    noModelReason: 'rules only in this test',
    ...(options.extraFindings ? { extraFindings: options.extraFindings } : {})
  })
}
