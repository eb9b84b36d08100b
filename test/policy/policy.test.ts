import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { boringChangeReason, rateFindings } from '../../src/policy/apply.js'
import { loadPolicy, PolicyError } from '../../src/policy/index.js'
import { policyJsonSchema } from '../../src/policy/json-schema.js'
import { modelSettingsFor } from '../../src/review.js'
import type { Finding } from '../../src/rules/types.js'
import { planWithChange } from '../helpers/plan.js'

const policyError = (text: string): string => {
  try {
    loadPolicy(text, '.github/plangate.yml')
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError)
    return (error as Error).message
  }
  throw new Error('expected a PolicyError')
}

describe('policy loading', () => {
  it('loads the built-in default and compiles its catalogue', () => {
    const policy = loadPolicy()
    expect(policy.catalogue.isStateful('aws_db_instance')).toBe(true)
    expect(policy.catalogue.isStateful('aws_fsx_lustre_file_system')).toBe(true)
    expect(policy.catalogue.isStateful('aws_instance')).toBe(false)
    expect(policy.catalogue.isEphemeral('random_password')).toBe(true)
    expect(policy.catalogue.sensitivePorts.get(22)).toBe('SSH')
    expect(policy.digest).toMatch(/^[0-9a-f]{64}$/)
  })

  it('a typo names the file, the path and the allowed keys', () => {
    expect(policyError('version: 1\ndefaults:\n  overides: []\n')).toBe(
      '.github/plangate.yml: invalid policy: defaults: unknown key "overides" (allowed: rules_only_approval, thresholds, overrides, allow, reviewers, llm)'
    )
  })

  it('a bad enum value lists the allowed values', () => {
    const message = policyError(
      'version: 1\ndefaults:\n  overrides:\n    - { rule: delete, severity: hgh }\n'
    )
    expect(message).toContain('defaults.overrides[0].severity')
    expect(message).toContain('"hgh" is not allowed (allowed: info, low, medium, high, critical)')
  })

  it('an unknown rule id in reviewers is an error naming the allowed ids', () => {
    const message = policyError(
      'version: 1\ndefaults:\n  reviewers:\n    stateful-delet: { teams: [dba] }\n'
    )
    expect(message).toContain('defaults.reviewers')
    expect(message).toContain('stateful-delet')
  })

  it('invalid YAML is reported with line and column', () => {
    expect(policyError('version: 1\nenvironments: [\n')).toMatch(
      /^\.github\/plangate\.yml:\d+:\d+: not valid YAML/
    )
  })

  it('a missing version is an error, not a silent default', () => {
    expect(policyError('defaults: {}\n')).toContain('version')
  })

  it('the generated default policy JSON is policies/default.yml (run npm run build after editing it)', () => {
    const yamlText = readFileSync(new URL('../../policies/default.yml', import.meta.url), 'utf8')
    const generated: unknown = JSON.parse(
      readFileSync(
        new URL('../../src/policy/default-policy.generated.json', import.meta.url),
        'utf8'
      )
    )
    expect(generated).toEqual(parseYaml(yamlText))
  })

  it('policies/schema.json is generated from the zod schema and up to date', () => {
    const shipped: unknown = JSON.parse(
      readFileSync(new URL('../../policies/schema.json', import.meta.url), 'utf8')
    )
    expect(shipped).toEqual(policyJsonSchema())
  })
})

describe('environments', () => {
  const policy = loadPolicy(
    [
      'version: 1',
      'environments:',
      '  payments-prod:',
      '    match: { paths: ["stacks/payments/**"], names: ["payments"] }',
      '    rules_only_approval: false'
    ].join('\n'),
    'test.yml'
  )

  it('matches by explicit name, then workspace, then plan path', () => {
    expect(policy.settingsFor('x.json', { name: 'payments' }).name).toBe('payments-prod')
    expect(policy.settingsFor('x.json', { name: 'dev-eu' }).name).toBe('development')
    expect(policy.settingsFor('x.json', { workspace: 'staging-eu' }).name).toBe('staging')
    expect(policy.settingsFor('stacks/payments/plan.json', {}).name).toBe('payments-prod')
    expect(policy.settingsFor('envs/dev/plan.json', {}).name).toBe('development')
  })

  it('an unknown environment is production', () => {
    expect(policy.settingsFor('plan.json', {}).name).toBe('production')
    expect(policy.settingsFor('plan.json', { name: 'prdo-typo' }).name).toBe('production')
  })

  it('repository settings override the default ones key by key', () => {
    expect(policy.settingsFor('stacks/payments/p.json', {}).rulesOnlyApproval).toBe(false)
    expect(policy.settingsFor('plan.json', {}).rulesOnlyApproval).toBe(true)
  })

  it('extends: none starts from nothing', () => {
    const bare = loadPolicy('version: 1\nextends: none\n', 'bare.yml')
    expect(bare.catalogue.isStateful('aws_db_instance')).toBe(false)
    expect(bare.settingsFor('p.json', {}).rulesOnlyApproval).toBe(false)
  })
})

describe('severity overrides and allow-lists', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    rule: 'replace',
    severity: 'medium',
    address: 'aws_ecs_task_definition.app',
    message: 'replaced',
    evidence: [],
    planFile: 'plan.json',
    ...over
  })

  it('the last matching override wins and says why', () => {
    const policy = loadPolicy(
      [
        'version: 1',
        'defaults:',
        '  overrides:',
        '    - { rule: delete, severity: low }',
        '    - { rule: delete, type: "aws_instance", severity: high, reason: instances are pets here }'
      ].join('\n'),
      't.yml'
    )
    const settings = policy.settingsFor('plan.json', {})
    const plan = planWithChange({
      type: 'aws_instance',
      name: 'a',
      change: { actions: ['delete'], before: { id: 'i-1' }, after: null }
    })
    const rated = rateFindings(
      [finding({ rule: 'delete', address: 'aws_instance.a' })],
      new Map(plan.changes.map((c) => [c.address, c])),
      settings
    )
    expect(rated[0]).toMatchObject({
      severity: 'high',
      ruleSeverity: 'medium',
      adjustedBy: 'policy (production): instances are pets here'
    })
  })

  it('an ECS task definition replaced only for a new image is allow-listed to info', () => {
    const defs = (image: string): string =>
      JSON.stringify([
        { name: 'app', image, cpu: 256, essential: true, portMappings: [{ containerPort: 8080 }] }
      ])
    const plan = planWithChange({
      type: 'aws_ecs_task_definition',
      name: 'app',
      change: {
        actions: ['delete', 'create'],
        before: {
          family: 'app',
          container_definitions: defs('acme/app@sha256:aaa'),
          revision: 41,
          arn: 'arn:1'
        },
        after: { family: 'app', container_definitions: defs('acme/app@sha256:bbb') },
        after_unknown: { revision: true, arn: true },
        replace_paths: [['container_definitions']]
      }
    })
    const settings = loadPolicy().settingsFor('plan.json', {})
    const change = plan.changes[0]!
    expect(boringChangeReason(change, settings)).toBe(
      'allow-listed: image only (replacement forced by container_definitions)'
    )
    const rated = rateFindings([finding({})], new Map([[change.address, change]]), settings)
    expect(rated[0]?.severity).toBe('info')
  })

  it('a task definition replaced for a new image AND more memory is not allow-listed', () => {
    const plan = planWithChange({
      type: 'aws_ecs_task_definition',
      name: 'app',
      change: {
        actions: ['delete', 'create'],
        before: {
          family: 'app',
          container_definitions: JSON.stringify([{ image: 'a:1', memory: 512 }])
        },
        after: {
          family: 'app',
          container_definitions: JSON.stringify([{ image: 'a:2', memory: 4096 }])
        }
      }
    })
    expect(
      boringChangeReason(plan.changes[0]!, loadPolicy().settingsFor('plan.json', {}))
    ).toBeUndefined()
  })

  it('a count change is boring only within its bounds', () => {
    const settings = loadPolicy().settingsFor('plan.json', {})
    const svc = (count: number) =>
      planWithChange({
        type: 'aws_ecs_service',
        name: 's',
        change: {
          actions: ['update'],
          before: { desired_count: 2, name: 's' },
          after: { desired_count: count, name: 's' }
        }
      }).changes[0]!
    expect(boringChangeReason(svc(6), settings)).toBe('allow-listed: count within bounds')
    expect(boringChangeReason(svc(0), settings)).toBeUndefined()
    expect(boringChangeReason(svc(500), settings)).toBeUndefined()
  })

  it('a Kubernetes replica count (a string inside spec[0]) is matched by its dotted path', () => {
    const deployment = planWithChange({
      type: 'kubernetes_deployment_v1',
      name: 'web',
      change: {
        actions: ['update'],
        before: { spec: [{ replicas: '2' }] },
        after: { spec: [{ replicas: '5' }] }
      }
    }).changes[0]!
    expect(boringChangeReason(deployment, loadPolicy().settingsFor('plan.json', {}))).toBe(
      'allow-listed: count within bounds'
    )
  })

  it('a drift revert of a count (an autoscaler scale-up set back) is not allow-listed', () => {
    const asg = planWithChange({
      type: 'aws_autoscaling_group',
      name: 'web',
      change: {
        actions: ['update'],
        before: { desired_capacity: 12 },
        after: { desired_capacity: 4 }
      }
    }).changes[0]!
    const settings = loadPolicy().settingsFor('plan.json', {})
    expect(boringChangeReason(asg, settings)).toBe('allow-listed: count within bounds')
    const rated = rateFindings(
      [finding({ rule: 'drift-revert', severity: 'high', address: asg.address })],
      new Map([[asg.address, asg]]),
      settings
    )
    expect(rated[0]?.severity).toBe('high')
  })

  it('allow-lists never lower findings of rules about danger itself', () => {
    const plan = planWithChange({
      type: 'aws_instance',
      name: 'a',
      change: { actions: ['update'], before: { tags: { a: '1' } }, after: { tags: { a: '2' } } }
    })
    const change = plan.changes[0]!
    const rated = rateFindings(
      [finding({ rule: 'suspicious-text', severity: 'high', address: change.address })],
      new Map([[change.address, change]]),
      loadPolicy().settingsFor('plan.json', {})
    )
    expect(rated[0]?.severity).toBe('high')
  })
})

describe('merging a repository policy over the default', () => {
  it('keeps every catalogue list of the default and adds the repository entries', () => {
    const base = loadPolicy()
    const merged = loadPolicy(
      [
        'version: 1',
        'catalogue:',
        '  stateful_types: ["acme_ledger"]',
        '  disruptive_attributes:',
        '    - { type: acme_ledger, attribute: shards, when: decrease, severity: high, label: shards dropped }'
      ].join('\n'),
      'repo.yml'
    )
    expect(merged.catalogue.isStateful('acme_ledger')).toBe(true)
    expect(merged.catalogue.isStateful('aws_db_instance')).toBe(true)
    expect(merged.catalogue.disruptiveAttributes.length).toBe(
      base.catalogue.disruptiveAttributes.length + 1
    )
    expect(merged.catalogue.protectionAttributes.length).toBe(
      base.catalogue.protectionAttributes.length
    )
    expect(merged.catalogue.securityAttributes.size).toBe(base.catalogue.securityAttributes.size)
    expect(merged.catalogue.sensitivePorts.size).toBe(base.catalogue.sensitivePorts.size)
    // A policy that says only `version: 1` changes nothing but the source.
    expect(loadPolicy('version: 1\n', 'min.yml').digest).toBe(base.digest)
  })
})

describe('model settings for a review', () => {
  it('come from production when any plan is in production, whatever the order of the plans', () => {
    const policy = loadPolicy(
      [
        'version: 1',
        'environments:',
        '  development:',
        '    llm: { model: claude-haiku-5-5 }'
      ].join('\n'),
      'p.yml'
    )
    const files = ['envs/dev/plan.json', 'envs/prod/plan.json']
    expect(modelSettingsFor(policy, files, {}).model).toBe('claude-sonnet-5-5')
    expect(modelSettingsFor(policy, [...files].reverse(), {}).model).toBe('claude-sonnet-5-5')
    expect(modelSettingsFor(policy, ['envs/dev/plan.json'], {}).model).toBe('claude-haiku-5-5')
    expect(modelSettingsFor(policy, files, {}, { model: 'claude-opus-5-5' }).model).toBe(
      'claude-opus-5-5'
    )
  })
})
