/**
 * Runs the action as GitHub would, through `@github/local-action` (the TypeScript sources under
 * tsx, with its stand-ins for @actions/core and @actions/github), against the fake GitHub and the
 * fake Messages API in this process. Inputs and the runner's GITHUB_* variables go in a .env
 * file; GITHUB_API_URL also goes in the real environment, because local-action's getOctokit reads
 * it before it loads the .env file (research/github.md §5.1).
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FakeGitHub } from '../fakes/github-server.js'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const LOCAL_ACTION = path.join(ROOT, 'node_modules/@github/local-action/bin/local-action.js')

export interface EventOptions {
  readonly name?: 'pull_request' | 'pull_request_target' | 'pull_request_review'
  readonly headSha?: string
  readonly headRepo?: string
  readonly review?: {
    readonly id: number
    readonly state: string
    readonly commitId: string
    readonly user: { readonly login: string; readonly type: 'User' | 'Bot' }
    readonly authorAssociation: string
  }
  readonly action?: string
}

export interface ActionRun {
  readonly exitCode: number
  readonly stdout: string
  readonly outputs: Readonly<Record<string, string>>
  /** The message given to core.setFailed, if any. */
  readonly failed: string | undefined
  readonly summary: string
  readonly record: Record<string, unknown> | undefined
}

/** A pull_request / pull_request_review webhook payload for the fake's pull request. */
export function eventPayload(
  fake: FakeGitHub,
  options: EventOptions = {}
): Record<string, unknown> {
  const { owner, repo, pull } = fake.state
  const full = `${owner}/${repo}`
  const repository = { name: repo, full_name: full, owner: { login: owner } }
  const payload: Record<string, unknown> = {
    action: options.action ?? (options.review ? 'submitted' : 'synchronize'),
    number: pull.number,
    repository,
    pull_request: {
      number: pull.number,
      title: pull.title,
      user: { login: pull.user.login, type: pull.user.type },
      head: {
        sha: options.headSha ?? pull.head.sha,
        ref: pull.head.ref,
        repo: { full_name: options.headRepo ?? full }
      },
      base: { sha: pull.base.sha, ref: pull.base.ref, repo: { full_name: full } }
    }
  }
  if (options.review) {
    payload.review = {
      id: options.review.id,
      state: options.review.state,
      commit_id: options.review.commitId,
      user: options.review.user,
      author_association: options.review.authorAssociation
    }
  }
  return payload
}

export async function runAction(
  fake: FakeGitHub,
  options: {
    event?: EventOptions
    inputs?: Readonly<Record<string, string>>
    env?: Readonly<Record<string, string>>
  } = {}
): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plangate-e2e-'))
  const eventName =
    options.event?.name ?? (options.event?.review ? 'pull_request_review' : 'pull_request')
  const eventFile = path.join(dir, 'event.json')
  const summaryFile = path.join(dir, 'summary.md')
  await writeFile(eventFile, JSON.stringify(eventPayload(fake, options.event)))
  await writeFile(summaryFile, '')
  const vars: Record<string, string> = {
    'INPUT_GITHUB-TOKEN': 'ghs_fake_installation_token',
    INPUT_MODE: 'approve',
    INPUT_POLICY: '.github/plangate.yml',
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
    ),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: `${fake.state.owner}/${fake.state.repo}`,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4711',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...options.env
  }
  const envFile = path.join(dir, '.env')
  await writeFile(
    envFile,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('\n') + '\n'
  )

  // A clean environment: nothing of this shell's GITHUB_*, INPUT_* or Anthropic settings leaks in.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ANTHROPIC_|ACTIONS_)/.test(k) && !/proxy$/i.test(k)
    )
  )
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      process.execPath,
      [LOCAL_ACTION, '.', 'src/main.ts', envFile],
      {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...inherited,
          GITHUB_API_URL: fake.url,
          ...(options.env?.ANTHROPIC_BASE_URL
            ? { ANTHROPIC_BASE_URL: options.env.ANTHROPIC_BASE_URL }
            : {}),
          NO_COLOR: '1',
          FORCE_COLOR: '0'
        }
      },
      (error, out, err) => {
        const exit = error && typeof error.code === 'number' ? error.code : error ? 1 : 0
        resolve({ code: exit, stdout: `${out}\n${err}` })
      }
    )
  })

  const outputs: Record<string, string> = {}
  for (const match of stdout.matchAll(/::set-output name=([\w-]+)::(.*)/g))
    outputs[match[1] ?? ''] = match[2] ?? ''
  if (outputs.decision === undefined) {
    // run() sets its outputs first thing: without them the action never started (e.g. a compile error).
    throw new Error(
      `local-action did not run the action (exit ${code}):\n${stdout.replace(/npm warn .*\n/g, '').slice(-3000)}`
    )
  }
  const failed = /::error::(.*)/.exec(stdout)?.[1] ?? /\[ERROR\]\s*(.*)/.exec(stdout)?.[1]
  let record: Record<string, unknown> | undefined
  try {
    record = JSON.parse(await readFile(path.join(dir, 'plangate-report.json'), 'utf8')) as Record<
      string,
      unknown
    >
  } catch {
    record = undefined
  }
  return {
    exitCode: code,
    stdout,
    outputs,
    failed,
    summary: await readFile(summaryFile, 'utf8'),
    record
  }
}
