/**
 * Every input of action.yml, read once and validated into one typed settings object. Nothing
 * else reads `core.getInput`; errors say which input is wrong and what it accepts.
 */
import * as core from '@actions/core'

export const MODES = ['approve', 'comment'] as const
export type Mode = (typeof MODES)[number]

export const DEFAULT_POLICY_PATH = '.github/plangate.yml'

/** The action's settings (action.yml documents each input for users). */
export interface ActionSettings {
  /**
   * `plan`: plan files to review, one path or glob per line (or comma-separated), relative to
   * the workspace. JSON from `terraform show -json`; a binary plan file is converted when
   * terraform or tofu is on PATH. Empty only on `pull_request_review` runs, which need no plan.
   */
  readonly plans: readonly string[]
  /**
   * `policy`: path of the policy file in the repository. Read from the pull request's BASE
   * commit through the API, never from the checked-out PR, so a PR cannot loosen its own gate.
   */
  readonly policyPath: string
  /** `github-token`: needs pull-requests: write and checks: write (contents: read for the policy). */
  readonly githubToken: string
  /** `anthropic-api-key`: unset means rules only (no data leaves the runner). */
  readonly anthropicApiKey: string | undefined
  /** `model`: overrides the policy's model id for this run. */
  readonly model: string | undefined
  /** `mode`: `approve` submits approvals; `comment` never approves (advisory). */
  readonly mode: Mode
  /** `environment`: policy environment for every plan; unset means matched per plan file path. */
  readonly environment: string | undefined
  /** `TF_WORKSPACE` from the job's environment, matched against the policy's workspace globs. */
  readonly workspace: string | undefined
}

/** An input the user must fix; the message names the input and what it accepts. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** `core.getInput`, with "" (unset) as undefined and unexpanded `${{ }}` caught early. */
function optional(name: string): string | undefined {
  const value = core.getInput(name).trim()
  if (value.includes('${{')) {
    // Happens when a runner other than GitHub's (e.g. local-action) applies action.yml's defaults literally.
    throw new InputError(
      `Input '${name}' holds an unexpanded expression (${value}): pass the value itself.`
    )
  }
  return value === '' ? undefined : value
}

function parseMode(value: string | undefined): Mode {
  const normalised = (value ?? 'approve').toLowerCase()
  if ((MODES as readonly string[]).includes(normalised)) return normalised as Mode
  throw new InputError(`Invalid mode '${value ?? ''}'. Expected one of: ${MODES.join(', ')}.`)
}

function parsePolicyPath(value: string | undefined): string {
  const raw = (value ?? DEFAULT_POLICY_PATH).replace(/\\/g, '/')
  const normalised = raw.replace(/^(\.\/)+/, '')
  if (
    normalised.startsWith('/') ||
    /^[A-Za-z]:/.test(normalised) ||
    normalised.split('/').includes('..') ||
    normalised === ''
  ) {
    throw new InputError(
      `Invalid policy '${raw}'. Expected a path inside the repository, relative to its root (e.g. ${DEFAULT_POLICY_PATH}): it is read from the base branch.`
    )
  }
  return normalised
}

function parsePlans(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'))
}

/** Reads and validates all inputs. */
export function getInputs(
  env: Readonly<Record<string, string | undefined>> = process.env
): ActionSettings {
  const githubToken = optional('github-token')
  if (!githubToken) {
    throw new InputError(
      "Input 'github-token' is empty. Leave it at its default (${{ github.token }}) or pass a token with pull-requests: write and checks: write."
    )
  }
  return {
    plans: parsePlans(optional('plan')),
    policyPath: parsePolicyPath(optional('policy')),
    githubToken,
    anthropicApiKey: optional('anthropic-api-key'),
    model: optional('model'),
    mode: parseMode(optional('mode')),
    environment: optional('environment'),
    workspace: env.TF_WORKSPACE?.trim() || undefined
  }
}
