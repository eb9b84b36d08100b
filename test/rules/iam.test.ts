import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes, PlanLoadError } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import { iamRule } from '../../src/rules/iam.js'
import { canonicalPrincipals, parsePolicy, statementKey } from '../../src/rules/iam-document.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import { corpusDir, fixturePlan, planFrom, planWithChange } from '../helpers/plan.js'
import type { RawChange } from '../helpers/plan.js'

const policy = loadPolicy()
const run = (plan: PlanFileModel): Finding[] =>
  iamRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })
const runOne = (change: RawChange): Finding[] => run(planWithChange(change))
const summary = (findings: readonly Finding[]): [string, string][] =>
  findings.map((f) => [f.address, f.severity])

const doc = (...statements: unknown[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements })

const update = (
  type: string,
  before: object,
  after: object,
  afterUnknown: object = {}
): RawChange => ({
  type,
  name: 'x',
  change: { actions: ['update'], before, after, after_unknown: afterUnknown }
})
const create = (type: string, after: object, afterUnknown: object = {}): RawChange => ({
  type,
  name: 'x',
  change: { actions: ['create'], before: null, after, after_unknown: afterUnknown }
})

describe('iam-document normal form', () => {
  it('reads "*" and {"AWS": "*"} as the same public principal, and an account id as its root ARN', () => {
    expect(canonicalPrincipals('*')).toEqual(['*'])
    expect(canonicalPrincipals({ AWS: '*' })).toEqual(['*'])
    expect(canonicalPrincipals({ AWS: '123456789012' })).toEqual([
      'AWS:arn:aws:iam::123456789012:root'
    ])
    expect(canonicalPrincipals({ AWS: ['arn:aws:iam::123456789012:root'] })).toEqual([
      'AWS:arn:aws:iam::123456789012:root'
    ])
    expect(canonicalPrincipals({ Service: ['Lambda.amazonaws.com'] })).toEqual([
      'Service:lambda.amazonaws.com'
    ])
  })

  it('treats reordered, re-cased and re-indented statements as equal and tolerates bad input', () => {
    const a = parsePolicy(
      doc({
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:GetObject'],
        Resource: 'arn:aws:s3:::b/*'
      })
    )
    const b = parsePolicy({
      Statement: {
        Resource: ['arn:aws:s3:::b/*'],
        Action: ['s3:getobject', 's3:putobject'],
        Effect: 'Allow',
        Sid: 'X'
      }
    })
    expect(a.status).toBe('ok')
    expect(b.status).toBe('ok')
    if (a.status === 'ok' && b.status === 'ok') {
      expect(a.statements.map(statementKey)).toEqual(b.statements.map(statementKey))
    }
    expect(parsePolicy('{not json').status).toBe('opaque')
    expect(parsePolicy('(known after apply)').status).toBe('opaque')
    expect(parsePolicy('{"Version":"2012-10-17"}').status).toBe('opaque')
    expect(parsePolicy(null).status).toBe('absent')
    expect(parsePolicy('').status).toBe('absent')
  })
})

describe('iam: fixtures', () => {
  it('flags what got broader, with the severity an SRE would give it', () => {
    const findings = run(fixturePlan('rules/iam/broadened.json'))
    expect(summary(findings)).toEqual([
      ['aws_iam_policy.ci', 'critical'],
      ['aws_iam_policy.deploy', 'medium'],
      ['aws_iam_role.app', 'high'],
      ['aws_iam_role_policy.worker', 'high'],
      ['aws_iam_role_policy_attachment.admin', 'critical'],
      ['aws_s3_bucket_policy.downloads', 'critical'],
      ['aws_s3_bucket_policy.site', 'high']
    ])
    const by = (address: string): Finding => findings.find((f) => f.address === address)!
    expect(by('aws_iam_policy.ci').message).toContain('allows every action ("*") on "*"')
    expect(by('aws_iam_policy.ci').message).toContain('administrator-level access')
    expect(by('aws_iam_policy.ci').evidence[0]).toMatchObject({
      path: 'policy',
      note: 'statement 1 (Sid "Everything")'
    })
    expect(by('aws_iam_policy.deploy').message).toContain(
      '"ec2:RunInstances", "ec2:TerminateInstances"'
    )
    expect(by('aws_iam_policy.deploy').message).not.toContain('DescribeInstances')
    expect(by('aws_iam_role.app').message).toContain(
      'adds principal "arn:aws:iam::999999999999:root"'
    )
    expect(by('aws_iam_role_policy.worker').message).toContain('"dynamodb:*"')
    expect(by('aws_iam_role_policy_attachment.admin').message).toContain(
      'AdministratorAccess to role "ops"'
    )
    expect(by('aws_s3_bucket_policy.downloads').message).toContain('anyone (Principal "*")')
    expect(by('aws_s3_bucket_policy.site').message).toContain('removes or narrows a Deny of "s3:*"')
    for (const f of findings) expect(f.rule).toBe('iam')
  })

  it('says nothing for reordering, whitespace, narrowing, removed Allows and routine grants', () => {
    expect(run(fixturePlan('rules/iam/lookalikes.json'))).toEqual([])
  })

  it('flags deleted grants high unless the plan re-creates the same grant', () => {
    const findings = run(fixturePlan('rules/iam/deletions.json'))
    expect(summary(findings)).toEqual([
      ['aws_iam_policy_attachment.legacy', 'low'],
      ['aws_iam_role_policy_attachment.cbd', 'low'],
      ['aws_iam_role_policy_attachment.gone', 'high'],
      ['aws_iam_role_policy_attachment.renamed_old', 'low'],
      ['azurerm_role_assignment.reader', 'high'],
      ['google_project_iam_member.viewer', 'high']
    ])
    const gone = findings.find((f) => f.address === 'aws_iam_role_policy_attachment.gone')!
    expect(gone.message).toContain('policy/app-data to role "app"')
    expect(gone.message).toContain('access denied')
    expect(
      findings.find((f) => f.address === 'aws_iam_role_policy_attachment.renamed_old')!.message
    ).toContain('aws_iam_role_policy_attachment.renamed_new')
    expect(
      findings.find((f) => f.address === 'aws_iam_role_policy_attachment.cbd')!.message
    ).toContain('the new one exists before the old one goes')
  })
})

describe('iam: AWS policy documents', () => {
  const read = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }

  it('NotAction with Allow is high', () => {
    const f = runOne(
      update(
        'aws_iam_policy',
        { policy: doc(read) },
        { policy: doc(read, { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) }
      )
    )
    expect(summary(f)).toEqual([['aws_iam_policy.x', 'high']])
    expect(f[0]!.message).toContain('NotAction')
    expect(f[0]!.message).toContain('every action except "iam:*"')
  })

  it('excluding more with NotAction is narrowing and says nothing', () => {
    const before = { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }
    const after = { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }
    expect(
      runOne(update('aws_iam_policy', { policy: doc(before) }, { policy: doc(after) }))
    ).toEqual([])
    expect(
      summary(runOne(update('aws_iam_policy', { policy: doc(after) }, { policy: doc(before) })))
    ).toEqual([['aws_iam_policy.x', 'high']])
  })

  it('privilege-escalation actions on "*" are high; other writes on "*" medium', () => {
    const f = runOne(
      create('aws_iam_policy', {
        policy: doc({
          Effect: 'Allow',
          Action: ['iam:PassRole', 'iam:Attach*', 'sqs:SendMessage'],
          Resource: '*'
        })
      })
    )
    expect(f.map((x) => x.severity)).toEqual(['high', 'medium'])
    expect(f[0]!.message).toContain('"iam:Attach*", "iam:PassRole"')
    expect(f[0]!.message).toContain('privilege escalation')
    expect(f[1]!.message).toContain('"sqs:SendMessage"')
  })

  it('a Deny split into two statements still denies everything: no finding; a narrowed Deny is high', () => {
    const deny = { Effect: 'Deny', Action: ['s3:DeleteBucket', 's3:DeleteObject'], Resource: '*' }
    const split = [
      { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' },
      { Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }
    ]
    expect(
      runOne(update('aws_iam_policy', { policy: doc(read, deny) }, { policy: doc(read, ...split) }))
    ).toEqual([])
    const narrowed = runOne(
      update(
        'aws_iam_policy',
        { policy: doc(read, deny) },
        { policy: doc(read, { ...deny, Action: 's3:DeleteBucket' }) }
      )
    )
    expect(summary(narrowed)).toEqual([['aws_iam_policy.x', 'high']])
  })

  it('a wider before pattern covers a narrower after one (no "service:*" finding for s3:* → s3:Get*)', () => {
    const before = { Effect: 'Allow', Action: '*', Resource: '*' }
    expect(
      runOne(
        update(
          'aws_iam_policy',
          { policy: doc(before) },
          { policy: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) }
        )
      )
    ).toEqual([])
  })

  it('public principal: critical without a restricting condition, nothing with aws:SourceVpce or PrincipalOrgID', () => {
    const publicRead = (condition?: object): object => ({
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
      ...(condition ? { Condition: condition } : {})
    })
    const tlsOnly = runOne(
      create('aws_s3_bucket_policy', {
        policy: doc(publicRead({ Bool: { 'aws:SecureTransport': 'true' } }))
      })
    )
    expect(summary(tlsOnly)).toEqual([['aws_s3_bucket_policy.x', 'critical']])
    expect(
      runOne(
        create('aws_s3_bucket_policy', {
          policy: doc(publicRead({ StringEquals: { 'aws:SourceVpce': 'vpce-1' } }))
        })
      )
    ).toEqual([])
    expect(
      runOne(
        create('aws_sqs_queue_policy', {
          policy: doc(publicRead({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }))
        })
      )
    ).toEqual([])
    // A negated or catch-all condition restricts nothing.
    expect(
      summary(
        runOne(
          create('aws_s3_bucket_policy', {
            policy: doc(publicRead({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }))
          })
        )
      )
    ).toEqual([['aws_s3_bucket_policy.x', 'critical']])
  })

  it('dropping the restricting condition from a public statement is critical', () => {
    const stmt = {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*'
    }
    const f = runOne(
      update(
        'aws_s3_bucket_policy',
        { policy: doc({ ...stmt, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }) },
        { policy: doc(stmt) }
      )
    )
    expect(f.map((x) => x.severity)).toEqual(['critical', 'medium'])
    expect(f[1]!.message).toContain('drops the condition "StringEquals aws:sourcevpce"')
  })

  it('GitHub OIDC trust without a sub condition is high; with one it is fine', () => {
    const trust = (condition: object): string =>
      doc({
        Effect: 'Allow',
        Principal: {
          Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition
      })
    const open = runOne(
      create('aws_iam_role', {
        name: 'ci',
        assume_role_policy: trust({
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }
        })
      })
    )
    expect(summary(open)).toEqual([['aws_iam_role.x', 'high']])
    expect(open[0]!.message).toContain(
      'any repository or pipeline on token.actions.githubusercontent.com'
    )
    const pinned = trust({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: {
        'token.actions.githubusercontent.com:sub': 'repo:acme/infra:ref:refs/heads/main'
      }
    })
    expect(runOne(create('aws_iam_role', { name: 'ci', assume_role_policy: pinned }))).toEqual([])
  })

  it('moving a statement between inline policies of a role is not a change', () => {
    const s1 = { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b' }
    const s2 = { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:eu-west-1:1:q' }
    const f = runOne(
      update(
        'aws_iam_role',
        {
          name: 'r',
          inline_policy: [
            { name: 'a', policy: doc(s1) },
            { name: 'b', policy: doc(s2) }
          ]
        },
        { name: 'r', inline_policy: [{ name: 'c', policy: doc(s2, s1) }] }
      )
    )
    expect(f).toEqual([])
  })

  it('an unreadable before is judged on the after alone; an unreadable after says nothing', () => {
    const admin = doc({ Effect: 'Allow', Action: '*', Resource: '*' })
    expect(
      summary(runOne(update('aws_iam_policy', { policy: '{broken' }, { policy: admin })))
    ).toEqual([['aws_iam_policy.x', 'critical']])
    expect(runOne(update('aws_iam_policy', { policy: admin }, { policy: '{broken' }))).toEqual([])
    expect(
      runOne(update('aws_iam_policy', { policy: doc(read) }, { policy: null }, { policy: true }))
    ).toEqual([])
  })

  it('service control policies: Allow * is the default; a removed Deny is high', () => {
    const guard = {
      Effect: 'Deny',
      Action: ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'],
      Resource: '*'
    }
    const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' }
    expect(runOne(create('aws_organizations_policy', { content: doc(allowAll, guard) }))).toEqual(
      []
    )
    const f = runOne(
      update(
        'aws_organizations_policy',
        { content: doc(allowAll, guard) },
        { content: doc(allowAll) }
      )
    )
    expect(summary(f)).toEqual([['aws_organizations_policy.x', 'high']])
    expect(f[0]!.message).toContain('"cloudtrail:DeleteTrail", "cloudtrail:StopLogging"')
  })

  it('deleting a bucket policy with a Deny is high (guardrail) and medium for its lost grants', () => {
    const f = runOne({
      type: 'aws_s3_bucket_policy',
      name: 'x',
      change: {
        actions: ['delete'],
        before: {
          bucket: 'b',
          policy: doc(
            {
              Effect: 'Allow',
              Principal: { Service: 'cloudfront.amazonaws.com' },
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::b/*'
            },
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: 'arn:aws:s3:::b/*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } }
            }
          )
        },
        after: null
      }
    })
    expect(f.map((x) => x.severity)).toEqual(['high', 'medium'])
    expect(f[1]!.message).toContain('"Service:cloudfront.amazonaws.com" lose the access')
  })
})

describe('iam: reads of secrets and data on "*"', () => {
  it('GetSecretValue, GetParameter*, s3:Get* on "*" are medium; on named ARNs or for configuration reads they say nothing', () => {
    const secret = `arn:aws:secretsmanager:eu-west-1:123456789012:secret:app-AbCdEf`
    const f = runOne(
      update(
        'aws_iam_policy',
        {
          policy: doc({
            Effect: 'Allow',
            Action: 'secretsmanager:GetSecretValue',
            Resource: secret
          })
        },
        {
          policy: doc({
            Effect: 'Allow',
            Action: ['secretsmanager:GetSecretValue', 'ssm:GetParameter*', 'ec2:DescribeInstances'],
            Resource: '*'
          })
        }
      )
    )
    expect(summary(f)).toEqual([['aws_iam_policy.x', 'medium']])
    expect(f[0]!.message).toContain('"secretsmanager:GetSecretValue", "ssm:GetParameter*"')
    expect(f[0]!.message).toContain('read every secret')
    expect(f[0]!.message).not.toContain('DescribeInstances')
    expect(
      summary(
        runOne(
          create('aws_iam_policy', {
            policy: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' })
          })
        )
      )
    ).toEqual([['aws_iam_policy.x', 'medium']])
    // Named resources, and reads that return configuration only, are routine.
    expect(
      runOne(
        create('aws_iam_policy', {
          policy: doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' })
        })
      )
    ).toEqual([])
    expect(
      runOne(
        create('aws_iam_policy', {
          policy: doc({
            Effect: 'Allow',
            Action: ['ec2:Describe*', 'cloudwatch:GetMetricData', 's3:ListAllMyBuckets'],
            Resource: '*'
          })
        })
      )
    ).toEqual([])
    // Already allowed before: nothing new.
    const same = doc({ Effect: 'Allow', Action: 'ssm:GetParameters', Resource: '*' })
    expect(
      runOne(update('aws_iam_policy', { policy: same }, { policy: same, description: 'x' }))
    ).toEqual([])
  })
})

describe('iam: grants an update takes away', () => {
  const arn = (name: string): string => `arn:aws:iam::123456789012:policy/${name}`
  const role = (managed: string[], inline: object[] = []): Record<string, unknown> => ({
    name: 'web',
    assume_role_policy: doc({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole'
    }),
    managed_policy_arns: managed,
    inline_policy: inline
  })

  it('a managed policy dropped from the exclusive managed_policy_arns is high; one added is not a removal', () => {
    const f = runOne(update('aws_iam_role', role([arn('a'), arn('assets-read')]), role([arn('a')])))
    expect(summary(f)).toEqual([['aws_iam_role.x', 'high']])
    expect(f[0]!.message).toContain(
      'Detaches arn:aws:iam::123456789012:policy/assets-read from role "web"'
    )
    expect(f[0]!.message).toContain('access denied')
    expect(f[0]!.evidence).toEqual([
      {
        path: 'managed_policy_arns',
        before: '"arn:aws:iam::123456789012:policy/assets-read"',
        note: 'removed by this update'
      }
    ])
    expect(runOne(update('aws_iam_role', role([arn('a')]), role([arn('a'), arn('b')])))).toEqual([])
    // Unknown after apply: nothing can be said.
    expect(
      runOne(
        update(
          'aws_iam_role',
          role([arn('a')]),
          { ...role([]), managed_policy_arns: null },
          { managed_policy_arns: true }
        )
      )
    ).toEqual([])
  })

  it('moved to an attachment resource in the same plan, the detach is low', () => {
    const f = run(
      planFrom({
        resource_changes: [
          update('aws_iam_role', role([arn('a'), arn('assets-read')]), role([arn('a')])),
          {
            ...create('aws_iam_role_policy_attachment', {
              role: 'web',
              policy_arn: arn('assets-read')
            }),
            name: 'assets'
          }
        ]
      })
    )
    expect(summary(f)).toEqual([['aws_iam_role.x', 'low']])
    expect(f[0]!.message).toContain(
      'the same plan grants the same at aws_iam_role_policy_attachment.assets'
    )
  })

  it('a role dropped from an aws_iam_policy_attachment is high', () => {
    const before = {
      name: 'shared',
      policy_arn: arn('s3-read'),
      roles: ['etl', 'reports'],
      users: [],
      groups: []
    }
    const f = runOne(update('aws_iam_policy_attachment', before, { ...before, roles: ['etl'] }))
    expect(summary(f)).toEqual([['aws_iam_policy_attachment.x', 'high']])
    expect(f[0]!.message).toContain('from role "reports"')
  })

  it('an inline policy dropped from a role is high unless its statements live on in another one', () => {
    const s1 = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::assets/*' }
    const s2 = { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:eu-west-1:1:q' }
    const f = runOne(
      update(
        'aws_iam_role',
        role(
          [],
          [
            { name: 'assets', policy: doc(s1) },
            { name: 'jobs', policy: doc(s2) }
          ]
        ),
        role([], [{ name: 'jobs', policy: doc(s2) }])
      )
    )
    expect(summary(f)).toEqual([['aws_iam_role.x', 'high']])
    expect(f[0]!.message).toContain('Removes the inline policy "assets" from role "web"')
    // Dropping statements from a policy that stays is a narrowing.
    expect(
      runOne(
        update(
          'aws_iam_role',
          role([], [{ name: 'all', policy: doc(s1, s2) }]),
          role([], [{ name: 'all', policy: doc(s2) }])
        )
      )
    ).toEqual([])
  })
})

describe('iam: attachments, boundaries and Lambda permissions', () => {
  it('managed_policy_arns gaining AdministratorAccess is critical; PowerUserAccess high; already attached says nothing', () => {
    const admin = 'arn:aws:iam::aws:policy/AdministratorAccess'
    const power = 'arn:aws:iam::aws:policy/PowerUserAccess'
    const f = runOne(
      update(
        'aws_iam_role',
        { name: 'ops', managed_policy_arns: [] },
        { name: 'ops', managed_policy_arns: [power, admin] }
      )
    )
    expect(f.map((x) => x.severity)).toEqual(['critical', 'high'])
    expect(f[0]!.message).toContain('AdministratorAccess to role "ops"')
    expect(
      runOne(
        update(
          'aws_iam_role',
          { name: 'ops', managed_policy_arns: [admin] },
          { name: 'ops', managed_policy_arns: [admin], description: 'x' }
        )
      )
    ).toEqual([])
    expect(
      summary(
        runOne(
          create('aws_iam_user_policy_attachment', {
            user: 'bot',
            policy_arn: 'arn:aws:iam::aws:policy/IAMFullAccess'
          })
        )
      )
    ).toEqual([['aws_iam_user_policy_attachment.x', 'high']])
  })

  it('a removed permissions boundary is high', () => {
    const f = runOne(
      update(
        'aws_iam_role',
        { name: 'r', permissions_boundary: 'arn:aws:iam::1:policy/cap' },
        { name: 'r', permissions_boundary: null }
      )
    )
    expect(summary(f)).toEqual([['aws_iam_role.x', 'high']])
    expect(f[0]!.message).toContain('permissions boundary arn:aws:iam::1:policy/cap')
  })

  it('a public Lambda permission is critical; a scoped or service one is not', () => {
    const base = {
      action: 'lambda:InvokeFunction',
      function_name: 'fn',
      source_account: null,
      principal_org_id: null
    }
    const f = runOne(
      create('aws_lambda_permission', {
        ...base,
        principal: '*',
        source_arn: null,
        function_url_auth_type: 'NONE'
      })
    )
    expect(summary(f)).toEqual([['aws_lambda_permission.x', 'critical']])
    expect(f[0]!.message).toContain('public function URL')
    expect(
      runOne(
        create('aws_lambda_permission', {
          ...base,
          principal: '*',
          source_arn: 'arn:aws:execute-api:eu-west-1:1:abc/*'
        })
      )
    ).toEqual([])
    expect(
      runOne(create('aws_lambda_permission', { ...base, principal: '*' }, { source_arn: true }))
    ).toEqual([])
    expect(
      runOne(
        create('aws_lambda_permission', {
          ...base,
          principal: 'events.amazonaws.com',
          source_arn: null
        })
      )
    ).toEqual([])
  })
})

describe('iam: Google Cloud', () => {
  it('owner on a project is critical, on a bucket high; allUsers is critical; others medium', () => {
    expect(
      summary(
        runOne(
          create('google_project_iam_member', {
            project: 'p',
            role: 'roles/owner',
            member: 'user:a@x.example'
          })
        )
      )
    ).toEqual([['google_project_iam_member.x', 'critical']])
    expect(
      summary(
        runOne(
          create('google_storage_bucket_iam_member', {
            bucket: 'b',
            role: 'roles/editor',
            member: 'user:a@x.example'
          })
        )
      )
    ).toEqual([['google_storage_bucket_iam_member.x', 'high']])
    const pub = runOne(
      create('google_storage_bucket_iam_member', {
        bucket: 'b',
        role: 'roles/storage.objectViewer',
        member: 'allUsers'
      })
    )
    expect(summary(pub)).toEqual([['google_storage_bucket_iam_member.x', 'critical']])
    expect(pub[0]!.message).toContain('makes it public')
    const viewer = runOne(
      create('google_project_iam_member', {
        project: 'p',
        role: 'roles/viewer',
        member: 'group:sre@x.example'
      })
    )
    expect(summary(viewer)).toEqual([['google_project_iam_member.x', 'medium']])
    expect(viewer[0]!.message).toContain('roles/viewer to group:sre@x.example')
    expect(
      summary(
        runOne(
          create('google_service_account_iam_member', {
            service_account_id: 'sa',
            role: 'roles/iam.serviceAccountTokenCreator',
            member: 'user:a@x.example'
          })
        )
      )
    ).toEqual([['google_service_account_iam_member.x', 'high']])
  })

  it('binding updates: a new member is medium, a removed member is medium, reordering says nothing', () => {
    const f = runOne(
      update(
        'google_project_iam_binding',
        { project: 'p', role: 'roles/viewer', members: ['user:a@x.example', 'user:b@x.example'] },
        { project: 'p', role: 'roles/viewer', members: ['user:b@x.example', 'user:c@x.example'] }
      )
    )
    expect(f).toHaveLength(1)
    expect(f[0]!.severity).toBe('medium')
    expect(f[0]!.message).toContain('Grants "roles/viewer to user:c@x.example"')
    expect(f[0]!.message).toContain('removes "roles/viewer from user:a@x.example"')
    expect(
      runOne(
        update(
          'google_project_iam_binding',
          { project: 'p', role: 'roles/viewer', members: ['user:a@x.example', 'user:b@x.example'] },
          { project: 'p', role: 'roles/viewer', members: ['user:b@x.example', 'user:a@x.example'] }
        )
      )
    ).toEqual([])
  })

  it('telemetry roles for a service account, and ordinary roles for one identity on one resource, are low', () => {
    const sa = 'serviceAccount:render@p.iam.gserviceaccount.com'
    for (const role of [
      'roles/logging.logWriter',
      'roles/monitoring.metricWriter',
      'roles/cloudtrace.agent'
    ]) {
      const f = runOne(create('google_project_iam_member', { project: 'p', role, member: sa }))
      expect(summary(f)).toEqual([['google_project_iam_member.x', 'low']])
      expect(f[0]!.message).toContain('telemetry role')
    }
    // The same telemetry role for a whole domain is not one workload's need.
    expect(
      summary(
        runOne(
          create('google_project_iam_member', {
            project: 'p',
            role: 'roles/logging.logWriter',
            member: 'domain:x.example'
          })
        )
      )
    ).toEqual([['google_project_iam_member.x', 'medium']])
    // Project-wide data roles stay medium: they reach every bucket or secret of the project.
    expect(
      summary(
        runOne(
          create('google_project_iam_member', {
            project: 'p',
            role: 'roles/storage.objectViewer',
            member: sa
          })
        )
      )
    ).toEqual([['google_project_iam_member.x', 'medium']])
    const bucket = runOne(
      create('google_storage_bucket_iam_member', {
        bucket: 'b',
        role: 'roles/storage.objectViewer',
        member: sa
      })
    )
    expect(summary(bucket)).toEqual([['google_storage_bucket_iam_member.x', 'low']])
    expect(bucket[0]!.message).toContain('one identity on this one resource')
    expect(
      summary(
        runOne(
          create('google_pubsub_topic_iam_member', {
            topic: 't',
            role: 'roles/pubsub.publisher',
            member: 'group:orders@x.example'
          })
        )
      )
    ).toEqual([['google_pubsub_topic_iam_member.x', 'low']])
    // Admin roles, workload-identity pools and billing accounts are not routine.
    expect(
      summary(
        runOne(
          create('google_storage_bucket_iam_member', {
            bucket: 'b',
            role: 'roles/storage.admin',
            member: sa
          })
        )
      )
    ).toEqual([['google_storage_bucket_iam_member.x', 'medium']])
    expect(
      summary(
        runOne(
          create('google_storage_bucket_iam_member', {
            bucket: 'b',
            role: 'roles/storage.objectViewer',
            member:
              'principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/*'
          })
        )
      )
    ).toEqual([['google_storage_bucket_iam_member.x', 'medium']])
    expect(
      summary(
        runOne(
          create('google_billing_account_iam_member', {
            billing_account_id: '0X0X0X',
            role: 'roles/billing.user',
            member: 'user:a@x.example'
          })
        )
      )
    ).toEqual([['google_billing_account_iam_member.x', 'medium']])
  })

  it('an authoritative project IAM policy is high even when its members are ordinary', () => {
    const policyData = JSON.stringify({
      bindings: [{ role: 'roles/viewer', members: ['group:a@x.example'] }]
    })
    const f = runOne(create('google_project_iam_policy', { project: 'p', policy_data: policyData }))
    expect(f.map((x) => x.severity)).toEqual(['high', 'medium'])
    expect(f[0]!.message).toContain('authoritatively')
  })
})

describe('iam: Azure role assignments', () => {
  const sub = '/subscriptions/00000000-0000-0000-0000-000000000000'
  const assign = (role: object, scope: string): RawChange =>
    create('azurerm_role_assignment', { scope, principal_id: 'p-1', ...role }, { id: true })

  it('scores privileged roles by scope', () => {
    expect(summary(runOne(assign({ role_definition_name: 'Owner' }, sub)))).toEqual([
      ['azurerm_role_assignment.x', 'critical']
    ])
    expect(
      summary(
        runOne(
          assign(
            { role_definition_name: 'User Access Administrator' },
            '/providers/Microsoft.Management/managementGroups/root'
          )
        )
      )
    ).toEqual([['azurerm_role_assignment.x', 'critical']])
    const byId = runOne(
      assign(
        {
          role_definition_id: `${sub}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c`
        },
        `${sub}/resourceGroups/app`
      )
    )
    expect(summary(byId)).toEqual([['azurerm_role_assignment.x', 'high']])
    expect(byId[0]!.message).toContain('"contributor"')
    expect(
      summary(
        runOne(
          assign(
            { role_definition_name: 'Owner' },
            `${sub}/resourceGroups/app/providers/Microsoft.Storage/storageAccounts/s`
          )
        )
      )
    ).toEqual([['azurerm_role_assignment.x', 'medium']])
    expect(summary(runOne(assign({ role_definition_name: 'Reader' }, sub)))).toEqual([
      ['azurerm_role_assignment.x', 'low']
    ])
  })

  it('a replace that keeps the same grant says nothing', () => {
    const value = { scope: sub, principal_id: 'p-1', role_definition_name: 'Owner' }
    expect(
      runOne({
        type: 'azurerm_role_assignment',
        name: 'x',
        change: {
          actions: ['delete', 'create'],
          before: { ...value, principal_type: 'User' },
          after: { ...value, principal_type: 'ServicePrincipal' }
        }
      })
    ).toEqual([])
  })
})

describe('iam: plan-wide behaviour', () => {
  it('is deterministic and reports in address order', () => {
    const plan = planFrom({
      resource_changes: [
        create('aws_iam_policy', { policy: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }),
        {
          ...create('aws_iam_policy', {
            policy: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })
          }),
          name: 'a'
        }
      ]
    })
    const first = run(plan)
    expect(first).toEqual(run(plan))
    expect(first.map((f) => f.address)).toEqual(['aws_iam_policy.a', 'aws_iam_policy.x'])
  })
})

const corpusPresent = existsSync(corpusDir)
describe.skipIf(!corpusPresent)('iam over every corpus plan', () => {
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
        expect(f.rule).toBe('iam')
        expect(SEVERITIES).toContain(f.severity)
        expect(addresses.has(f.address)).toBe(true)
        expect(f.message).toMatch(/^[A-Z].*\.$/s)
        expect(f.planFile).toBe(file)
        expect(Array.isArray(f.evidence)).toBe(true)
      }
    }
    expect(plans).toBeGreaterThan(100)
  })
})
