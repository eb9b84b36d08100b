/**
 * The bundle GitHub actually runs (`runs.main: dist/index.js`), with the real @actions/core
 * writing GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, against the fake GitHub. local-action runs the
 * sources; this proves the committed bundle does the same. Skipped until `npm run build` made it.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TestContext } from 'vitest'
import { startFakeGitHub } from '../fakes/github-server.js'
import type { FakeGitHub } from '../fakes/github-server.js'
import { ROOT, eventPayload } from './local-action.js'

const BUNDLE = path.resolve(ROOT, process.env.PLANGATE_BUNDLE ?? 'dist/index.js')
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

/** Reads GITHUB_OUTPUT as the runner does: `name<<delimiter`, the value, the delimiter. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1] ?? ''] = match[3] ?? ''
  return outputs
}

async function runBundle(
  fake: FakeGitHub,
  plan: string
): Promise<{ outputs: Record<string, string>; summary: string; stdout: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plangate-bundle-'))
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md')
  }
  await writeFile(files.event, JSON.stringify(eventPayload(fake)))
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ANTHROPIC_|ACTIONS_)/.test(k)
    )
  )
  const stdout = await new Promise<string>((resolve) => {
    execFile(
      process.execPath,
      [BUNDLE],
      {
        cwd: ROOT,
        env: {
          ...inherited,
          // What the runner sets for a JavaScript action: inputs (with action.yml's defaults applied) and its files.
          INPUT_PLAN: plan,
          INPUT_POLICY: '.github/plangate.yml',
          'INPUT_GITHUB-TOKEN': 'ghs_fake_installation_token',
          INPUT_MODE: 'approve',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: files.event,
          GITHUB_REPOSITORY: `${fake.state.owner}/${fake.state.repo}`,
          GITHUB_API_URL: fake.url,
          GITHUB_WORKSPACE: ROOT,
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary,
          RUNNER_TEMP: dir
        }
      },
      (_error, out, err) => resolve(`${out}\n${err}`)
    )
  })
  return {
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    stdout
  }
}

async function github(onTestFinished: TestContext['onTestFinished']): Promise<FakeGitHub> {
  const fake = await startFakeGitHub()
  onTestFinished(async () => {
    await fake.close()
    expect(fake.problems).toEqual([])
  })
  return fake
}

describe.skipIf(!existsSync(BUNDLE))(`the bundle (${path.relative(ROOT, BUNDLE)})`, () => {
  it(
    'approves a safe plan through GITHUB_OUTPUT like on a runner',
    { timeout: 60_000 },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      const run = await runBundle(fake, 'test/fixtures/github/plans/safe.json')
      expect(run.outputs, run.stdout).toMatchObject({ decision: 'approve', risk: 'none' })
      expect(run.outputs.report).toMatch(/plangate-report\.json$/)
      expect(fake.calls('pulls/create-review')[0]?.body).toMatchObject({
        event: 'APPROVE',
        commit_id: HEAD
      })
      expect(run.summary).toContain('Approved by plangate')
      // The token never appears in the log: core.setSecret masked it.
      expect(run.stdout).toContain('::add-mask::ghs_fake_installation_token')
    }
  )

  it(
    'flags a risky plan and keeps the job green (the check carries the verdict)',
    { timeout: 60_000 },
    async ({ onTestFinished }) => {
      const fake = await github(onTestFinished)
      const run = await runBundle(fake, 'test/fixtures/github/plans/risky.json')
      expect(run.outputs).toMatchObject({ decision: 'review', risk: 'critical' })
      expect(run.stdout).not.toMatch(/::error::/)
      expect(fake.state.checkRuns[0]?.conclusion).toBe('failure')
      expect(fake.state.pull.comments).toHaveLength(1)
    }
  )
})

if (!existsSync(BUNDLE)) {
  describe('the bundle', () => {
    it.skip(`${path.relative(ROOT, BUNDLE)} does not exist yet: run \`npm run build\``, () =>
      undefined)
  })
}
