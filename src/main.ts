/**
 * The action: inputs → GitHub context → (pull request) policy from the base branch, plans,
 * model, review, gate; or (a review event) a human approval turning the check green. Wiring
 * only, with one error boundary: whatever fails, the outputs say "review", the check is not
 * left pending or green, and the job fails with a message that says what to fix.
 */
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { readActionContext } from './github/context.js'
import type { ActionContext } from './github/context.js'
import { Gate, gatedResult } from './github/gate.js'
import type { GateLog, GateOutcome } from './github/gate.js'
import { applyHumanReview } from './github/human-approval.js'
import { OctokitGateway } from './github/octokit-gateway.js'
import { resolvePlanFiles } from './github/plan-files.js'
import { getInputs } from './inputs.js'
import type { ActionSettings } from './inputs.js'
import { createVerdictModel, modelConfigFromEnv } from './llm/index.js'
import { loadPolicy } from './policy/index.js'
import { renderMarkdown } from './report/markdown.js'
import { modelSettingsFor, reviewPlans } from './review.js'

/** The name of the check branch protection can require. */
export const CHECK_NAME = 'plangate'
/** Job summaries are capped at 1 MiB per step; a character can take up to 4 bytes. */
const SUMMARY_MAX_CHARS = 250_000

const log: GateLog = { info: (m) => core.info(m), warning: (m) => core.warning(m) }

export async function run(): Promise<void> {
  // Safe outputs before any branching: a step that reads them after a crash sees "review".
  core.setOutput('decision', 'review')
  core.setOutput('risk', 'critical')
  core.setOutput('report', '')
  let abort: ((message: string) => Promise<void>) | undefined
  try {
    const settings = getInputs()
    core.setSecret(settings.githubToken)
    if (settings.anthropicApiKey) core.setSecret(settings.anthropicApiKey)
    const context = readActionContext(process.env, tmpdir())
    const github = new OctokitGateway(settings.githubToken, {
      owner: context.owner,
      repo: context.repo,
      pullNumber: context.pullRequest.number,
      apiUrl: context.apiUrl,
      checkName: CHECK_NAME
    })

    if (context.review) {
      const outcome = await applyHumanReview(github, context.review, log)
      core.setOutput('decision', outcome.decision)
      await publish(
        context,
        {
          decision: outcome.decision,
          human_review: { ...context.review, message: outcome.message }
        },
        `### plangate\n\n${outcome.message}\n`
      )
      return
    }

    if (settings.plans.length === 0) {
      throw new Error(
        "Input 'plan' is required on pull request events: the path or glob of the `terraform show -json` output."
      )
    }
    const gate = new Gate(github, {
      mode: settings.mode,
      analysedSha: context.pullRequest.headSha,
      fromFork: context.pullRequest.fromFork,
      // Under pull_request a fork's token is read-only; pull_request_target gets a writable one.
      readOnly: context.pullRequest.fromFork && context.eventName !== 'pull_request_target',
      runUrl: context.runUrl,
      log
    })
    abort = (message) => gate.abort(message)
    await gate.start()
    const prepared = await gate.prepare(settings.policyPath)
    const policy = loadPolicy(prepared.policyText, prepared.policySource)
    const { files, notes } = await resolvePlanFiles(settings.plans, {
      cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      tempDir: context.tempDir,
      pathEnv: process.env.PATH
    })
    for (const note of notes) core.warning(note)

    const selector = { name: settings.environment, workspace: settings.workspace }
    const llmOverrides = settings.model ? { model: settings.model } : {}
    const llm = modelSettingsFor(policy, files, selector, llmOverrides)
    const modelConfig = modelConfigFromEnv(process.env, llm, { apiKey: settings.anthropicApiKey })
    const result = await reviewPlans({
      plans: files,
      policy,
      selector,
      model: modelConfig ? createVerdictModel(modelConfig) : undefined,
      noModelReason: 'no anthropic-api-key (rules only)',
      llmOverrides,
      pr: prepared.context,
      extraFindings: prepared.extraFindings
    })

    const outcome = await gate.deliver(result)
    // The gate has spoken (approval, check, comment): a later failure must not rewrite its check.
    abort = undefined
    const final = gatedResult(result, outcome)
    core.setOutput('decision', outcome.decision)
    core.setOutput('risk', result.risk)
    core.info(describeOutcome(outcome))
    await publish(
      context,
      { ...final.record, github: githubRecord(context, settings, outcome) },
      renderMarkdown(final, { maxChars: SUMMARY_MAX_CHARS })
    )
    if (outcome.errors.length > 0) {
      core.setFailed(outcome.errors.map((e) => e.message).join('\n'))
    } else if (!outcome.check && !outcome.superseded) {
      // No check could carry the verdict (a fork's read-only token): the job's own status does.
      if (result.decision === 'review')
        core.setFailed(
          `plangate: needs a human review (risk: ${result.risk}). ${result.reasons[0] ?? ''}`.trim()
        )
      else
        core.notice(
          'plangate found nothing that needs a human, but it never approves a fork pull request: a person must approve it.'
        )
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : `Unexpected failure: ${String(error)}`
    await abort?.(message)
    core.setFailed(message)
  }
}

/**
 * The JSON record (the CLI's contract plus the gate's facts) at $RUNNER_TEMP/plangate-report.json,
 * as the `report` output, and the report as the job summary. Best effort: the decision is already
 * made and posted, so a full disk or a missing GITHUB_STEP_SUMMARY only warns.
 */
async function publish(
  context: ActionContext,
  record: Record<string, unknown>,
  summary: string
): Promise<void> {
  const file = path.join(context.tempDir, 'plangate-report.json')
  try {
    await writeFile(file, JSON.stringify(record, null, 2) + '\n')
    core.setOutput('report', file)
  } catch (error) {
    core.warning(`Could not write the JSON record ${file}: ${(error as Error).message}`)
  }
  try {
    await core.summary.addRaw(summary).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}

function describeOutcome(outcome: GateOutcome): string {
  if (outcome.approval) {
    return `plangate approved: review ${outcome.approval.reviewId}${outcome.approval.existed ? ' (already standing)' : ''}.`
  }
  if (outcome.superseded)
    return 'plangate approved nothing: the pull request head moved since the plan.'
  const requested = [...outcome.requested.users, ...outcome.requested.teams.map((t) => `team ${t}`)]
  const parts = [
    outcome.comment ? `report: ${outcome.comment.url}` : '',
    outcome.dismissed.length ? `dismissed approvals: ${outcome.dismissed.join(', ')}` : '',
    requested.length ? `requested: ${requested.join(', ')}` : ''
  ].filter((p) => p !== '')
  return `plangate flagged the pull request for a human${parts.length ? ` (${parts.join('; ')})` : ''}.`
}

function githubRecord(
  context: ActionContext,
  settings: ActionSettings,
  outcome: GateOutcome
): Record<string, unknown> {
  return {
    repository: `${context.owner}/${context.repo}`,
    pull_request: context.pullRequest.number,
    head_sha: context.pullRequest.headSha,
    event: context.eventName,
    mode: settings.mode,
    approval: outcome.approval ?? null,
    dismissed_reviews: outcome.dismissed,
    comment: outcome.comment ?? null,
    requested_reviewers: outcome.requested,
    check: outcome.check ?? null,
    superseded: outcome.superseded,
    errors: outcome.errors.map((e) => ({
      kind: e.kind,
      status: e.status ?? null,
      operation: e.operation,
      message: e.message
    }))
  }
}
