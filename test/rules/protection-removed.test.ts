import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes, PlanLoadError } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import type { Policy } from '../../src/policy/index.js'
import { protectionRemovedRule } from '../../src/rules/protection-removed.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import { corpusDir, fixturePlan, planWithChange } from '../helpers/plan.js'
import type { RawChange } from '../helpers/plan.js'

const defaultPolicy = loadPolicy()
const run = (plan: PlanFileModel, policy: Policy = defaultPolicy): Finding[] =>
  protectionRemovedRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })
const runOne = (change: RawChange, policy?: Policy): Finding[] =>
  run(planWithChange(change), policy)
const summary = (findings: readonly Finding[]): [string, string][] =>
  findings.map((f) => [f.address, f.severity])

const change = (
  type: string,
  actions: string[],
  before: object | null,
  after: object | null
): RawChange => ({
  type,
  name: 'x',
  change: { actions, before, after, after_unknown: {} }
})

describe('protection-removed: fixtures', () => {
  it('flags safety nets switched off, high on stateful types and for encryption', () => {
    const findings = run(fixturePlan('rules/protection-removed/removed.json'))
    expect(summary(findings)).toEqual([
      ['aws_cloudwatch_log_group.audit', 'high'],
      ['aws_db_instance.orders', 'high'],
      ['aws_instance.app', 'high'],
      ['aws_lb.public', 'medium'],
      ['aws_s3_bucket.legacy', 'high'],
      ['aws_s3_bucket_versioning.data', 'medium'],
      ['google_sql_database_instance.main', 'high']
    ])
    const by = (address: string): Finding => findings.find((f) => f.address === address)!
    const db = by('aws_db_instance.orders')
    expect(db.message).toContain('Backup retention cut (backup_retention_period: 7 → 1)')
    expect(db.message).toContain(
      'deletion protection turned off (deletion_protection: true → false)'
    )
    expect(db.message).toContain('aws_db_instance holds data')
    expect(db.evidence).toEqual([
      { path: 'backup_retention_period', before: '7', after: '1', note: 'backup retention cut' },
      {
        path: 'deletion_protection',
        before: 'true',
        after: 'false',
        note: 'deletion protection turned off'
      }
    ])
    expect(by('aws_s3_bucket.legacy').message).toContain('versioning[0].enabled: true → false')
    expect(by('aws_s3_bucket_versioning.data').message).toContain('"Enabled" → "Suspended"')
    expect(by('aws_instance.app').message).toContain('root_block_device[0].encrypted: true → false')
    expect(by('aws_instance.app').message).toContain('customer-managed encryption key removed')
    expect(by('google_sql_database_instance.main').message).toContain(
      'settings[0].backup_configuration[0].enabled'
    )
    expect(by('aws_lb.public').message).toBe(
      'Deletion protection turned off (enable_deletion_protection: true → false).'
    )
    for (const f of findings) expect(f.rule).toBe('protection-removed')
  })

  it('says nothing for unchanged or increased values, never-expire logs, creates, re-keying, reordered or removed blocks, unknowns', () => {
    expect(run(fixturePlan('rules/protection-removed/lookalikes.json'))).toEqual([])
  })
})

describe('protection-removed: detective and edge controls', () => {
  it('GuardDuty off, Config recording off and a WAF detached from CloudFront are medium', () => {
    const gd = runOne(
      change(
        'aws_guardduty_detector',
        ['update'],
        { enable: true, finding_publishing_frequency: 'FIFTEEN_MINUTES' },
        { enable: false, finding_publishing_frequency: 'FIFTEEN_MINUTES' }
      )
    )
    expect(summary(gd)).toEqual([['aws_guardduty_detector.x', 'medium']])
    expect(gd[0]!.message).toContain('GuardDuty threat detection turned off')
    expect(
      summary(
        runOne(
          change(
            'aws_config_configuration_recorder_status',
            ['update'],
            { name: 'default', is_enabled: true },
            { name: 'default', is_enabled: false }
          )
        )
      )
    ).toEqual([['aws_config_configuration_recorder_status.x', 'medium']])
    const waf = runOne(
      change(
        'aws_cloudfront_distribution',
        ['update'],
        { enabled: true, web_acl_id: 'arn:aws:wafv2:us-east-1:1:global/webacl/www/1' },
        { enabled: true, web_acl_id: '' }
      )
    )
    expect(summary(waf)).toEqual([['aws_cloudfront_distribution.x', 'medium']])
    expect(waf[0]!.message).toContain('WAF web ACL detached')
    expect(
      summary(
        runOne(
          change(
            'google_compute_backend_service',
            ['update'],
            { name: 'web', security_policy: 'projects/p/global/securityPolicies/armor' },
            { name: 'web', security_policy: null }
          )
        )
      )
    ).toEqual([['google_compute_backend_service.x', 'medium']])
  })

  it('turning them on, or swapping the WAF for another one, says nothing', () => {
    expect(
      runOne(change('aws_guardduty_detector', ['update'], { enable: false }, { enable: true }))
    ).toEqual([])
    expect(
      runOne(
        change(
          'aws_cloudfront_distribution',
          ['update'],
          { web_acl_id: 'arn:a' },
          { web_acl_id: 'arn:b' }
        )
      )
    ).toEqual([])
    // Another type's `enable` is not GuardDuty's.
    expect(
      runOne(change('aws_other_thing', ['update'], { enable: true }, { enable: false }))
    ).toEqual([])
  })
})

describe('protection-removed: catalogue kinds', () => {
  it('"true" kind: skip_final_snapshot false/null → true on a stateful type is high', () => {
    const f = runOne(
      change(
        'aws_rds_cluster',
        ['update'],
        { skip_final_snapshot: null },
        { skip_final_snapshot: true }
      )
    )
    expect(summary(f)).toEqual([['aws_rds_cluster.x', 'high']])
    expect(f[0]!.message).toContain(
      'Final snapshot skipped on delete (skip_final_snapshot: null → true)'
    )
  })

  it('"decrease" kind: to 0 or null fires; numeric strings and durations are read', () => {
    expect(
      summary(
        runOne(
          change(
            'aws_db_instance',
            ['update'],
            { backup_retention_period: 7 },
            { backup_retention_period: 0 }
          )
        )
      )
    ).toEqual([['aws_db_instance.x', 'high']])
    expect(
      summary(
        runOne(
          change(
            'aws_sqs_queue',
            ['update'],
            { message_retention_seconds: '1209600' },
            { message_retention_seconds: null }
          )
        )
      )
    ).toEqual([['aws_sqs_queue.x', 'high']])
    expect(
      summary(
        runOne(
          change(
            'google_pubsub_topic',
            ['update'],
            { retention_period: '604800s' },
            { retention_period: '86400s' }
          )
        )
      )
    ).toEqual([['google_pubsub_topic.x', 'high']])
  })

  it('"removed" kind: a KMS key going away is high even on a non-stateful type', () => {
    const f = runOne(
      change(
        'aws_lambda_function',
        ['update'],
        { kms_key_id: 'arn:aws:kms:eu-west-1:1:key/k' },
        { kms_key_id: null }
      )
    )
    expect(summary(f)).toEqual([['aws_lambda_function.x', 'high']])
  })

  it('replaces are read; creates and deletes are not', () => {
    expect(
      summary(
        runOne(
          change(
            'aws_db_instance',
            ['delete', 'create'],
            { storage_encrypted: true },
            { storage_encrypted: false }
          )
        )
      )
    ).toEqual([['aws_db_instance.x', 'high']])
    expect(
      runOne(change('aws_db_instance', ['delete'], { deletion_protection: true }, null))
    ).toEqual([])
  })

  it('is driven by the catalogue: a repository entry adds an attribute, a type glob limits one', () => {
    const custom = loadPolicy(
      [
        'version: 1',
        'catalogue:',
        '  protection_attributes:',
        '    - { attribute: lock.enabled, type: "acme_*", unsafe: "false", label: vault lock turned off }'
      ].join('\n'),
      'test'
    )
    const f = runOne(
      change(
        'acme_vault',
        ['update'],
        { lock: [{ enabled: true }] },
        { lock: [{ enabled: false }] }
      ),
      custom
    )
    expect(summary(f)).toEqual([['acme_vault.x', 'medium']])
    expect(f[0]!.message).toContain('Vault lock turned off (lock[0].enabled: true → false)')
    expect(
      runOne(
        change(
          'other_vault',
          ['update'],
          { lock: [{ enabled: true }] },
          { lock: [{ enabled: false }] }
        ),
        custom
      )
    ).toEqual([])
  })
})

const corpusPresent = existsSync(corpusDir)
describe.skipIf(!corpusPresent)('protection-removed over every corpus plan', () => {
  it('never throws and every finding is well-formed', () => {
    let plans = 0
    for (const file of readdirSync(corpusDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      let plan: PlanFileModel
      try {
        plan = loadPlanFromBytes(readFileSync(join(corpusDir, file)), file)
      } catch (error) {
        if (error instanceof PlanLoadError) continue
        throw error
      }
      plans++
      const addresses = new Set(plan.changes.map((c) => c.address))
      for (const f of run(plan)) {
        expect(f.rule).toBe('protection-removed')
        expect(SEVERITIES).toContain(f.severity)
        expect(addresses.has(f.address)).toBe(true)
        expect(f.message).toMatch(/^[A-Z].*\.$/s)
        expect(f.planFile).toBe(file)
        expect(f.evidence.length).toBeGreaterThan(0)
      }
    }
    expect(plans).toBeGreaterThan(100)
  })
})
