import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import { massDeleteRule } from '../../src/rules/mass-delete.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import type { RawChange } from '../helpers/plan.js'
import { corpusDir, fixturePlan, planFrom } from '../helpers/plan.js'

const policy = loadPolicy()
const run = (plan: PlanFileModel, threshold?: number): Finding[] => {
  const settings = policy.settingsFor(plan.meta.file, {})
  return massDeleteRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: threshold === undefined ? settings : { ...settings, massDeleteThreshold: threshold }
  })
}

const deletes = (n: number, type: string): RawChange[] =>
  Array.from({ length: n }, (_, i) => ({
    type,
    name: `r${i}`,
    change: { actions: ['delete'], before: { id: `${i}` }, after: null }
  }))

describe('mass-delete', () => {
  it('fires high, plan-wide, at the default threshold of 10 with counts by type and module', () => {
    const findings = run(fixturePlan('rules/mass-delete/fires.json'))
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f).toMatchObject({
      rule: 'mass-delete',
      severity: 'high',
      address: '',
      planFile: 'rules/mass-delete/fires.json'
    })
    expect(f?.message).toContain('Destroys 11 managed objects (9 deleted, 2 replaced)')
    expect(f?.message).toContain('threshold of 10')
    expect(f?.message).toContain('6 aws_iam_role, 3 aws_iam_policy, 2 aws_instance')
    expect(f?.message).toContain('9 module.legacy, 2 root module')
    expect(f?.evidence).toContainEqual({ note: '6 × aws_iam_role' })
  })

  it('does not count ephemeral helpers, deposed leftovers, forgets or creates', () => {
    // 9 real deletes + 8 null_resource + 5 random_pet replaces + 1 deposed + 4 forgets.
    expect(run(fixturePlan('rules/mass-delete/look-alikes.json'))).toEqual([])
  })

  it('follows the threshold from the environment settings', () => {
    const plan = planFrom({ resource_changes: deletes(3, 'aws_instance') })
    expect(run(plan, 3)).toHaveLength(1)
    expect(run(plan, 4)).toEqual([])
  })

  it('names the top three types and how many more', () => {
    const plan = planFrom({
      resource_changes: [
        ...deletes(4, 'aws_iam_role'),
        ...deletes(3, 'aws_iam_policy'),
        ...deletes(2, 'aws_lambda_function'),
        ...deletes(1, 'aws_sqs_queue')
      ]
    })
    const [f] = run(plan)
    expect(f?.message).toContain(
      '4 aws_iam_role, 3 aws_iam_policy, 2 aws_lambda_function and 1 more'
    )
  })

  it('stays linear on a 20k-delete plan', () => {
    const plan = planFrom({ resource_changes: deletes(20_000, 'aws_route53_record') })
    const started = performance.now()
    const [f] = run(plan)
    expect(f?.message).toContain('Destroys 20000 managed objects')
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe.skipIf(!existsSync(corpusDir))('mass-delete over the real corpus', () => {
  it('runs on every corpus plan without throwing', () => {
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
      const plan = loadPlanFromBytes(readFileSync(join(corpusDir, file)), file)
      for (const f of run(plan)) {
        expect(SEVERITIES).toContain(f.severity)
        expect(f.planFile).toBe(file)
        expect(f.address).toBe('')
      }
    }
  })
})
