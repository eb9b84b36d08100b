/**
 * The CLI: `plangate review PLAN.json [PLAN2.json ...] [--policy FILE] [--no-llm]
 * [--format json|markdown] [--environment NAME] [--workspace NAME]`.
 * Exit 0 when a decision was made (approve or review); exit 2 with one line on stderr for
 * unusable input (missing file, not JSON, not a plan, bad policy, bad arguments).
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { VerdictModel } from './llm/types.js'
import { loadPolicy, PolicyError } from './policy/index.js'
import type { Policy } from './policy/index.js'
import { renderMarkdown } from './report/markdown.js'
import { modelSettingsFor, reviewPlans } from './review.js'

const USAGE = `Usage: plangate review PLAN.json [PLAN2.json ...] [options]

Reviews Terraform/OpenTofu plans (the output of \`terraform show -json PLANFILE\`).

Options:
  --policy FILE        policy YAML (default: the built-in policy, policies/default.yml)
  --no-llm             rules only: do not ask the model
  --format FORMAT      markdown (default) or json
  --environment NAME   environment name to apply from the policy (unknown names are production)
  --workspace NAME     Terraform workspace, matched against the policy's workspace globs
  -h, --help           show this help

The model is asked when ANTHROPIC_API_KEY is set (ANTHROPIC_BASE_URL is honoured), unless --no-llm.
Exit status: 0 a decision was made (approve or review); 2 unusable input.`

class UsageError extends Error {}

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Record<string, string | undefined>
}

async function readPolicy(path: string | undefined): Promise<Policy> {
  if (path === undefined) return loadPolicy()
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new PolicyError(
      `${path}: ${code === 'ENOENT' ? 'policy file not found' : (error as Error).message}`
    )
  }
  return loadPolicy(text, path)
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        'no-llm': { type: 'boolean', default: false },
        format: { type: 'string', default: 'markdown' },
        environment: { type: 'string' },
        workspace: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
    if (values.help) {
      io.stdout(USAGE + '\n')
      return 0
    }
    const [command, ...plans] = positionals
    if (command !== 'review')
      throw new UsageError(
        command === undefined
          ? 'missing command: use `plangate review PLAN.json`'
          : `unknown command "${command}": use \`plangate review PLAN.json\``
      )
    if (plans.length === 0) throw new UsageError('no plan file given: `plangate review PLAN.json`')
    const format = values.format
    if (format !== 'json' && format !== 'markdown')
      throw new UsageError(`--format must be json or markdown, not "${format}"`)

    const policy = await readPolicy(values.policy)
    let model: VerdictModel | undefined
    let noModelReason = '--no-llm'
    if (!values['no-llm']) {
      const settings = modelSettingsFor(policy, plans, {
        name: values.environment,
        workspace: values.workspace
      })
      // Imported on demand: the SDKs are most of the bundle, and --no-llm runs never need them.
      const { createVerdictModel, modelConfigFromEnv } = await import('./llm/index.js')
      const config = modelConfigFromEnv(io.env, settings)
      if (config) model = createVerdictModel(config)
      else noModelReason = 'ANTHROPIC_API_KEY is not set'
    }
    const result = await reviewPlans({
      plans,
      policy,
      selector: { name: values.environment, workspace: values.workspace },
      model,
      noModelReason
    })
    const unusable = result.loadErrors[0]
    if (unusable) {
      io.stderr(`plangate: ${unusable.message}\n`)
      return 2
    }
    io.stdout(
      format === 'json'
        ? JSON.stringify(result.record, null, 2) + '\n'
        : renderMarkdown(result, { maxChars: Number.MAX_SAFE_INTEGER })
    )
    return 0
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (
      error instanceof PolicyError ||
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(
        `plangate: ${message}\n${error instanceof PolicyError ? '' : 'Run `plangate --help` for usage.\n'}`
      )
      return 2
    }
    // A bug, not bad input: still one clear line and no stack trace.
    io.stderr(`plangate: internal error: ${message}\n`)
    return 1
  }
}

const isEntry =
  process.argv[1] !== undefined && /(?:^|[\\/])(?:cli\.(?:js|ts)|plangate)$/.test(process.argv[1])
if (isEntry) {
  const code = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env
  })
  process.exitCode = code
}
