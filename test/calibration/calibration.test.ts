/**
 * Calibration: hand-written, realistic plans with the label a senior SRE would give them
 * (labels.tsv: file, expected, why), run through the real CLI with `--no-llm` and the built-in
 * policy, as a user would run it. Each scenario is one test; a confusion matrix is printed at the
 * end. A false approve (a plan that needs a human, approved) is the worst error; a false review
 * costs a human's time.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { reviewJson } from '../helpers/cli.js'

type Label = 'approve' | 'review'

interface Scenario {
  readonly file: string
  readonly expected: Label
  readonly why: string
}

interface Outcome {
  readonly scenario: Scenario
  readonly decision: string
  readonly findings: string
}

const here = fileURLToPath(new URL('.', import.meta.url))
const scenarioDir = `${here}scenarios/`

function readLabels(): Scenario[] {
  const lines = readFileSync(`${here}labels.tsv`, 'utf8').split('\n')
  const [header, ...rows] = lines
  if (header !== 'file\texpected\twhy') throw new Error(`labels.tsv: unexpected header ${header}`)
  return rows
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const [file, expected, why, ...rest] = line.split('\t')
      if (file === undefined || why === undefined || rest.length > 0)
        throw new Error(`labels.tsv line ${i + 2}: want 3 tab-separated columns`)
      if (expected !== 'approve' && expected !== 'review')
        throw new Error(`labels.tsv line ${i + 2}: expected must be approve or review`)
      return { file, expected, why }
    })
}

const scenarios = readLabels()
const outcomes: Outcome[] = []

interface RecordFinding {
  readonly rule: string
  readonly severity: string
  readonly address: string
}

const describeFindings = (findings: readonly RecordFinding[]): string =>
  findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.rule}${f.address ? ` ${f.address}` : ''}`)
    .join('; ') || 'no findings above info'

describe('calibration suite', () => {
  it('labels every scenario file exactly once, on both sides', () => {
    const files = readdirSync(scenarioDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
    expect(scenarios.map((s) => s.file).sort()).toEqual(files)
    expect(new Set(scenarios.map((s) => s.file)).size).toBe(scenarios.length)
    const approve = scenarios.filter((s) => s.expected === 'approve').length
    const review = scenarios.length - approve
    expect(scenarios.length).toBeGreaterThanOrEqual(45)
    // Roughly even: neither side below 40% of the suite.
    expect(Math.min(approve, review)).toBeGreaterThanOrEqual(Math.floor(scenarios.length * 0.4))
  })
})

describe('calibration: decisions with --no-llm and the built-in policy', () => {
  it.each(scenarios)('$file → $expected', async (scenario) => {
    const { code, record, stderr } = await reviewJson([scenarioDir + scenario.file, '--no-llm'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    // Scenario paths must not select a policy environment: an unknown one is production.
    expect(record.plans).toEqual([expect.objectContaining({ environment: 'production' })])
    const findings = record.findings as RecordFinding[]
    const decision = String(record.decision)
    outcomes.push({ scenario, decision, findings: describeFindings(findings) })
    expect(
      decision,
      `${scenario.file}: expected ${scenario.expected} (${scenario.why}); got ${decision} with ${describeFindings(findings)}`
    ).toBe(scenario.expected)
  })

  afterAll(() => {
    const count = (expected: Label, got: Label): number =>
      outcomes.filter((o) => o.scenario.expected === expected && o.decision === got).length
    const falseApprove = outcomes.filter(
      (o) => o.scenario.expected === 'review' && o.decision === 'approve'
    )
    const falseReview = outcomes.filter(
      (o) => o.scenario.expected === 'approve' && o.decision === 'review'
    )
    const lines = [
      `calibration: ${outcomes.length} scenarios`,
      '                   decided approve   decided review',
      `  label approve    ${String(count('approve', 'approve')).padStart(15)}   ${String(count('approve', 'review')).padStart(14)}  (false reviews)`,
      `  label review     ${String(count('review', 'approve')).padStart(15)}   ${String(count('review', 'review')).padStart(14)}`,
      '                   (false approves)',
      ...falseApprove.map((o) => `  FALSE APPROVE ${o.scenario.file}: ${o.findings}`),
      ...falseReview.map((o) => `  false review  ${o.scenario.file}: ${o.findings}`)
    ]
    console.log(lines.join('\n'))
  })
})
