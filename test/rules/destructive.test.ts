import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import { destructiveRule } from '../../src/rules/destructive.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import { corpusDir, fixturePlan, planWithChange } from '../helpers/plan.js'

const policy = loadPolicy()
const run = (plan: PlanFileModel): Finding[] =>
  destructiveRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })
const at = (findings: Finding[], address: string): Finding[] =>
  findings.filter((f) => f.address === address)

describe('destructive: fixtures that fire', () => {
  const findings = run(fixturePlan('rules/destructive/fires.json'))

  it('a delete-before-create replacement of a database is critical and names the forcing attribute', () => {
    const [f] = at(findings, 'aws_db_instance.orders')
    expect(f).toMatchObject({ rule: 'stateful-replace', severity: 'critical' })
    expect(f?.message).toContain('destroy, then create')
    expect(f?.message).toContain('storage_encrypted cannot be made in place')
    expect(f?.evidence).toContainEqual({
      path: 'storage_encrypted',
      before: 'false',
      after: 'true',
      note: 'forces replacement'
    })
    // The identifier tells the reviewer which database goes.
    expect(f?.evidence).toContainEqual({ path: 'identifier', before: '"orders-prod"' })
  })

  it('deleting a DynamoDB table is a critical stateful-delete with the reason in words', () => {
    const [f] = at(findings, 'aws_dynamodb_table.sessions')
    expect(f).toMatchObject({ rule: 'stateful-delete', severity: 'critical' })
    expect(f?.message).toContain('no longer in the configuration')
    expect(f?.message).toContain('holds data')
  })

  it('a create-before-destroy replacement of a bucket is high and says it is tainted', () => {
    const [f] = at(findings, 'aws_s3_bucket.invoices')
    expect(f).toMatchObject({ rule: 'stateful-replace', severity: 'high' })
    expect(f?.message).toContain('create before destroy')
    expect(f?.message).toContain('tainted')
  })

  it('a stateless delete-before-create replacement is medium', () => {
    const [f] = at(findings, 'aws_instance.web')
    expect(f).toMatchObject({ rule: 'replace', severity: 'medium' })
    expect(f?.message).toContain('ami cannot be made in place')
    expect(f?.evidence[0]).toEqual({
      path: 'ami',
      before: '"ami-0abc1234"',
      after: '"ami-0def5678"',
      note: 'forces replacement'
    })
  })

  it('a stateless create-before-destroy replacement requested with -replace is low', () => {
    const [f] = at(findings, 'aws_lb.public')
    expect(f).toMatchObject({ rule: 'replace', severity: 'low' })
    expect(f?.message).toContain('requested explicitly (-replace)')
  })

  it('a stateless delete is medium and explains a removed module', () => {
    const [f] = at(findings, 'module.network.aws_security_group.old')
    expect(f).toMatchObject({ rule: 'delete', severity: 'medium' })
    expect(f?.message).toContain('module call is no longer in the configuration')
  })

  it('emits one finding per destroyed object, in address order', () => {
    expect(findings.map((f) => f.address)).toEqual([
      'aws_db_instance.orders',
      'aws_dynamodb_table.sessions',
      'aws_instance.web',
      'aws_lb.public',
      'aws_s3_bucket.invoices',
      'module.network.aws_security_group.old'
    ])
  })
})

describe('destructive: look-alikes', () => {
  const findings = run(fixturePlan('rules/destructive/look-alikes.json'))

  it('a tag-only update, a forget, a data read and an in-place update fire nothing', () => {
    expect(at(findings, 'aws_s3_bucket.archive')).toEqual([])
    expect(at(findings, 'data.aws_iam_policy_document.assume')).toEqual([])
    expect(at(findings, 'aws_ecs_service.api')).toEqual([])
  })

  it('deleting the deposed leftover of a database is low cleanup, not critical', () => {
    const found = at(findings, 'aws_db_instance.orders')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ rule: 'stateful-delete', severity: 'low' })
    expect(found[0]?.message).toContain('deposed')
  })

  it('deleting a null_resource is info, not medium', () => {
    expect(at(findings, 'null_resource.migrate')).toMatchObject([
      { rule: 'delete', severity: 'info' }
    ])
  })

  it('replacing a random_id is info', () => {
    expect(at(findings, 'random_id.suffix')).toMatchObject([{ rule: 'replace', severity: 'info' }])
  })
})

describe('destructive: inline cases', () => {
  it('replace_by_triggers and an unexplained stateful delete-before-create are named', () => {
    const findings = run(
      planWithChange({
        type: 'aws_efs_file_system',
        name: 'shared',
        action_reason: 'replace_by_triggers',
        change: { actions: ['delete', 'create'], before: { creation_token: 'x' }, after: {} }
      })
    )
    expect(findings).toMatchObject([{ rule: 'stateful-replace', severity: 'critical' }])
    expect(findings[0]?.message).toContain('replace_triggered_by')
  })

  it('data stores beyond the big three clouds are stateful too (serverless search, R2, Atlas, Snowflake)', () => {
    for (const type of [
      'aws_opensearchserverless_collection',
      'aws_db_snapshot',
      'google_redis_cluster',
      'azurerm_storage_table',
      'cloudflare_r2_bucket',
      'mongodbatlas_advanced_cluster',
      'snowflake_database'
    ]) {
      const findings = run(
        planWithChange({
          type,
          name: 'x',
          action_reason: 'delete_because_no_resource_config',
          change: { actions: ['delete'], before: { name: 'data' }, after: null }
        })
      )
      expect(findings, type).toMatchObject([{ rule: 'stateful-delete', severity: 'critical' }])
    }
  })

  it('a replacement without reason or paths still says the provider requires it', () => {
    const findings = run(
      planWithChange({
        type: 'aws_instance',
        name: 'old',
        change: { actions: ['delete', 'create'], before: {}, after: {} }
      })
    )
    expect(findings[0]?.message).toContain('the provider requires replacement')
  })

  it('count reduction and for_each key removal are explained', () => {
    const reasons = {
      delete_because_count_index: 'count was reduced',
      delete_because_each_key: 'for_each key is no longer',
      delete_because_wrong_repetition: 'switched between count, for_each',
      delete_because_no_move_target: 'moved block points to an address'
    }
    for (const [reason, text] of Object.entries(reasons)) {
      const findings = run(
        planWithChange({
          type: 'aws_instance',
          name: 'w',
          index: 1,
          action_reason: reason,
          change: { actions: ['delete'], before: {}, after: null }
        })
      )
      expect(findings[0]?.message).toContain(text)
    }
  })

  it('a policy that marks a type stateful changes the rule without code changes', () => {
    const custom = loadPolicy('version: 1\ncatalogue:\n  stateful_types: [aws_instance]\n')
    const plan = planWithChange({
      type: 'aws_instance',
      name: 'pet',
      change: { actions: ['delete'], before: {}, after: null }
    })
    const findings = destructiveRule.run({
      plan,
      catalogue: custom.catalogue,
      settings: custom.settingsFor(plan.meta.file, {})
    })
    expect(findings).toMatchObject([{ rule: 'stateful-delete', severity: 'critical' }])
  })

  it('sensitive values never reach evidence', () => {
    const findings = run(
      planWithChange({
        type: 'aws_db_instance',
        name: 'db',
        change: {
          actions: ['delete', 'create'],
          before: { password: 'hunter2-hunter2', identifier: 'db' },
          after: { password: 'n3w-s3cret-value', identifier: 'db' },
          before_sensitive: { password: true },
          after_sensitive: { password: true },
          replace_paths: [['password']]
        }
      })
    )
    const text = JSON.stringify(findings)
    expect(text).not.toContain('hunter2')
    expect(text).not.toContain('n3w-s3cret')
    expect(text).toContain('(sensitive value)')
  })
})

describe.skipIf(!existsSync(corpusDir))('destructive over the real corpus', () => {
  const files = existsSync(corpusDir)
    ? readdirSync(corpusDir).filter((f) => f.endsWith('.json'))
    : []

  it('runs on every corpus plan without throwing and emits well-formed findings', () => {
    let destroyed = 0
    for (const file of files) {
      const plan = loadPlanFromBytes(readFileSync(join(corpusDir, file)), file)
      const findings = run(plan)
      destroyed += findings.length
      for (const f of findings) {
        expect(SEVERITIES).toContain(f.severity)
        expect(f.planFile).toBe(file)
        expect(f.address).not.toBe('')
        expect(f.message.length).toBeGreaterThan(20)
      }
    }
    // The corpus has real deletes and replacements (terraform/tofu golden outputs).
    expect(destroyed).toBeGreaterThan(5)
  })
})
