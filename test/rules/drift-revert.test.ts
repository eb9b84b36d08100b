import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import { driftRevertRule } from '../../src/rules/drift-revert.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import type { RawChange } from '../helpers/plan.js'
import { corpusDir, fixturePlan, planFrom } from '../helpers/plan.js'

const policy = loadPolicy()
const run = (plan: PlanFileModel): Finding[] =>
  driftRevertRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })

/** A plan where drift took `original` to `drifted` and the plan takes `drifted` to `planned`. */
function driftPlan(
  type: string,
  original: Record<string, unknown>,
  drifted: Record<string, unknown>,
  planned: Record<string, unknown>,
  extra: Partial<RawChange['change']> = {}
): PlanFileModel {
  return planFrom({
    resource_drift: [
      { type, name: 'x', change: { actions: ['update'], before: original, after: drifted } }
    ],
    resource_changes: [
      {
        type,
        name: 'x',
        change: { actions: ['update'], before: drifted, after: planned, ...extra }
      }
    ]
  })
}

describe('drift-revert: fixtures that fire', () => {
  const findings = run(fixturePlan('rules/drift-revert/fires.json'))
  const at = (address: string): Finding | undefined => findings.find((f) => f.address === address)

  it('an instance class raised by hand and set back is high and names both values', () => {
    const f = at('aws_db_instance.orders')
    expect(f).toMatchObject({ rule: 'drift-revert', severity: 'high' })
    expect(f?.message).toContain(
      'instance_class of aws_db_instance.orders was changed outside Terraform from "db.r6g.large" to "db.r6g.2xlarge", and this plan sets it back to "db.r6g.large"'
    )
    expect(f?.evidence).toEqual([
      {
        path: 'instance_class',
        before: '"db.r6g.2xlarge"',
        after: '"db.r6g.large"',
        note: 'changed outside Terraform from "db.r6g.large"; this plan restores that'
      }
    ])
  })

  it('an ingress rule removed in the console and added back by the plan is high', () => {
    const f = at('aws_security_group.db')
    expect(f).toMatchObject({ severity: 'high' })
    expect(f?.message).toContain('adds back 1 element removed outside Terraform')
    expect(f?.message).toContain('"from_port":22')
  })

  it('a tag added by another tool and removed again is only low', () => {
    const f = at('aws_s3_bucket.invoices')
    expect(f).toMatchObject({ severity: 'low' })
    expect(f?.message).toContain('tags.backup')
    expect(f?.message).toContain('Only tags or labels')
  })

  it('emits findings in address order', () => {
    expect(findings.map((f) => f.address)).toEqual([
      'aws_db_instance.orders',
      'aws_s3_bucket.invoices',
      'aws_security_group.db'
    ])
  })
})

describe('drift-revert: look-alikes', () => {
  it('codified drift, additions next to drift, untouched drift and refresh noise do not fire', () => {
    expect(run(fixturePlan('rules/drift-revert/look-alikes.json'))).toEqual([])
  })

  it('a plan with no drift section fires nothing', () => {
    const plan = planFrom({
      resource_changes: [
        {
          type: 'aws_instance',
          name: 'x',
          change: { actions: ['update'], before: { a: 1 }, after: { a: 2 } }
        }
      ]
    })
    expect(run(plan)).toEqual([])
  })

  it('a value known only after apply is not called a revert', () => {
    const plan = driftPlan(
      'aws_lambda_function',
      { source_code_hash: 'aaa', memory_size: 128 },
      { source_code_hash: 'bbb', memory_size: 128 },
      { memory_size: 256 },
      { after_unknown: { source_code_hash: true } }
    )
    expect(run(plan)).toEqual([])
  })
})

describe('drift-revert: inline cases', () => {
  it('a drifted value overwritten with a new one is medium (the author changed it on purpose)', () => {
    const plan = driftPlan(
      'aws_autoscaling_group',
      { max_size: 10 },
      { max_size: 20 },
      { max_size: 30 }
    )
    const [f] = run(plan)
    expect(f).toMatchObject({ severity: 'medium', address: 'aws_autoscaling_group.x' })
    expect(f?.message).toContain('overwrites it with 30')
  })

  it('a deploy pipeline that moved the task definition and a plan that rolls it back is high', () => {
    const plan = driftPlan(
      'aws_ecs_service',
      { task_definition: 'api:41', desired_count: 2 },
      { task_definition: 'api:57', desired_count: 2 },
      { task_definition: 'api:41', desired_count: 2 }
    )
    expect(run(plan)).toMatchObject([{ severity: 'high', rule: 'drift-revert' }])
  })

  it('labels on a GCP resource count as metadata', () => {
    const plan = driftPlan(
      'google_compute_instance',
      { labels: { env: 'prod' }, machine_type: 'e2-small' },
      { labels: { env: 'prod', owner: 'ops' }, machine_type: 'e2-small' },
      { labels: { env: 'prod' }, machine_type: 'e2-small' }
    )
    expect(run(plan)).toMatchObject([{ severity: 'low' }])
  })

  it('a tag revert together with a real revert is high and lists both paths', () => {
    const plan = driftPlan(
      'aws_instance',
      { instance_type: 't3.small', tags: { a: '1' } },
      { instance_type: 't3.large', tags: { a: '2' } },
      { instance_type: 't3.small', tags: { a: '1' } }
    )
    const [f] = run(plan)
    expect(f?.severity).toBe('high')
    expect(f?.message).toContain(
      'instance_type, tags.a of aws_instance.x were changed outside Terraform'
    )
    expect(f?.evidence.map((e) => e.path)).toEqual(['instance_type', 'tags.a'])
  })

  it('a nested block attribute reverted is named by its full path', () => {
    const plan = driftPlan(
      'aws_db_instance',
      { backup: [{ window: '03:00-04:00', retention: 7 }] },
      { backup: [{ window: '03:00-04:00', retention: 30 }] },
      { backup: [{ window: '03:00-04:00', retention: 7 }] }
    )
    const [f] = run(plan)
    expect(f?.evidence[0]?.path).toBe('backup[0].retention')
    expect(f?.message).toContain('from 7 to 30, and this plan sets it back to 7')
  })

  it('a set of blocks: a changed element is reported as one removed and one added', () => {
    const plan = driftPlan(
      'aws_security_group',
      {
        ingress: [
          { port: 22, cidr: '10.0.0.0/8' },
          { port: 443, cidr: '0.0.0.0/0' }
        ]
      },
      {
        ingress: [
          { port: 22, cidr: '10.1.0.0/16' },
          { port: 443, cidr: '0.0.0.0/0' }
        ]
      },
      {
        ingress: [
          { port: 22, cidr: '10.0.0.0/8' },
          { port: 443, cidr: '0.0.0.0/0' }
        ]
      }
    )
    const [f] = run(plan)
    expect(f?.severity).toBe('high')
    expect(f?.message).toContain(
      'adds back 1 element removed outside Terraform ({"port":22,"cidr":"10.0.0.0/8"})'
    )
    expect(f?.message).toContain(
      'removes 1 element added outside Terraform ({"port":22,"cidr":"10.1.0.0/16"})'
    )
  })

  it('a reordered set is not drift', () => {
    const plan = driftPlan(
      'aws_security_group',
      { ids: ['a', 'b'] },
      { ids: ['b', 'a'] },
      { ids: ['b', 'a', 'c'] }
    )
    expect(run(plan)).toEqual([])
  })

  it('a replacement that reverts drift fires too', () => {
    const plan = planFrom({
      resource_drift: [
        {
          type: 'aws_instance',
          name: 'x',
          change: { actions: ['update'], before: { ami: 'a' }, after: { ami: 'b' } }
        }
      ],
      resource_changes: [
        {
          type: 'aws_instance',
          name: 'x',
          change: { actions: ['create', 'delete'], before: { ami: 'b' }, after: { ami: 'a' } }
        }
      ]
    })
    expect(run(plan)).toMatchObject([{ severity: 'high' }])
  })

  it('an object deleted outside Terraform and recreated by the plan is medium', () => {
    const plan = planFrom({
      resource_drift: [
        {
          type: 'aws_iam_user',
          name: 'x',
          change: { actions: ['delete'], before: { name: 'bob' }, after: null }
        }
      ],
      resource_changes: [
        {
          type: 'aws_iam_user',
          name: 'x',
          change: { actions: ['create'], before: null, after: { name: 'bob' } }
        }
      ]
    })
    const [f] = run(plan)
    expect(f).toMatchObject({ severity: 'medium', address: 'aws_iam_user.x' })
    expect(f?.message).toContain('deleted outside Terraform')
  })

  it('sensitive drifted values are never shown', () => {
    const plan = planFrom({
      resource_drift: [
        {
          type: 'aws_db_instance',
          name: 'x',
          change: {
            actions: ['update'],
            before: { password: 'old-pass-123', port: 5432 },
            after: { password: 'new-pass-456', port: 5433 },
            before_sensitive: { password: true },
            after_sensitive: { password: true }
          }
        }
      ],
      resource_changes: [
        {
          type: 'aws_db_instance',
          name: 'x',
          change: {
            actions: ['update'],
            before: { password: 'new-pass-456', port: 5433 },
            after: { password: 'old-pass-123', port: 5432 },
            before_sensitive: { password: true },
            after_sensitive: { password: true }
          }
        }
      ]
    })
    const text = JSON.stringify(run(plan))
    expect(text).toContain('port')
    expect(text).not.toContain('pass-')
  })

  it('stays linear: 20k updates with 20k drift entries', () => {
    const drift: RawChange[] = []
    const changes: RawChange[] = []
    for (let i = 0; i < 20_000; i++) {
      drift.push({
        type: 'aws_instance',
        name: `n${i}`,
        change: { actions: ['update'], before: { a: 1 }, after: { a: 2 } }
      })
      changes.push({
        type: 'aws_instance',
        name: `n${i}`,
        change: { actions: ['update'], before: { a: 2 }, after: { a: 2, b: 1 } }
      })
    }
    const plan = planFrom({ resource_drift: drift, resource_changes: changes })
    const started = performance.now()
    expect(run(plan)).toEqual([])
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe.skipIf(!existsSync(corpusDir))('drift-revert over the real corpus', () => {
  it('runs on every corpus plan without throwing and fires on the golden drift plans', () => {
    const fired = new Set<string>()
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
      const plan = loadPlanFromBytes(readFileSync(join(corpusDir, file)), file)
      for (const f of run(plan)) {
        expect(SEVERITIES).toContain(f.severity)
        expect(f.planFile).toBe(file)
        fired.add(file)
      }
    }
    // Terraform's own drift_simple golden plan is a textbook revert.
    if (existsSync(join(corpusDir, 'tofu-equiv-drift_simple.json'))) {
      expect(fired).toContain('tofu-equiv-drift_simple.json')
    }
  })
})
