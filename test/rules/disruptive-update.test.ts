import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import type { Policy } from '../../src/policy/index.js'
import {
  disruptiveUpdateRule,
  endpointOf,
  isEndpointKey,
  majorKey,
  onOff,
  parseAttribute,
  shortValue
} from '../../src/rules/disruptive-update.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import { corpusDir, fixturePlan, planWithChange } from '../helpers/plan.js'
import type { RawChange } from '../helpers/plan.js'

const policy = loadPolicy()
const runWith = (p: Policy, plan: PlanFileModel): Finding[] =>
  disruptiveUpdateRule.run({
    plan,
    catalogue: p.catalogue,
    settings: p.settingsFor(plan.meta.file, {})
  })
const run = (plan: PlanFileModel): Finding[] => runWith(policy, plan)
const at = (findings: Finding[], address: string): Finding[] =>
  findings.filter((f) => f.address === address)

/** An in-place update of `type` from `before` to `before` + `changes`. */
function update(
  type: string,
  before: Record<string, unknown>,
  changes: Record<string, unknown>,
  extra: Partial<RawChange['change']> = {}
): Finding[] {
  return run(
    planWithChange({
      type,
      name: 'x',
      change: { actions: ['update'], before, after: { ...before, ...changes }, ...extra }
    })
  )
}

describe('disruptive-update: fixtures that fire', () => {
  const findings = run(fixturePlan('rules/disruptive-update/fires.json'))
  const one = (address: string): Finding => {
    const found = at(findings, address)
    expect(found).toHaveLength(1)
    return found[0] as Finding
  }

  it('a PostgreSQL major upgrade in place is high, lists the class change too, and says when it runs', () => {
    const f = one('aws_db_instance.orders')
    expect(f).toMatchObject({ rule: 'disruptive-update', severity: 'high' })
    expect(f.message).toContain('major engine upgrade in place')
    expect(f.message).toContain('"13.7" → "15.2"')
    expect(f.message).toContain('only rollback is a snapshot restore')
    expect(f.message).toContain('instance class change')
    expect(f.message).toContain('next maintenance window')
    expect(f.evidence).toContainEqual(
      expect.objectContaining({ path: 'engine_version', before: '"13.7"', after: '"15.2"' })
    )
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        path: 'instance_class',
        before: '"db.r6g.large"',
        after: '"db.r6g.xlarge"'
      })
    )
    // The minor-version entry on the same attribute is not reported next to the major one.
    expect(f.message).not.toContain('minor engine version')
  })

  it('Aurora MySQL 5.7 → 8.0 is a major upgrade (two-part major for MySQL)', () => {
    const f = one('aws_rds_cluster.analytics')
    expect(f.severity).toBe('high')
    expect(f.message).toContain('Applied immediately')
  })

  it('scaling an ECS service, an ASG, an EKS node group or a Deployment to zero is high', () => {
    expect(one('aws_ecs_service.api')).toMatchObject({ severity: 'high' })
    expect(one('aws_ecs_service.api').message).toContain('desired_count: 4 → 0')
    const asg = one('aws_autoscaling_group.workers')
    expect(asg.severity).toBe('high')
    expect(asg.evidence.map((e) => e.path)).toEqual(['desired_capacity', 'max_size'])
    // min_size going to 0 is not disruptive on its own and is not listed.
    expect(asg.message).not.toContain('min_size')
    const ng = one('aws_eks_node_group.general')
    expect(ng.severity).toBe('high')
    expect(ng.evidence[0]?.path).toBe('scaling_config[0].desired_size')
    const dep = one('kubernetes_deployment_v1.web')
    expect(dep.severity).toBe('high')
    expect(dep.evidence[0]).toMatchObject({ path: 'spec[0].replicas', before: '"3"', after: '"0"' })
  })

  it('reserved concurrency -1 → 0 switches a Lambda off (high)', () => {
    expect(one('aws_lambda_function.worker')).toMatchObject({ severity: 'high' })
  })

  it('a disabled KMS key and a disabled CloudFront distribution are high', () => {
    expect(one('aws_kms_key.data')).toMatchObject({ severity: 'high' })
    expect(one('aws_kms_key.data').message).toContain('unreadable')
    expect(one('aws_cloudfront_distribution.site')).toMatchObject({ severity: 'high' })
  })

  it('a repointed CloudFront origin and a removed alias are medium and name what moved', () => {
    const f = one('aws_cloudfront_distribution.assets')
    expect(f.severity).toBe('medium')
    expect(f.message).toContain(
      'origin[1].domain_name: "api-old.example.com" → "api-new.example.com"'
    )
    expect(f.message).toContain('removed "cdn.example.com"')
  })

  it("a Lambda's DATABASE_URL pointed at another host is medium, without the password", () => {
    const f = one('aws_lambda_function.api')
    expect(f.severity).toBe('medium')
    expect(f.message).toContain('DATABASE_URL points at a different data store')
    expect(f.evidence[0]?.path).toBe('environment[0].variables.DATABASE_URL')
    expect(f.evidence[0]?.after).toContain('db-b.internal')
    expect(JSON.stringify(f)).not.toContain('hunter2secret')
  })

  it('a replaced ECS task definition whose REDIS_URL moves is medium', () => {
    const f = one('aws_ecs_task_definition.api')
    expect(f.severity).toBe('medium')
    expect(f.message).toMatch(/^Replacement of aws_ecs_task_definition\.api: REDIS_URL/)
    expect(f.evidence[0]?.path).toBe('container_definitions[0].environment[1].value')
  })

  it('control-plane upgrades, class and tier changes and listener repoints are medium', () => {
    for (const address of [
      'aws_eks_cluster.main',
      'google_container_cluster.gke',
      'aws_elasticache_replication_group.sessions',
      'aws_lb_listener.https',
      'aws_dynamodb_table.events',
      'aws_route_table.private'
    ]) {
      expect(one(address).severity, address).toBe('medium')
    }
    // The changed leaf of a block is shown, cut in the middle so the end of an ARN stays visible.
    expect(one('aws_lb_listener.https').message).toContain('targetgroup/green/2')
    expect(one('aws_route_table.private').message).toContain('removed {"cidr_block":"10.50.0.0/16"')
  })

  it('Cloud SQL and Azure flexible server major upgrades are high; the tier change is listed', () => {
    const sql = one('google_sql_database_instance.main')
    expect(sql.severity).toBe('high')
    expect(sql.message).toContain('"POSTGRES_13" → "POSTGRES_15"')
    expect(sql.message).toContain('settings[0].tier')
    expect(one('azurerm_postgresql_flexible_server.db').severity).toBe('high')
  })

  it('an instance type change is low (stop/start of one machine)', () => {
    expect(one('aws_instance.bastion')).toMatchObject({ severity: 'low' })
  })

  it('emits one well-formed finding per disruptive change, in address order', () => {
    expect(findings.map((f) => f.address)).toEqual([...findings.map((f) => f.address)].sort())
    expect(new Set(findings.map((f) => f.address)).size).toBe(findings.length)
    expect(findings).toHaveLength(21)
    for (const f of findings) {
      expect(f.rule).toBe('disruptive-update')
      expect(f.planFile).toBe('rules/disruptive-update/fires.json')
      expect(f.message.endsWith('.')).toBe(true)
    }
  })
})

describe('disruptive-update: look-alikes', () => {
  const findings = run(fixturePlan('rules/disruptive-update/look-alikes.json'))

  it('tags, scaling within range, timeouts, log levels, reorders, added origins, creates and reads fire nothing', () => {
    for (const address of [
      'aws_db_instance.orders',
      'aws_ecs_service.api',
      'aws_ecs_service.batch',
      'aws_lambda_function.api',
      'aws_cloudfront_distribution.assets',
      'aws_db_instance.new',
      'aws_kms_key.data',
      'aws_autoscaling_group.workers',
      'kubernetes_deployment_v1.web',
      'aws_eks_node_group.general',
      'aws_ecs_task_definition.api',
      'data.aws_kms_key.legacy',
      'aws_lb_listener.https'
    ]) {
      expect(at(findings, address), address).toEqual([])
    }
  })

  it('a minor engine bump is only low', () => {
    expect(at(findings, 'aws_db_instance.reporting')).toMatchObject([
      { severity: 'low', message: expect.stringContaining('minor engine version change') as string }
    ])
    expect(at(findings, 'aws_rds_cluster.aurora')).toMatchObject([{ severity: 'low' }])
    expect(findings).toHaveLength(2)
  })
})

describe('disruptive-update: inline cases', () => {
  it('an instance class known only after apply still fires, showing (known after apply)', () => {
    const findings = update(
      'aws_db_instance',
      { instance_class: 'db.t3.large' },
      { instance_class: undefined },
      { after_unknown: { instance_class: true } }
    )
    expect(findings).toMatchObject([{ severity: 'medium' }])
    expect(findings[0]?.evidence[0]?.after).toBe('(known after apply)')
  })

  it('switch words: "DISABLED" and "NEVER" read as off', () => {
    expect(
      update(
        'google_sql_database_instance',
        { settings: [{ activation_policy: 'ALWAYS', tier: 'db-f1-micro' }] },
        { settings: [{ activation_policy: 'NEVER', tier: 'db-f1-micro' }] }
      )
    ).toMatchObject([{ severity: 'high' }])
    expect(
      update('aws_cloudwatch_event_rule', { state: 'ENABLED' }, { state: 'DISABLED' })
    ).toMatchObject([{ severity: 'medium' }])
    // Turned back on: nothing.
    expect(update('aws_kms_key', { is_enabled: false }, { is_enabled: true })).toEqual([])
  })

  it('a desired count that stays at zero, or grows from zero, is not "to zero"', () => {
    expect(update('aws_ecs_service', { desired_count: 0 }, { desired_count: 0, x: 1 })).toEqual([])
    expect(update('aws_ecs_service', { desired_count: 0 }, { desired_count: 3 })).toEqual([])
  })

  it('a shorter S3 expiration is medium, a longer one is nothing', () => {
    const before = { rule: [{ id: 'logs', expiration: [{ days: 90 }] }] }
    expect(
      update('aws_s3_bucket_lifecycle_configuration', before, {
        rule: [{ id: 'logs', expiration: [{ days: 30 }] }]
      })
    ).toMatchObject([{ severity: 'medium' }])
    expect(
      update('aws_s3_bucket_lifecycle_configuration', before, {
        rule: [{ id: 'logs', expiration: [{ days: 365 }] }]
      })
    ).toEqual([])
  })

  it('a DB_HOST that only gains a port or a query string is the same endpoint', () => {
    const env = (v: string) => ({ environment: [{ variables: { DB_HOST: v } }] })
    expect(update('aws_lambda_function', env('db.internal'), env('db.internal'), {})).toEqual([])
    expect(
      update(
        'aws_lambda_function',
        env('mysql://u@db.internal/app'),
        env('mysql://u@db.internal/app?tls=true')
      )
    ).toEqual([])
    expect(
      update(
        'aws_lambda_function',
        env('mysql://u@db.internal/app'),
        env('mysql://u@db.internal/app2')
      )
    ).toMatchObject([{ severity: 'medium' }])
  })

  it('a sensitive environment is never compared or shown', () => {
    const findings = update(
      'aws_lambda_function',
      { environment: [{ variables: { DATABASE_URL: 'postgres://a.internal/x' } }] },
      { environment: [{ variables: { DATABASE_URL: 'postgres://b.internal/x' } }] },
      {
        before_sensitive: { environment: [{ variables: true }] },
        after_sensitive: { environment: [{ variables: true }] }
      }
    )
    expect(findings).toEqual([])
  })

  it('a variable unknown only because its whole map is unknown is not a repoint', () => {
    const findings = update(
      'aws_lambda_function',
      { environment: [{ variables: { DATABASE_URL: 'postgres://a.internal/x' } }] },
      { environment: [{}] },
      { after_unknown: { environment: [{ variables: true }] } }
    )
    expect(findings).toEqual([])
  })

  it('a variable that is itself unknown after apply is a repoint to something new', () => {
    const findings = update(
      'aws_lambda_function',
      { environment: [{ variables: { DATABASE_URL: 'postgres://a.internal/x', A: '1' } }] },
      { environment: [{ variables: { A: '1' } }] },
      { after_unknown: { environment: [{ variables: { DATABASE_URL: true } }] } }
    )
    expect(findings).toMatchObject([{ severity: 'medium' }])
    expect(findings[0]?.evidence[0]?.after).toBe('(known after apply)')
  })

  it('a policy entry (extends: none) drives the rule without code changes', () => {
    const custom = loadPolicy(
      [
        'version: 1',
        'extends: none',
        'catalogue:',
        '  disruptive_attributes:',
        '    - { type: "acme_*", attribute: "spec.size", when: decrease, severity: critical, label: "shrunk" }'
      ].join('\n')
    )
    const plan = planWithChange({
      type: 'acme_volume',
      name: 'v',
      change: {
        actions: ['update'],
        before: { spec: [{ size: 10 }] },
        after: { spec: [{ size: 5 }] }
      }
    })
    expect(runWith(custom, plan)).toMatchObject([
      {
        severity: 'critical',
        message: 'In-place update of acme_volume.v: shrunk (spec[0].size: 10 → 5).'
      }
    ])
  })

  it('creates, deletes and replacements are not in-place updates', () => {
    for (const actions of [['create'], ['delete'], ['delete', 'create']]) {
      const findings = run(
        planWithChange({
          type: 'aws_ecs_service',
          name: 's',
          change: {
            actions,
            before: actions[0] === 'create' ? null : { desired_count: 3 },
            after: actions[0] === 'delete' && actions.length === 1 ? null : { desired_count: 0 }
          }
        })
      )
      expect(findings, actions.join(',')).toEqual([])
    }
  })
})

describe('disruptive-update: security groups on data stores', () => {
  const db = {
    identifier: 'orders',
    engine: 'postgres',
    vpc_security_group_ids: ['sg-app', 'sg-bastion']
  }

  it('a group removed from a database or cache is medium', () => {
    const [f] = update('aws_db_instance', db, { vpc_security_group_ids: ['sg-bastion'] })
    expect(f).toMatchObject({ rule: 'disruptive-update', severity: 'medium' })
    expect(f?.message).toContain('security group removed from the database')
    expect(f?.message).toContain('removed "sg-app"')
    expect(update('aws_db_instance', db, { vpc_security_group_ids: [] })[0]?.severity).toBe(
      'medium'
    )
    expect(
      update(
        'aws_elasticache_replication_group',
        { security_group_ids: ['sg-a'] },
        { security_group_ids: ['sg-b'] }
      )[0]?.severity
    ).toBe('medium')
  })

  it('a group added, a reorder, or a new group known only after apply say nothing', () => {
    expect(
      update('aws_db_instance', db, {
        vpc_security_group_ids: ['sg-app', 'sg-bastion', 'sg-reports']
      })
    ).toEqual([])
    expect(
      update('aws_db_instance', db, { vpc_security_group_ids: ['sg-bastion', 'sg-app'] })
    ).toEqual([])
    expect(
      update(
        'aws_db_instance',
        db,
        { vpc_security_group_ids: null },
        { after_unknown: { vpc_security_group_ids: true } }
      )
    ).toEqual([])
  })
})

describe('disruptive-update: helpers', () => {
  it('majorKey: one component, two for MySQL/MariaDB and 5.x/9.x', () => {
    const major = (a: string, b: string, engine = ''): boolean =>
      majorKey(a, engine) !== majorKey(b, engine)
    expect(major('13.7', '15.2')).toBe(true)
    expect(major('15', '15.4')).toBe(false)
    expect(major('5.7', '8.0')).toBe(true)
    expect(major('5.6.51', '5.7.44')).toBe(true)
    expect(major('9.6.22', '10.4')).toBe(true)
    expect(major('9.6.20', '9.6.22')).toBe(false)
    expect(major('8.0.35', '8.0.36', 'mysql')).toBe(false)
    expect(major('8.0.36', '8.4.3', 'mysql')).toBe(true)
    expect(major('10.6.14', '10.11.6', 'mariadb')).toBe(true)
    expect(major('POSTGRES_14', 'POSTGRES_16')).toBe(true)
    expect(major('MYSQL_8_0', 'MYSQL_8_0_36')).toBe(false)
    expect(major('MYSQL_5_7', 'MYSQL_8_0')).toBe(true)
    expect(major('SQLSERVER_2019_STANDARD', 'SQLSERVER_2022_STANDARD')).toBe(true)
    expect(major('8.0.mysql_aurora.3.04.0', '8.0.mysql_aurora.3.05.2', 'aurora-mysql')).toBe(false)
    expect(majorKey('latest', '')).toBeUndefined()
  })

  it('parseAttribute reads dots and explicit indexes', () => {
    expect(parseAttribute('scaling_config.desired_size')).toEqual([
      'scaling_config',
      'desired_size'
    ])
    expect(parseAttribute('scaling_config[0].desired_size')).toEqual([
      'scaling_config',
      0,
      'desired_size'
    ])
  })

  it('onOff reads booleans and switch words, nothing else', () => {
    expect(onOff('Enabled')).toBe(true)
    expect(onOff('DESTROY_SCHEDULED')).toBe(false)
    expect(onOff('ON_DEMAND')).toBeUndefined()
    expect(onOff(0)).toBeUndefined()
  })

  it('isEndpointKey names data-store locations, not tuning knobs', () => {
    for (const key of [
      'DATABASE_URL',
      'DB_HOST',
      'PGHOST',
      'REDIS_URL',
      'MONGO_URI',
      'SPRING_DATASOURCE_URL',
      'KAFKA_BOOTSTRAP_SERVERS',
      'redisHost',
      'DB_NAME',
      'DB_DATABASE'
    ])
      expect(isEndpointKey(key), key).toBe(true)
    for (const key of [
      'LOG_LEVEL',
      'DB_POOL_SIZE',
      'CACHE_TTL',
      'API_URL',
      'HOST',
      'DATABASE_PASSWORD'
    ])
      expect(isEndpointKey(key), key).toBe(false)
  })

  it('endpointOf keeps host and database, drops credentials and query', () => {
    expect(endpointOf('postgres://u:(redacted secret)@DB.internal:5432/app?ssl=1')).toBe(
      'db.internal:5432/app'
    )
    expect(endpointOf('jdbc:postgresql://db.internal:5432/app')).toBe('db.internal:5432/app')
    expect(endpointOf('(sensitive value)')).toBeUndefined()
    expect(endpointOf('')).toBeUndefined()
  })

  it('shortValue cuts long values in the middle', () => {
    const arn = `"arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/${'x'.repeat(40)}/green/2"`
    const text = shortValue(JSON.parse(arn))
    expect(text.length).toBeLessThanOrEqual(80)
    expect(text).toContain('…')
    expect(text.endsWith('green/2"')).toBe(true)
  })
})

describe('disruptive-update: the default catalogue', () => {
  it('is filled, and every entry has a label that reads as a consequence', () => {
    const entries = policy.catalogue.disruptiveAttributes
    expect(entries.length).toBeGreaterThan(80)
    for (const e of entries) {
      expect(e.label.length, `${e.type} ${e.attribute}`).toBeGreaterThan(8)
      expect(e.label.endsWith('.')).toBe(false)
    }
  })

  it('covers the issue list: DB upgrade, class change, scale to zero, disabled key and CDN', () => {
    const has = (type: string, attribute: string, when: string): boolean =>
      policy.catalogue.disruptiveAttributes.some(
        (e) => e.matchesType(type) && e.attribute === attribute && e.when === when
      )
    expect(has('aws_db_instance', 'engine_version', 'major')).toBe(true)
    expect(has('aws_rds_cluster', 'engine_version', 'major')).toBe(true)
    expect(has('aws_db_instance', 'instance_class', 'any')).toBe(true)
    expect(has('aws_ecs_service', 'desired_count', 'to_zero')).toBe(true)
    expect(has('aws_autoscaling_group', 'desired_capacity', 'to_zero')).toBe(true)
    expect(has('aws_kms_key', 'is_enabled', 'false')).toBe(true)
    expect(has('aws_cloudfront_distribution', 'enabled', 'false')).toBe(true)
    expect(has('kubernetes_deployment', 'spec.replicas', 'to_zero')).toBe(true)
    expect(has('kubernetes_stateful_set_v1', 'spec.replicas', 'to_zero')).toBe(true)
  })
})

describe.skipIf(!existsSync(corpusDir))('disruptive-update over the real corpus', () => {
  const files = existsSync(corpusDir)
    ? readdirSync(corpusDir).filter((f) => f.endsWith('.json'))
    : []

  it('runs on every corpus plan without throwing and emits well-formed findings', () => {
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      let plan: PlanFileModel
      try {
        plan = loadPlanFromBytes(readFileSync(join(corpusDir, file)), file)
      } catch {
        continue // not a plan the loader accepts: the loader's tests cover that
      }
      for (const f of run(plan)) {
        expect(SEVERITIES).toContain(f.severity)
        expect(f.rule).toBe('disruptive-update')
        expect(f.planFile).toBe(file)
        expect(f.address).not.toBe('')
        expect(f.message.length).toBeGreaterThan(20)
      }
    }
  })
})
