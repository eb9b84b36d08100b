import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import { missingMovedRule } from '../../src/rules/missing-moved.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import type { RawChange } from '../helpers/plan.js'
import { corpusDir, fixturePlan, planFrom } from '../helpers/plan.js'

const policy = loadPolicy()
const run = (plan: PlanFileModel): Finding[] =>
  missingMovedRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })

const del = (
  type: string,
  name: string,
  before: Record<string, unknown>,
  extra: Partial<RawChange> = {}
): RawChange => ({
  type,
  name,
  action_reason: 'delete_because_no_resource_config',
  change: { actions: ['delete'], before, after: null },
  ...extra
})
const create = (
  type: string,
  name: string,
  after: Record<string, unknown>,
  extra: Partial<RawChange> = {}
): RawChange => ({
  type,
  name,
  change: { actions: ['create'], before: null, after, after_unknown: { id: true } },
  ...extra
})

describe('missing-moved: fixtures that fire', () => {
  const findings = run(fixturePlan('rules/missing-moved/fires.json'))

  it('a renamed bucket is high and suggests the exact moved block', () => {
    const [f] = findings.filter((x) => x.address === 'aws_s3_bucket.logs')
    expect(f).toMatchObject({ rule: 'missing-moved', severity: 'high' })
    expect(f?.message).toContain(
      'moved { from = aws_s3_bucket.logs  to = aws_s3_bucket.access_logs }'
    )
    expect(f?.message).toContain('holds data')
    expect(f?.evidence).toContainEqual({ note: 'same bucket attribute' })
  })

  it('a renamed module is medium for a stateless type', () => {
    const [f] = findings.filter((x) => x.address === 'module.web.aws_security_group.this')
    expect(f).toMatchObject({ rule: 'missing-moved', severity: 'medium' })
    expect(f?.message).toContain(
      'moved { from = module.web.aws_security_group.this  to = module.frontend.aws_security_group.this }'
    )
  })

  it('count → for_each pairs each index with the key whose attributes match', () => {
    const subnets = findings.filter((x) => x.address.startsWith('aws_subnet.'))
    expect(subnets.map((f) => f.address)).toEqual([
      'aws_subnet.private[0]',
      'aws_subnet.private[1]'
    ])
    expect(subnets[0]?.message).toContain('to = aws_subnet.private["eu-west-1a"]')
    expect(subnets[1]?.message).toContain('to = aws_subnet.private["eu-west-1b"]')
  })

  it('fires exactly once per deleted address', () => {
    expect(findings).toHaveLength(4)
  })
})

describe('missing-moved: look-alikes', () => {
  it('a moved resource, an unmatched delete, a different bucket and a count decrease do not fire', () => {
    expect(run(fixturePlan('rules/missing-moved/look-alikes.json'))).toEqual([])
  })

  it('a create without any delete does not fire', () => {
    expect(
      run(planFrom({ resource_changes: [create('aws_iam_role', 'x', { name: 'x' })] }))
    ).toEqual([])
  })

  it('a replacement is not a move', () => {
    const plan = planFrom({
      resource_changes: [
        {
          type: 'aws_instance',
          name: 'a',
          action_reason: 'replace_because_cannot_update',
          change: { actions: ['delete', 'create'], before: { ami: 'x' }, after: { ami: 'y' } }
        },
        create('aws_instance', 'b', { ami: 'x' })
      ]
    })
    expect(run(plan)).toEqual([])
  })
})

describe('missing-moved: pairing', () => {
  it('pairs one to one: two deletes and one create give one finding', () => {
    const attrs = { instance_type: 't3.small', ami: 'ami-1', subnet_id: 'subnet-1' }
    const plan = planFrom({
      resource_changes: [
        del('aws_instance', 'web', attrs),
        del('aws_instance', 'bastion', attrs),
        create('aws_instance', 'web_server', attrs)
      ]
    })
    const findings = run(plan)
    expect(findings).toHaveLength(1)
    // The most similar name wins.
    expect(findings[0]?.address).toBe('aws_instance.web')
  })

  it('prefers a create in the same module', () => {
    const attrs = { name: 'queue', visibility_timeout_seconds: 30 }
    const plan = planFrom({
      resource_changes: [
        del('aws_sqs_queue', 'jobs', attrs, { module_address: 'module.a' }),
        create('aws_sqs_queue', 'work', attrs, { module_address: 'module.b' }),
        create('aws_sqs_queue', 'work', attrs, { module_address: 'module.a' })
      ]
    })
    const [f] = run(plan)
    expect(f?.severity).toBe('high') // aws_sqs_queue is stateful in the default catalogue
    expect(f?.message).toContain('to = module.a.aws_sqs_queue.work')
  })

  it('older plans without action_reason pair only on an identifying attribute', () => {
    const plan = planFrom({
      format_version: '0.1',
      resource_changes: [
        {
          ...del('aws_db_instance', 'main', { identifier: 'orders', engine: 'postgres' }),
          action_reason: undefined
        },
        create('aws_db_instance', 'orders', { identifier: 'orders', engine: 'postgres' }),
        {
          ...del('aws_instance', 'a', { ami: 'x', instance_type: 't3.small' }),
          action_reason: undefined
        },
        create('aws_instance', 'b', { ami: 'x', instance_type: 't3.small' })
      ]
    })
    const findings = run(plan)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ address: 'aws_db_instance.main', severity: 'high' })
    expect(findings[0]?.evidence).toContainEqual({ note: 'same identifier attribute' })
  })

  it('unrelated objects of one type with nothing in common do not pair', () => {
    const plan = planFrom({
      resource_changes: [
        del('aws_iam_policy', 'read_logs', {
          description: 'read logs',
          path: '/',
          policy: '{"a":1}'
        }),
        create('aws_iam_policy', 'deploy', {
          description: 'deploy',
          path: '/ci/',
          policy: '{"b":2}'
        })
      ]
    })
    expect(run(plan)).toEqual([])
  })

  it('a removed for_each key next to an added one with other settings is not a move', () => {
    const rule = (port: number, cidr: string): Record<string, unknown> => ({
      type: 'ingress',
      protocol: 'tcp',
      from_port: port,
      to_port: port,
      cidr_blocks: [cidr],
      security_group_id: 'sg-1'
    })
    const plan = planFrom({
      resource_changes: [
        {
          ...del('aws_security_group_rule', 'in', rule(80, '10.0.0.0/8')),
          index: 'http',
          action_reason: 'delete_because_each_key'
        },
        { ...create('aws_security_group_rule', 'in', rule(443, '10.1.0.0/16')), index: 'https' }
      ]
    })
    expect(run(plan)).toEqual([])
  })

  it('a renamed for_each key with the same settings is a move', () => {
    const attrs = { engine: 'redis', node_type: 'cache.t3.small', num_cache_nodes: 1, port: 6379 }
    const plan = planFrom({
      resource_changes: [
        {
          ...del('aws_elasticache_cluster', 'cache', attrs),
          index: 'sessions',
          action_reason: 'delete_because_each_key'
        },
        { ...create('aws_elasticache_cluster', 'cache', attrs), index: 'user-sessions' }
      ]
    })
    const [f] = run(plan)
    expect(f).toMatchObject({
      severity: 'high',
      address: 'aws_elasticache_cluster.cache["sessions"]'
    })
    expect(f?.message).toContain(
      'moved { from = aws_elasticache_cluster.cache["sessions"]  to = aws_elasticache_cluster.cache["user-sessions"] }'
    )
  })

  it('an ephemeral helper renamed without a moved block is only low', () => {
    const plan = planFrom({
      resource_changes: [
        del('random_id', 'suffix', { byte_length: 4, prefix: 'app-' }),
        create('random_id', 'bucket_suffix', { byte_length: 4, prefix: 'app-' })
      ]
    })
    expect(run(plan)).toMatchObject([{ severity: 'low', address: 'random_id.suffix' }])
  })

  it('stays fast on a big refactor (2k renames in one module)', () => {
    const changes: RawChange[] = []
    for (let i = 0; i < 2000; i++) {
      changes.push(
        del('aws_route53_record', `old_${i}`, {
          name: `h${i}.example.com`,
          type: 'A',
          zone_id: 'Z1'
        }),
        create('aws_route53_record', `new_${i}`, {
          name: `h${i}.example.com`,
          type: 'A',
          zone_id: 'Z1'
        })
      )
    }
    const started = performance.now()
    const findings = run(planFrom({ resource_changes: changes }))
    expect(findings).toHaveLength(2000)
    expect(findings.find((f) => f.address === 'aws_route53_record.old_7')?.message).toContain(
      'to = aws_route53_record.new_7 }'
    )
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe.skipIf(!existsSync(corpusDir))('missing-moved over the real corpus', () => {
  it('runs on every corpus plan without throwing', () => {
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
      const plan = loadPlanFromBytes(readFileSync(join(corpusDir, file)), file)
      for (const f of run(plan)) {
        expect(SEVERITIES).toContain(f.severity)
        expect(f.planFile).toBe(file)
        expect(f.message).toContain('moved {')
      }
    }
  })
})
