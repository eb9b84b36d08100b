/**
 * The review pipeline: plans → rules under the policy → model → decision → record.
 * Used by both the CLI and the action; I/O is limited to reading the plan files and the
 * injected model.
 */
import { riskOf, decide } from './decision.js'
import type { Decision, ModelStep, Risk } from './decision.js'
import type {
  DigestStats,
  ModelOutcome,
  ModelRequest,
  PullRequestContext,
  VerdictModel
} from './llm/types.js'
import { changeKind, isImport, isMove } from './plan/actions.js'
import { loadPlanFile } from './plan/file.js'
import { PlanLoadError } from './plan/load.js'
import { scrubDeep, scrubText } from './plan/redact.js'
import type { PlanFileModel, ResourceChange } from './plan/types.js'
import { rateFindings } from './policy/apply.js'
import type { Policy } from './policy/load.js'
import type { EnvironmentSelector, EnvironmentSettings, LlmSettings } from './policy/types.js'
import { planLoadFailureFinding, runRules } from './rules/index.js'
import { isHumanTier, severityRank } from './rules/types.js'
import type { Evidence, Finding, RatedFinding } from './rules/types.js'

export interface ReviewOptions {
  /** Plan JSON file paths (already globbed). */
  readonly plans: readonly string[]
  readonly policy: Policy
  readonly selector: EnvironmentSelector
  /** undefined → rules only. */
  readonly model: VerdictModel | undefined
  /** Why there is no model (for the report), e.g. "--no-llm". */
  readonly noModelReason?: string
  readonly llmOverrides?: Partial<LlmSettings>
  readonly pr?: PullRequestContext
  /** Findings from the GitHub layer, e.g. policy-or-workflow-change. */
  readonly extraFindings?: readonly Finding[]
}

export interface ChangeSummary {
  create: number
  update: number
  replace: number
  delete: number
  read: number
  import: number
  move: number
  forget: number
  drift: number
}

export interface PlanReport {
  readonly file: string
  readonly sha256: string | null
  readonly environment: string
  readonly model: PlanFileModel | null
  readonly loadError: string | null
}

export interface ReviewResult {
  readonly decision: Decision['decision']
  readonly risk: Risk
  readonly findings: readonly RatedFinding[]
  readonly reviewers: { readonly users: readonly string[]; readonly teams: readonly string[] }
  readonly llm: ModelOutcome | null
  readonly modelStep: ModelStep
  readonly reasons: readonly string[]
  readonly summary: ChangeSummary
  readonly plans: readonly PlanReport[]
  readonly planDigests: readonly { file: string; sha256: string; environment: string }[]
  readonly policyDigest: string
  readonly policySource: string
  /** Size of the prompt digest the model saw; null when it was not asked (nothing was built). */
  readonly digest: DigestStats | null
  /** Plan files that could not be used (the CLI exits 2 on these; the action flags them). */
  readonly loadErrors: readonly PlanLoadError[]
  /** The JSON record of the CLI contract (DESIGN.md). */
  readonly record: Record<string, unknown>
}

export function emptySummary(): ChangeSummary {
  return {
    create: 0,
    update: 0,
    replace: 0,
    delete: 0,
    read: 0,
    import: 0,
    move: 0,
    forget: 0,
    drift: 0
  }
}

export function summarise(plans: readonly PlanFileModel[]): ChangeSummary {
  const s = emptySummary()
  for (const plan of plans) {
    for (const c of plan.changes) {
      const kind = changeKind(c.actions)
      if (kind !== 'no-op') s[kind]++
      if (isImport(c)) s.import++
      if (isMove(c)) s.move++
    }
    s.drift += plan.drift.length
  }
  return s
}

/** Severity desc, then plan, address, rule: the order a human should read them in. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.planFile.localeCompare(b.planFile) ||
    (a.address < b.address ? -1 : a.address > b.address ? 1 : 0) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  )
}

function reviewersFor(
  findings: readonly RatedFinding[],
  settings: readonly EnvironmentSettings[],
  decision: string
) {
  const users = new Set<string>()
  const teams = new Set<string>()
  const add = (r: { users: readonly string[]; teams: readonly string[] } | undefined): void => {
    r?.users.forEach((u) => users.add(u))
    r?.teams.forEach((t) => teams.add(t))
  }
  for (const s of settings) {
    for (const f of findings)
      if (severityRank(f.severity) >= severityRank('medium')) add(s.reviewers[f.rule])
    if (decision === 'review') add(s.reviewers['*'])
  }
  return { users: [...users].sort(), teams: [...teams].sort() }
}

async function loadAll(
  paths: readonly string[]
): Promise<{ file: string; model?: PlanFileModel; error?: PlanLoadError }[]> {
  const out: { file: string; model?: PlanFileModel; error?: PlanLoadError }[] = []
  for (const file of paths) {
    try {
      out.push({ file, model: await loadPlanFile(file) })
    } catch (error) {
      const e =
        error instanceof PlanLoadError
          ? error
          : new PlanLoadError(
              file,
              `could not be read: ${String((error as Error)?.message ?? error)}`
            )
      out.push({ file, error: e })
    }
  }
  return out
}

/**
 * The model settings for a review: those of the strictest environment in play (production if
 * any plan is in production, else the first plan's), plus overrides. The CLI and the action build
 * the client from the same settings the request is made with.
 */
export function modelSettingsFor(
  policy: Policy,
  planFiles: readonly string[],
  selector: EnvironmentSelector,
  overrides: Partial<LlmSettings> = {}
): LlmSettings {
  const all = (planFiles.length ? planFiles : ['']).map((f) => policy.settingsFor(f, selector))
  const primary =
    all.find((s) => s.name === 'production') ?? all[0] ?? policy.settingsFor('', selector)
  return { ...primary.llm, ...overrides }
}

export async function reviewPlans(options: ReviewOptions): Promise<ReviewResult> {
  const { policy, selector } = options
  const loaded = await loadAll(options.plans)
  const models: PlanFileModel[] = []
  const plans: PlanReport[] = []
  const findings: RatedFinding[] = []
  const envSettings: EnvironmentSettings[] = []
  const environments: Record<string, string> = {}
  const loadErrors: PlanLoadError[] = []

  for (const item of loaded) {
    const settings = policy.settingsFor(item.file, selector)
    envSettings.push(settings)
    environments[item.file] = settings.name
    if (!item.model) {
      const error = item.error ?? new PlanLoadError(item.file, 'could not be read')
      loadErrors.push(error)
      plans.push({
        file: item.file,
        sha256: null,
        environment: settings.name,
        model: null,
        loadError: error.message
      })
      findings.push(
        ...rateFindings([planLoadFailureFinding(item.file, error.message)], new Map(), settings)
      )
      continue
    }
    const plan = item.model
    models.push(plan)
    plans.push({
      file: item.file,
      sha256: plan.meta.sha256,
      environment: settings.name,
      model: plan,
      loadError: null
    })
    const byAddress = new Map<string, ResourceChange>()
    for (const c of plan.changes) if (c.deposed === undefined) byAddress.set(c.address, c)
    const raw = runRules({ plan, catalogue: policy.catalogue, settings })
    findings.push(...rateFindings(raw, byAddress, settings))
  }
  if (options.plans.length === 0) {
    const settings = policy.settingsFor('', selector)
    envSettings.push(settings)
    findings.push(
      ...rateFindings(
        [planLoadFailureFinding('(none)', 'no plan files were given or matched')],
        new Map(),
        settings
      )
    )
  }
  if (options.extraFindings?.length) {
    const settings = envSettings[0] ?? policy.settingsFor('', selector)
    findings.push(...rateFindings(options.extraFindings, new Map(), settings))
  }
  // Findings leave the process (comment, record, model): the heuristic secret passes apply now,
  // after the rules had the values they needed.
  const reviewed = findings.map(scrubFinding).sort(compareFindings)

  const llmSettings = modelSettingsFor(policy, options.plans, selector, options.llmOverrides)
  const request: ModelRequest = {
    plans: models,
    findings: reviewed,
    environments,
    pr: options.pr,
    settings: llmSettings
  }

  let modelStep: ModelStep
  if (!options.model) {
    modelStep = { asked: false, why: options.noModelReason ?? 'no model configured' }
  } else if (!llmSettings.enabled) {
    modelStep = { asked: false, why: 'the policy disables the model' }
  } else if (models.length === 0) {
    modelStep = { asked: false, why: 'no plan could be read' }
  } else if (reviewed.some((f) => isHumanTier(f.severity))) {
    // The model cannot clear these; asking would only spend tokens and send data out.
    modelStep = { asked: false, why: 'high or critical findings already need a human' }
  } else {
    modelStep = { asked: true, outcome: await options.model.judge(request) }
  }

  const decision = decide({ findings: reviewed, environments: envSettings, model: modelStep })
  const summary = summarise(models)
  const llm = modelStep.asked ? modelStep.outcome : null
  const result: Omit<ReviewResult, 'record'> = {
    decision: decision.decision,
    risk: riskOf(reviewed),
    findings: reviewed,
    reviewers: reviewersFor(reviewed, envSettings, decision.decision),
    llm,
    modelStep,
    reasons: decision.reasons,
    summary,
    plans,
    planDigests: plans
      .filter((p) => p.sha256 !== null)
      .map((p) => ({ file: p.file, sha256: p.sha256 ?? '', environment: p.environment })),
    policyDigest: policy.digest,
    policySource: policy.source,
    // Built only for a model that is asked: a --no-llm review of a 50k-change plan saves 0.2 s.
    digest: llm?.digest ?? null,
    loadErrors
  }
  return { ...result, record: buildRecord(result) }
}

function scrubFinding(f: RatedFinding): RatedFinding {
  return {
    ...f,
    address: scrubText(f.address),
    message: scrubText(f.message),
    evidence: f.evidence.map((e) => scrubDeep(e) as Evidence)
  }
}

/** The JSON record: the CLI contract of DESIGN.md plus extra fields that do not change meaning. */
export function buildRecord(r: Omit<ReviewResult, 'record'>): Record<string, unknown> {
  return scrubDeep({
    decision: r.decision,
    risk: r.risk,
    summary: r.summary,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      address: f.address,
      message: f.message,
      plan: f.planFile,
      evidence: f.evidence,
      ...(f.adjustedBy ? { rule_severity: f.ruleSeverity, adjusted_by: f.adjustedBy } : {})
    })),
    llm: r.llm && {
      status: r.llm.status,
      verdict: r.llm.verdict,
      concerns: r.llm.concerns,
      injection_suspected: r.llm.injectionSuspected,
      reasons: r.llm.reasons,
      provider: r.llm.provider,
      model: r.llm.model,
      usage: r.llm.usage,
      cost_usd: r.llm.costUsd,
      duration_ms: r.llm.durationMs
    },
    reasons: r.reasons,
    model_step: r.modelStep.asked ? 'asked' : `not asked: ${r.modelStep.why}`,
    reviewers: r.reviewers,
    plans: r.plans.map((p) => ({
      file: p.file,
      sha256: p.sha256,
      environment: p.environment,
      format_version: p.model?.meta.formatVersion ?? null,
      terraform_version: p.model?.meta.terraformVersion ?? null,
      error: p.loadError
    })),
    policy: { source: r.policySource, sha256: r.policyDigest },
    digest: r.digest && {
      bytes: r.digest.bytes,
      estimated_tokens: r.digest.estimatedTokens,
      resources_shown: r.digest.resourcesShown,
      resources_summarised: r.digest.resourcesSummarised
    }
  }) as Record<string, unknown>
}
