import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes, PlanLoadError } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import { publicAccessRule } from '../../src/rules/public-access.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import { corpusDir, fixturePlan, planWithChange } from '../helpers/plan.js'
import type { RawChange } from '../helpers/plan.js'

const policy = loadPolicy()
const run = (plan: PlanFileModel): Finding[] =>
  publicAccessRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })
const runOne = (change: RawChange): Finding[] => run(planWithChange(change))
const summary = (findings: readonly Finding[]): [string, string][] =>
  findings.map((f) => [f.address, f.severity])

const create = (type: string, after: object): RawChange => ({
  type,
  name: 'x',
  change: { actions: ['create'], before: null, after, after_unknown: { id: true } }
})
const update = (type: string, before: object, after: object): RawChange => ({
  type,
  name: 'x',
  change: { actions: ['update'], before, after, after_unknown: {} }
})

describe('public-access: fixtures', () => {
  it('flags storage, databases, images and endpoints that become public', () => {
    const findings = run(fixturePlan('rules/public-access/opened.json'))
    expect(summary(findings)).toEqual([
      ['aws_ami_launch_permission.golden', 'high'],
      ['aws_db_instance.orders', 'high'],
      ['aws_eks_cluster.main', 'medium'],
      ['aws_s3_account_public_access_block.account', 'critical'],
      ['aws_s3_bucket_acl.uploads', 'critical'],
      ['aws_s3_bucket_public_access_block.data', 'high'],
      ['azurerm_storage_container.files', 'high'],
      ['google_sql_database_instance.main', 'critical'],
      ['google_storage_bucket.assets', 'high']
    ])
    const by = (address: string): Finding => findings.find((f) => f.address === address)!
    expect(by('aws_s3_bucket_public_access_block.data').message).toContain(
      'block_public_policy, restrict_public_buckets'
    )
    expect(by('aws_s3_bucket_public_access_block.data').evidence[0]).toEqual({
      path: 'block_public_policy',
      before: 'true',
      after: 'false'
    })
    expect(by('aws_s3_account_public_access_block.account').message).toContain(
      'every bucket in the account'
    )
    expect(by('aws_s3_bucket_acl.uploads').message).toContain('public-read-write')
    expect(by('aws_db_instance.orders').message).toContain('publicly accessible')
    expect(by('google_storage_bucket.assets').message).toContain('enforced → inherited')
    expect(by('google_sql_database_instance.main').message).toContain('0.0.0.0/0')
    expect(by('aws_eks_cluster.main').message).toContain('Kubernetes API endpoint')
    expect(by('aws_ami_launch_permission.golden').message).toContain('every AWS account')
    for (const f of findings) expect(f.rule).toBe('public-access')
  })

  it('says nothing for private creates, tightening, an already-public ACL and a restricted EKS endpoint', () => {
    expect(run(fixturePlan('rules/public-access/lookalikes.json'))).toEqual([])
  })
})

describe('public-access: more cases', () => {
  it('a new bucket public access block with switches off is medium (it overrides block-by-default)', () => {
    const f = runOne(
      create('aws_s3_bucket_public_access_block', {
        bucket: 'b',
        block_public_acls: false,
        block_public_policy: false,
        ignore_public_acls: true,
        restrict_public_buckets: true
      })
    )
    expect(summary(f)).toEqual([['aws_s3_bucket_public_access_block.x', 'medium']])
  })

  it('bucket ACL grants to AllUsers: WRITE is critical, READ high', () => {
    const grant = (permission: string): object => ({
      bucket: 'b',
      acl: null,
      access_control_policy: [
        {
          owner: [{ id: 'o' }],
          grant: [
            {
              permission,
              grantee: [{ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }]
            }
          ]
        }
      ]
    })
    expect(summary(runOne(create('aws_s3_bucket_acl', grant('WRITE'))))).toEqual([
      ['aws_s3_bucket_acl.x', 'critical']
    ])
    expect(summary(runOne(create('aws_s3_bucket_acl', grant('READ'))))).toEqual([
      ['aws_s3_bucket_acl.x', 'high']
    ])
  })

  it('Azure storage accounts: public blobs allowed on update is high, on create low; public network on is medium', () => {
    expect(
      summary(
        runOne(
          update(
            'azurerm_storage_account',
            { allow_nested_items_to_be_public: false },
            { allow_nested_items_to_be_public: true }
          )
        )
      )
    ).toEqual([['azurerm_storage_account.x', 'high']])
    expect(
      summary(runOne(create('azurerm_storage_account', { allow_nested_items_to_be_public: true })))
    ).toEqual([['azurerm_storage_account.x', 'low']])
    expect(runOne(create('azurerm_storage_account', { allow_blob_public_access: false }))).toEqual(
      []
    )
    const network = runOne(
      update(
        'azurerm_storage_account',
        { public_network_access_enabled: false },
        { public_network_access_enabled: true }
      )
    )
    expect(summary(network)).toEqual([['azurerm_storage_account.x', 'medium']])
  })

  it('an Azure database firewall rule for every address is critical', () => {
    const f = runOne(
      create('azurerm_mssql_firewall_rule', {
        start_ip_address: '0.0.0.0',
        end_ip_address: '255.255.255.255'
      })
    )
    expect(summary(f)).toEqual([['azurerm_mssql_firewall_rule.x', 'critical']])
    expect(
      runOne(
        create('azurerm_mssql_firewall_rule', {
          start_ip_address: '0.0.0.0',
          end_ip_address: '0.0.0.0'
        })
      )
    ).toEqual([])
  })

  it('a Lambda URL without auth is medium; a snapshot shared with "all" is high', () => {
    expect(
      summary(
        runOne(
          create('aws_lambda_function_url', { function_name: 'f', authorization_type: 'NONE' })
        )
      )
    ).toEqual([['aws_lambda_function_url.x', 'medium']])
    expect(
      runOne(
        create('aws_lambda_function_url', { function_name: 'f', authorization_type: 'AWS_IAM' })
      )
    ).toEqual([])
    expect(
      summary(
        runOne(
          create('aws_snapshot_create_volume_permission', { snapshot_id: 's', account_id: 'all' })
        )
      )
    ).toEqual([['aws_snapshot_create_volume_permission.x', 'high']])
  })

  it('deleting a bucket public access block that blocked something is high; publicly_accessible true on create is high', () => {
    const f = runOne({
      type: 'aws_s3_bucket_public_access_block',
      name: 'x',
      change: {
        actions: ['delete'],
        before: { bucket: 'b', block_public_acls: true, block_public_policy: false },
        after: null
      }
    })
    expect(summary(f)).toEqual([['aws_s3_bucket_public_access_block.x', 'high']])
    expect(
      summary(
        runOne(
          create('aws_redshift_cluster', { cluster_identifier: 'c', publicly_accessible: true })
        )
      )
    ).toEqual([['aws_redshift_cluster.x', 'high']])
  })
})

describe('public-access: Kubernetes Services', () => {
  const svc = (
    type: string,
    annotations: Record<string, string> = {},
    extra: object = {}
  ): object => ({
    metadata: [{ name: 'admin-ui', namespace: 'admin', annotations }],
    spec: [
      {
        type,
        load_balancer_class: '',
        load_balancer_source_ranges: [],
        port: [{ port: 80, target_port: '8080' }],
        ...extra
      }
    ]
  })

  it('a Service becoming an internet-facing LoadBalancer is medium', () => {
    const f = runOne(
      update(
        'kubernetes_service_v1',
        svc('ClusterIP'),
        svc('LoadBalancer', { 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' })
      )
    )
    expect(summary(f)).toEqual([['kubernetes_service_v1.x', 'medium']])
    expect(f[0]!.message).toContain('internet-facing load balancer')
    expect(summary(runOne(create('kubernetes_service', svc('LoadBalancer'))))).toEqual([
      ['kubernetes_service.x', 'medium']
    ])
    // The AWS Load Balancer Controller, told to be internet-facing.
    expect(
      summary(
        runOne(
          create(
            'kubernetes_service_v1',
            svc('LoadBalancer', {
              'service.beta.kubernetes.io/aws-load-balancer-type': 'external',
              'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing'
            })
          )
        )
      )
    ).toEqual([['kubernetes_service_v1.x', 'medium']])
  })

  it('internal load balancers, source ranges, other types and already-public Services say nothing', () => {
    const internal: Record<string, string>[] = [
      { 'service.beta.kubernetes.io/aws-load-balancer-internal': 'true' },
      { 'networking.gke.io/load-balancer-type': 'Internal' },
      { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' },
      { 'service.beta.kubernetes.io/aws-load-balancer-type': 'external' }
    ]
    for (const annotations of internal) {
      expect(runOne(create('kubernetes_service_v1', svc('LoadBalancer', annotations)))).toEqual([])
    }
    expect(
      runOne(
        create(
          'kubernetes_service_v1',
          svc('LoadBalancer', {}, { load_balancer_class: 'service.k8s.aws/nlb' })
        )
      )
    ).toEqual([])
    expect(
      runOne(
        create(
          'kubernetes_service_v1',
          svc('LoadBalancer', {}, { load_balancer_source_ranges: ['10.0.0.0/8'] })
        )
      )
    ).toEqual([])
    expect(runOne(create('kubernetes_service_v1', svc('NodePort')))).toEqual([])
    expect(
      runOne(
        update('kubernetes_service_v1', svc('LoadBalancer'), svc('LoadBalancer', { team: 'a' }))
      )
    ).toEqual([])
  })
})

const corpusPresent = existsSync(corpusDir)
describe.skipIf(!corpusPresent)('public-access over every corpus plan', () => {
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
        expect(f.rule).toBe('public-access')
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
