import { main } from '../../src/cli.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process (same code as dist/cli.js) and captures its output. */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {}
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env
  })
  return { code, stdout, stderr }
}

/** Runs `review --format json` and parses the one JSON object it prints. */
export async function reviewJson(
  args: string[],
  env: Record<string, string | undefined> = {}
): Promise<{ code: number; record: Record<string, unknown>; stderr: string }> {
  const run = await runCli(['review', ...args, '--format', 'json'], env)
  return {
    code: run.code,
    record: run.code === 0 ? (JSON.parse(run.stdout) as Record<string, unknown>) : {},
    stderr: run.stderr
  }
}
