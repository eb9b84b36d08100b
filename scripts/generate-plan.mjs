// Generates a realistic, deterministic `terraform show -json` plan for benchmarks.
//
//   node scripts/generate-plan.mjs OUT.json --resources 50000 [--seed 1]
//
// Shape and key order follow Terraform 1.9 (compact JSON, as `terraform show -json` writes it):
// variables, planned_values, resource_drift, resource_changes, output_changes, prior_state,
// configuration, relevant_attributes, timestamp, applyable, complete, errored. Resources are
// AWS-like with nested blocks, tags, IAM policy documents (escaped JSON in strings), unicode,
// sensitive values and secret-looking strings. Most changes are no-ops, as in a real monorepo
// plan; a few percent are updates, creates, deletes and replaces, and ~1% drifted, so rules fire.
import { closeSync, openSync, writeSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const PROVIDER = 'registry.terraform.io/hashicorp/aws'
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-northeast-1']
const TEAMS = ['payments', 'search', 'platform', 'data', 'identity', 'Équipe-Données']
const PER_MODULE = 25

/** Small fast deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hex = (r, n) => {
  let s = ''
  while (s.length < n)
    s += Math.floor(r() * 0x100000000)
      .toString(16)
      .padStart(8, '0')
  return s.slice(0, n)
}
const pick = (r, list) => list[Math.floor(r() * list.length)]

function tags(r, i, env) {
  return {
    Name: `svc-${i}`,
    Environment: env,
    // Latin-1 is common in tags; a rare CJK name makes the whole file a two-byte string for
    // JSON.parse(readFileSync(...)), as one such character anywhere in a real plan does.
    Team: i % 997 === 0 ? '東京チーム' : pick(r, TEAMS),
    CostCenter: `cc-${1000 + (i % 97)}`,
    ManagedBy: 'terraform',
    Repository: 'github.com/example/infra-monorepo'
  }
}

function policyDocument(r, account, bucket) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadObjects',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { StringEquals: { 'aws:PrincipalAccount': account } }
      },
      {
        Sid: 'Kms',
        Effect: 'Allow',
        Action: 'kms:Decrypt',
        Resource: `arn:aws:kms:us-east-1:${account}:key/${hex(r, 8)}`
      }
    ]
  })
}

const TYPES = [
  'aws_instance',
  'aws_security_group',
  'aws_s3_bucket',
  'aws_iam_role',
  'aws_db_instance',
  'aws_lambda_function',
  'aws_route53_record',
  'aws_cloudwatch_log_group',
  'aws_ecs_service',
  'aws_security_group_rule'
]

/** Values of resource i (as in prior_state), plus the attribute paths its provider marks sensitive. */
function resource(i, seed) {
  const r = rng(seed * 1_000_003 + i)
  const type = TYPES[i % TYPES.length]
  const mod = Math.floor(i / PER_MODULE)
  const moduleAddress = `module.svc_${mod}`
  const name = `r${i % PER_MODULE}`
  const account = String(100000000000 + (mod % 50) * 7919)
  const region = REGIONS[mod % REGIONS.length]
  const env = mod % 3 === 0 ? 'prod' : mod % 3 === 1 ? 'staging' : 'dev'
  const t = tags(r, i, env)
  const id = hex(r, 17)
  let values
  let sensitive = {}
  switch (type) {
    case 'aws_instance':
      values = {
        ami: `ami-0${hex(r, 16)}`,
        arn: `arn:aws:ec2:${region}:${account}:instance/i-${id}`,
        associate_public_ip_address: false,
        availability_zone: `${region}a`,
        capacity_reservation_specification: [
          { capacity_reservation_preference: 'open', capacity_reservation_target: [] }
        ],
        cpu_core_count: 2,
        cpu_threads_per_core: 2,
        credit_specification: [],
        disable_api_termination: env === 'prod',
        ebs_block_device: [],
        ebs_optimized: true,
        host_id: null,
        iam_instance_profile: `svc-${mod}-profile`,
        id: `i-${id}`,
        instance_state: 'running',
        instance_type: pick(r, ['t3.medium', 'm5.large', 'm6i.xlarge', 'c6g.2xlarge']),
        ipv6_addresses: [],
        key_name: '',
        metadata_options: [
          {
            http_endpoint: 'enabled',
            http_put_response_hop_limit: 1,
            http_tokens: 'required',
            instance_metadata_tags: 'disabled'
          }
        ],
        monitoring: true,
        private_dns: `ip-10-${mod % 250}-${i % 250}-10.ec2.internal`,
        private_ip: `10.${mod % 250}.${i % 250}.10`,
        public_ip: '',
        root_block_device: [
          {
            delete_on_termination: true,
            device_name: '/dev/xvda',
            encrypted: true,
            iops: 3000,
            kms_key_id: `arn:aws:kms:${region}:${account}:key/${hex(r, 36)}`,
            tags: {},
            throughput: 125,
            volume_id: `vol-${hex(r, 17)}`,
            volume_size: 50,
            volume_type: 'gp3'
          }
        ],
        subnet_id: `subnet-${hex(r, 17)}`,
        tags: t,
        tags_all: t,
        user_data: `#!/bin/bash\necho "{\\"service\\": \\"svc-${i}\\"}" > /etc/svc.json\nsystemctl start svc\n`,
        vpc_security_group_ids: [`sg-${hex(r, 17)}`, `sg-${hex(r, 17)}`]
      }
      break
    case 'aws_security_group':
      values = {
        arn: `arn:aws:ec2:${region}:${account}:security-group/sg-${id}`,
        description: 'Managed by Terraform: allow {service} traffic',
        egress: [
          {
            cidr_blocks: ['0.0.0.0/0'],
            description: '',
            from_port: 0,
            ipv6_cidr_blocks: [],
            prefix_list_ids: [],
            protocol: '-1',
            security_groups: [],
            self: false,
            to_port: 0
          }
        ],
        id: `sg-${id}`,
        ingress: [
          {
            cidr_blocks: ['10.0.0.0/8'],
            description: 'https from VPC',
            from_port: 443,
            ipv6_cidr_blocks: [],
            prefix_list_ids: [],
            protocol: 'tcp',
            security_groups: [],
            self: false,
            to_port: 443
          },
          {
            cidr_blocks: [],
            description: 'app from ALB',
            from_port: 8080,
            ipv6_cidr_blocks: [],
            prefix_list_ids: [],
            protocol: 'tcp',
            security_groups: [`sg-${hex(r, 17)}`],
            self: false,
            to_port: 8080
          }
        ],
        name: `svc-${i}-sg`,
        name_prefix: '',
        owner_id: account,
        revoke_rules_on_delete: false,
        tags: t,
        tags_all: t,
        timeouts: null,
        vpc_id: `vpc-${hex(r, 17)}`
      }
      break
    case 'aws_s3_bucket': {
      const bucket = `example-svc-${i}-${hex(r, 6)}`
      values = {
        acceleration_status: '',
        arn: `arn:aws:s3:::${bucket}`,
        bucket,
        bucket_domain_name: `${bucket}.s3.amazonaws.com`,
        bucket_regional_domain_name: `${bucket}.s3.${region}.amazonaws.com`,
        cors_rule: [],
        force_destroy: false,
        grant: [{ id: hex(r, 64), permissions: ['FULL_CONTROL'], type: 'CanonicalUser', uri: '' }],
        hosted_zone_id: 'Z3AQBSTGFYJSTF',
        id: bucket,
        lifecycle_rule: [],
        logging: [],
        object_lock_enabled: false,
        policy: policyDocument(r, account, bucket),
        region,
        replication_configuration: [],
        request_payer: 'BucketOwner',
        server_side_encryption_configuration: [
          {
            rule: [
              {
                apply_server_side_encryption_by_default: [
                  { kms_master_key_id: '', sse_algorithm: 'AES256' }
                ],
                bucket_key_enabled: false
              }
            ]
          }
        ],
        tags: t,
        tags_all: t,
        versioning: [{ enabled: true, mfa_delete: false }],
        website: []
      }
      break
    }
    case 'aws_iam_role':
      values = {
        arn: `arn:aws:iam::${account}:role/svc-${i}`,
        assume_role_policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'ecs-tasks.amazonaws.com' },
              Action: 'sts:AssumeRole'
            }
          ]
        }),
        create_date: '2023-04-11T09:12:44Z',
        description: '',
        force_detach_policies: false,
        id: `svc-${i}`,
        inline_policy: [{ name: 'read', policy: policyDocument(r, account, `example-svc-${i}`) }],
        managed_policy_arns: ['arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy'],
        max_session_duration: 3600,
        name: `svc-${i}`,
        path: '/',
        permissions_boundary: '',
        tags: t,
        tags_all: t,
        unique_id: `AROA${hex(r, 17).toUpperCase()}`
      }
      break
    case 'aws_db_instance':
      values = {
        address: `svc-${i}.${hex(r, 12)}.${region}.rds.amazonaws.com`,
        allocated_storage: 100,
        arn: `arn:aws:rds:${region}:${account}:db:svc-${i}`,
        auto_minor_version_upgrade: true,
        backup_retention_period: 7,
        backup_window: '03:00-04:00',
        db_name: 'app',
        db_subnet_group_name: `svc-${mod}`,
        deletion_protection: env === 'prod',
        endpoint: `svc-${i}.${hex(r, 12)}.${region}.rds.amazonaws.com:5432`,
        engine: 'postgres',
        engine_version: '15.4',
        id: `db-${hex(r, 26).toUpperCase()}`,
        identifier: `svc-${i}`,
        instance_class: 'db.r6g.large',
        kms_key_id: `arn:aws:kms:${region}:${account}:key/${hex(r, 36)}`,
        multi_az: env === 'prod',
        parameter_group_name: 'default.postgres15',
        password: `pw-${hex(r, 24)}`,
        port: 5432,
        publicly_accessible: false,
        skip_final_snapshot: env !== 'prod',
        storage_encrypted: true,
        storage_type: 'gp3',
        tags: t,
        tags_all: t,
        username: 'app',
        vpc_security_group_ids: [`sg-${hex(r, 17)}`]
      }
      sensitive = { password: true }
      break
    case 'aws_lambda_function':
      values = {
        architectures: ['arm64'],
        arn: `arn:aws:lambda:${region}:${account}:function:svc-${i}`,
        dead_letter_config: [],
        description: 'Handles {events} for the "svc" pipeline \\ with escapes',
        environment: [
          {
            variables: {
              LOG_LEVEL: 'info',
              DATABASE_URL: `postgres://app:${hex(r, 20)}@db.internal:5432/app`,
              API_TOKEN: hex(r, 40),
              // A leaked key in a plain env var: redaction must catch it by pattern.
              UPSTREAM: i % 10 === 5 ? `AKIA${hex(r, 16).toUpperCase()}` : 'none'
            }
          }
        ],
        function_name: `svc-${i}`,
        handler: 'index.handler',
        id: `svc-${i}`,
        image_uri: '',
        last_modified: '2024-02-01T10:00:00.000+0000',
        memory_size: 512,
        package_type: 'Zip',
        role: `arn:aws:iam::${account}:role/svc-${i}`,
        runtime: 'nodejs20.x',
        source_code_hash: hex(r, 44),
        tags: t,
        tags_all: t,
        timeout: 30,
        tracing_config: [{ mode: 'PassThrough' }],
        vpc_config: []
      }
      sensitive = { environment: [{ variables: { API_TOKEN: true } }] }
      break
    case 'aws_route53_record':
      values = {
        alias: [],
        allow_overwrite: null,
        fqdn: `svc-${i}.example.com`,
        health_check_id: '',
        id: `Z${hex(r, 13).toUpperCase()}_svc-${i}.example.com_CNAME`,
        name: `svc-${i}.example.com`,
        records: [`svc-${i}.${region}.elb.amazonaws.com`],
        set_identifier: '',
        ttl: 300,
        type: 'CNAME',
        zone_id: `Z${hex(r, 13).toUpperCase()}`
      }
      break
    case 'aws_cloudwatch_log_group':
      values = {
        arn: `arn:aws:logs:${region}:${account}:log-group:/svc/${i}`,
        id: `/svc/${i}`,
        kms_key_id: '',
        log_group_class: 'STANDARD',
        name: `/svc/${i}`,
        retention_in_days: 30,
        skip_destroy: false,
        tags: t,
        tags_all: t
      }
      break
    case 'aws_ecs_service':
      values = {
        cluster: `arn:aws:ecs:${region}:${account}:cluster/main`,
        deployment_circuit_breaker: [{ enable: true, rollback: true }],
        deployment_controller: [{ type: 'ECS' }],
        deployment_maximum_percent: 200,
        deployment_minimum_healthy_percent: 100,
        desired_count: 3,
        enable_execute_command: false,
        health_check_grace_period_seconds: 30,
        id: `arn:aws:ecs:${region}:${account}:service/main/svc-${i}`,
        launch_type: 'FARGATE',
        load_balancer: [
          {
            container_name: 'app',
            container_port: 8080,
            elb_name: '',
            target_group_arn: `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/svc-${i}/${hex(r, 16)}`
          }
        ],
        name: `svc-${i}`,
        network_configuration: [
          {
            assign_public_ip: false,
            security_groups: [`sg-${hex(r, 17)}`],
            subnets: [`subnet-${hex(r, 17)}`, `subnet-${hex(r, 17)}`]
          }
        ],
        platform_version: 'LATEST',
        propagate_tags: 'SERVICE',
        tags: t,
        tags_all: t,
        task_definition: `arn:aws:ecs:${region}:${account}:task-definition/svc-${i}:${1 + (i % 40)}`
      }
      break
    default:
      values = {
        cidr_blocks: ['10.0.0.0/16'],
        description: `allow 443 from VPC to svc-${i}`,
        from_port: 443,
        id: `sgrule-${Math.floor(r() * 4e9)}`,
        ipv6_cidr_blocks: null,
        prefix_list_ids: [],
        protocol: 'tcp',
        security_group_id: `sg-${hex(r, 17)}`,
        security_group_rule_id: `sgr-${hex(r, 17)}`,
        self: false,
        source_security_group_id: null,
        to_port: 443,
        type: 'ingress'
      }
  }
  return {
    type,
    name,
    moduleAddress,
    address: `${moduleAddress}.${type}.${name}`,
    values,
    sensitive,
    r
  }
}

const REPLACE_ATTR = {
  aws_instance: 'ami',
  aws_db_instance: 'identifier',
  aws_s3_bucket: 'bucket',
  aws_cloudwatch_log_group: 'name',
  aws_security_group_rule: 'from_port'
}

/** What the plan does to resource i: mostly no-op, a few percent of everything else. */
function actionOf(i) {
  const k = (i * 2654435761) % 1000
  if (k < 880) return 'no-op'
  if (k < 940) return 'update'
  if (k < 970) return 'create'
  if (k < 980) return 'delete'
  if (k < 990) return 'replace'
  return 'open-ingress'
}
const drifted = (i) => (i * 40503) % 100 === 7

function changeOf(res, action) {
  const before = res.values
  const mask = res.sensitive
  switch (action) {
    case 'no-op':
      return {
        actions: ['no-op'],
        before,
        after: before,
        after_unknown: {},
        before_sensitive: mask,
        after_sensitive: mask
      }
    case 'update': {
      const after = {
        ...before,
        tags: { ...before.tags, Version: 'v2' },
        tags_all: { ...before.tags_all, Version: 'v2' }
      }
      return {
        actions: ['update'],
        before,
        after,
        after_unknown: {},
        before_sensitive: mask,
        after_sensitive: mask
      }
    }
    case 'create': {
      const after = { ...before }
      const unknown = {}
      for (const k of ['id', 'arn']) {
        if (k in after) {
          delete after[k]
          unknown[k] = true
        }
      }
      return {
        actions: ['create'],
        before: null,
        after,
        after_unknown: unknown,
        before_sensitive: false,
        after_sensitive: mask
      }
    }
    case 'delete':
      return {
        actions: ['delete'],
        before,
        after: null,
        after_unknown: {},
        before_sensitive: mask,
        after_sensitive: false
      }
    case 'replace': {
      // A force-new attribute of the type changes (Terraform's replace_paths).
      const attr = REPLACE_ATTR[res.type] ?? 'name'
      const was = before[attr]
      const after = { ...before, [attr]: typeof was === 'number' ? was + 1 : `${was ?? 'x'}-v2` }
      delete after.id
      return {
        actions: res.type === 'aws_db_instance' ? ['delete', 'create'] : ['create', 'delete'],
        before,
        after,
        after_unknown: { id: true },
        before_sensitive: mask,
        after_sensitive: mask,
        replace_paths: [[attr]]
      }
    }
    default: {
      const after = {
        ...before,
        cidr_blocks: ['0.0.0.0/0'],
        description: 'temporary: open to the internet'
      }
      return {
        actions: ['update'],
        before,
        after,
        after_unknown: {},
        before_sensitive: mask,
        after_sensitive: mask
      }
    }
  }
}

function stateResource(res, values) {
  return {
    address: res.address,
    mode: 'managed',
    type: res.type,
    name: res.name,
    provider_name: PROVIDER,
    schema_version: 1,
    values,
    sensitive_values: { tags: {}, tags_all: {}, ...res.sensitive },
    depends_on: [`${res.moduleAddress}.aws_iam_role.r3`]
  }
}

function configResource(type, name) {
  return {
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_config_key: 'aws',
    expressions: {
      tags: { references: ['local.tags', 'var.environment'] },
      name: { references: ['var.name', 'local.prefix'] },
      description: { constant_value: 'Managed by Terraform' }
    },
    schema_version: 1,
    count_expression: { references: ['var.enabled'] }
  }
}

/** Buffered writer: JSON text is written in ~8 MB pieces. */
function writer(path) {
  const fd = openSync(path, 'w')
  let parts = []
  let size = 0
  let total = 0
  const flush = () => {
    if (parts.length) writeSync(fd, parts.join(''))
    parts = []
    size = 0
  }
  return {
    write(text) {
      parts.push(text)
      size += text.length
      total += Buffer.byteLength(text)
      if (size > 8 << 20) flush()
    },
    close() {
      flush()
      closeSync(fd)
      return total
    }
  }
}

/** Writes the plan; returns { bytes, resourceChanges, drift }. */
export function generatePlan(path, { resources, seed = 1 }) {
  const w = writer(path)
  const each = (fn) => {
    for (let i = 0; i < resources; i++) {
      const text = fn(i)
      if (text !== undefined) w.write(text)
    }
  }
  let first = true
  const sep = () => (first ? ((first = false), '') : ',')

  w.write('{"format_version":"1.2","terraform_version":"1.9.5",')
  w.write(
    '"variables":{"environment":{"value":"prod"},"name":{"value":"svc"},"db_password":{"value":"hunter2-do-not-leak"}},'
  )
  w.write('"planned_values":{"root_module":{"child_modules":[{"resources":[')
  first = true
  each((i) => {
    const res = resource(i, seed)
    const action = actionOf(i)
    if (action === 'delete') return undefined
    return sep() + JSON.stringify(stateResource(res, changeOf(res, action).after ?? res.values))
  })
  w.write('],"address":"module.svc"}]}},')

  w.write('"resource_drift":[')
  first = true
  let drift = 0
  each((i) => {
    if (!drifted(i)) return undefined
    drift++
    const res = resource(i, seed)
    const after = { ...res.values, tags: { ...res.values.tags, HotFix: 'changed-in-console' } }
    return (
      sep() +
      JSON.stringify({
        address: res.address,
        module_address: res.moduleAddress,
        mode: 'managed',
        type: res.type,
        name: res.name,
        provider_name: PROVIDER,
        change: {
          actions: ['update'],
          before: res.values,
          after,
          after_unknown: {},
          before_sensitive: res.sensitive,
          after_sensitive: res.sensitive
        }
      })
    )
  })
  w.write('],"resource_changes":[')
  first = true
  each((i) => {
    const res = resource(i, seed)
    const action = actionOf(i)
    const change = changeOf(res, action)
    return (
      sep() +
      JSON.stringify({
        address: res.address,
        module_address: res.moduleAddress,
        mode: 'managed',
        type: res.type,
        name: res.name,
        provider_name: PROVIDER,
        change,
        ...(action === 'replace' ? { action_reason: 'replace_because_cannot_update' } : {})
      })
    )
  })
  w.write('],"output_changes":{')
  w.write(
    '"vpc_id":{"actions":["no-op"],"before":"vpc-0abc","after":"vpc-0abc","after_unknown":false,"before_sensitive":false,"after_sensitive":false},' +
      '"db_password":{"actions":["update"],"before":"old-pass","after":"new-pass","after_unknown":false,"before_sensitive":true,"after_sensitive":true},' +
      '"endpoints":{"actions":["update"],"before":["a.example.com"],"after":["a.example.com","b.example.com"],"after_unknown":false,"before_sensitive":[false],"after_sensitive":[false,false]}'
  )
  w.write(
    '},"prior_state":{"format_version":"1.0","terraform_version":"1.9.5","values":{"root_module":{"child_modules":[{"resources":['
  )
  first = true
  each((i) => {
    const res = resource(i, seed)
    if (actionOf(i) === 'create') return undefined
    return sep() + JSON.stringify(stateResource(res, res.values))
  })
  w.write('],"address":"module.svc"}]}}},')

  w.write(
    '"configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws","expressions":{"region":{"constant_value":"us-east-1"}}}},"root_module":{"module_calls":{'
  )
  const modules = Math.ceil(resources / PER_MODULE)
  for (let m = 0; m < modules; m++) {
    const rs = []
    for (let j = 0; j < PER_MODULE; j++)
      rs.push(configResource(TYPES[(m * PER_MODULE + j) % TYPES.length], `r${j}`))
    w.write(
      (m ? ',' : '') +
        JSON.stringify(`svc_${m}`) +
        ':' +
        JSON.stringify({
          source: './modules/service',
          expressions: {
            name: { constant_value: `svc-${m}` },
            environment: { references: ['var.environment'] }
          },
          module: {
            resources: rs,
            variables: { name: {}, environment: { default: 'dev' }, enabled: { default: true } }
          }
        })
    )
  }
  w.write('}}},')
  w.write(
    '"relevant_attributes":[{"resource":"module.svc_0.aws_iam_role.r3","attribute":["arn"]}],'
  )
  w.write('"timestamp":"2024-06-01T12:00:00Z","applyable":true,"complete":true,"errored":false}\n')
  const bytes = w.close()
  return { bytes, resourceChanges: resources, drift }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, ...rest] = process.argv.slice(2)
  const opt = (name, dflt) => {
    const i = rest.indexOf(`--${name}`)
    return i === -1 ? dflt : Number(rest[i + 1])
  }
  if (!out) {
    console.error('usage: node scripts/generate-plan.mjs OUT.json --resources N [--seed S]')
    process.exit(2)
  }
  const result = generatePlan(out, { resources: opt('resources', 1000), seed: opt('seed', 1) })
  console.log(JSON.stringify({ file: out, ...result }))
}
