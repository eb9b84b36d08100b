import { describe, expect, it } from 'vitest'
import { decide } from '../src/decision.js'
import type { ModelStep } from '../src/decision.js'
import type { ModelOutcome } from '../src/llm/types.js'
import { loadPolicy } from '../src/policy/index.js'
import type { RatedFinding, Severity } from '../src/rules/types.js'
import { SEVERITIES } from '../src/rules/types.js'

const policy = loadPolicy()
const prod = policy.settingsFor('plan.json', {})
const strict = loadPolicy(
  'version: 1\ndefaults:\n  rules_only_approval: false\n',
  's.yml'
).settingsFor('plan.json', {})

const finding = (severity: Severity): RatedFinding => ({
  rule: 'replace',
  severity,
  ruleSeverity: severity,
  address: `aws_instance.${severity}`,
  message: 'm',
  evidence: [],
  planFile: 'plan.json'
})

const outcome = (over: Partial<ModelOutcome>): ModelOutcome => ({
  status: 'ok',
  verdict: 'no_concerns',
  concerns: [],
  injectionSuspected: false,
  reasons: [],
  provider: 'anthropic',
  model: 'claude-sonnet-5-5',
  usage: { inputTokens: 1, outputTokens: 1, cacheReadTokens: 0, cacheCreationTokens: 0 },
  costUsd: 0,
  digest: { bytes: 1, estimatedTokens: 1, resourcesShown: 1, resourcesSummarised: 0 },
  durationMs: 1,
  ...over
})

const noModel: ModelStep = { asked: false, why: '--no-llm' }
const yes: ModelStep = { asked: true, outcome: outcome({}) }
const concern: ModelStep = {
  asked: true,
  outcome: outcome({
    verdict: 'needs_human',
    concerns: [{ address: 'a', category: 'other', message: 'x' }]
  })
}
const failed: ModelStep = {
  asked: true,
  outcome: outcome({
    status: 'failed',
    verdict: 'needs_human',
    reasons: ['The model call timed out after 60 s.']
  })
}

describe('decision tiers (DESIGN.md)', () => {
  const table: [Severity, ModelStep, 'approve' | 'review'][] = [
    ['critical', noModel, 'review'],
    ['critical', yes, 'review'],
    ['high', noModel, 'review'],
    ['high', yes, 'review'],
    ['medium', noModel, 'review'],
    ['medium', yes, 'approve'],
    ['medium', concern, 'review'],
    ['low', noModel, 'approve'],
    ['low', yes, 'approve'],
    ['low', concern, 'review'],
    ['info', noModel, 'approve'],
    ['info', concern, 'review']
  ]
  it.each(table)('%s with %o → %s', (severity, model, expected) => {
    expect(decide({ findings: [finding(severity)], environments: [prod], model }).decision).toBe(
      expected
    )
  })

  it('the model can only escalate: no verdict clears a high or critical finding', () => {
    for (const s of ['high', 'critical'] as const) {
      const d = decide({ findings: [finding(s), finding('low')], environments: [prod], model: yes })
      expect(d.decision).toBe('review')
      expect(d.reasons.join(' ')).toContain('cannot clear')
    }
  })

  it('fail closed: a failed model call is review with the reason written out', () => {
    const d = decide({ findings: [], environments: [prod], model: failed })
    expect(d.decision).toBe('review')
    expect(d.reasons.join(' ')).toContain('timed out after 60 s')
  })

  it('rules-only approval needs the policy to allow it for every environment', () => {
    expect(decide({ findings: [], environments: [prod, strict], model: noModel }).decision).toBe(
      'review'
    )
    expect(decide({ findings: [], environments: [strict], model: yes }).decision).toBe('approve')
  })

  it('risk is the highest severity, none without findings', () => {
    expect(
      decide({ findings: SEVERITIES.map(finding), environments: [prod], model: noModel }).risk
    ).toBe('critical')
    expect(decide({ findings: [], environments: [prod], model: noModel }).risk).toBe('none')
  })
})
