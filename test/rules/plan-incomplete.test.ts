import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes, PlanLoadError } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import { planIncompleteRule, planLoadFailureFinding } from '../../src/rules/plan-incomplete.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import { corpusDir, fixturePlan } from '../helpers/plan.js'

const policy = loadPolicy()
const run = (plan: PlanFileModel): Finding[] =>
  planIncompleteRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })

describe('plan-incomplete', () => {
  it('an errored plan is critical (and its complete: false is high)', () => {
    const findings = run(fixturePlan('rules/plan-incomplete/errored.json'))
    expect(findings).toMatchObject([
      { rule: 'plan-incomplete', severity: 'critical', address: '' },
      { rule: 'plan-incomplete', severity: 'high', address: '' }
    ])
    expect(findings[0]?.message).toContain('failed part-way')
    expect(findings[0]?.planFile).toBe('rules/plan-incomplete/errored.json')
  })

  it('deferred changes with complete: false are one high finding that counts them', () => {
    const findings = run(fixturePlan('rules/plan-incomplete/deferred.json'))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'high', address: '' })
    expect(findings[0]?.message).toContain('complete: false, 1 deferred change')
    expect(findings[0]?.message).toContain('more changes will be planned after this one is applied')
  })

  it('deferred changes alone are high', () => {
    const raw = JSON.parse(
      readFileSync(
        new URL('../fixtures/rules/plan-incomplete/deferred.json', import.meta.url),
        'utf8'
      )
    ) as Record<string, unknown>
    delete raw.complete
    const plan = loadPlanFromBytes(Buffer.from(JSON.stringify(raw)), 'deferred-only.json')
    const findings = run(plan)
    expect(findings).toMatchObject([{ severity: 'high' }])
    expect(findings[0]?.message).toContain('1 deferred change that this apply will not make')
  })

  it('a newer major format_version is high and says it was reviewed with the 1.x model', () => {
    const findings = run(fixturePlan('rules/plan-incomplete/future-format.json'))
    expect(findings).toMatchObject([{ severity: 'high', address: '' }])
    expect(findings[0]?.message).toContain(
      'format_version "2.0" is newer than this plangate understands; reviewed with the 1.x model'
    )
  })

  it('a complete 1.x plan fires nothing', () => {
    expect(run(fixturePlan('rules/plan-incomplete/complete.json'))).toEqual([])
  })

  it('a plan load failure is always critical, names the file and keeps secrets out', () => {
    const f = planLoadFailureFinding(
      'plans/prod.json',
      `plans/prod.json: not JSON (Unexpected token 'x', "password=hunter2 AKIAABCDEFGHIJKLMNOP" is not valid JSON)`
    )
    expect(f).toMatchObject({
      rule: 'plan-incomplete',
      severity: 'critical',
      address: '',
      planFile: 'plans/prod.json',
      evidence: []
    })
    expect(f.message).toContain('could not be read')
    expect(f.message).not.toContain('hunter2')
    expect(f.message).not.toContain('AKIAABCDEFGHIJKLMNOP')
  })

  it('a real PlanLoadError message becomes a short one-line finding', () => {
    let message = ''
    try {
      loadPlanFromBytes(Buffer.from(`not json ${'x'.repeat(2000)}`), 'bad.json')
    } catch (error) {
      expect(error).toBeInstanceOf(PlanLoadError)
      message = (error as Error).message
    }
    const f = planLoadFailureFinding('bad.json', message)
    expect(f.message).not.toContain('\n')
    expect(f.message.length).toBeLessThan(450)
  })
})

describe.skipIf(!existsSync(corpusDir))('plan-incomplete over the real corpus', () => {
  it('fires on the errored golden plans and on nothing else that is complete', () => {
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
      const plan = loadPlanFromBytes(readFileSync(join(corpusDir, file)), file)
      const findings = run(plan)
      for (const f of findings) {
        expect(SEVERITIES).toContain(f.severity)
        expect(f.planFile).toBe(file)
      }
      const expectsFinding =
        plan.meta.errored === true ||
        plan.meta.complete === false ||
        plan.meta.deferredChanges > 0 ||
        plan.meta.unknownMajorFormat
      expect(findings.length > 0).toBe(expectsFinding)
      if (plan.meta.errored === true) expect(findings[0]?.severity).toBe('critical')
    }
  })
})
