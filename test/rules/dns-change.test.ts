import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import { dnsChangeRule, looksLikeApex, normaliseName } from '../../src/rules/dns-change.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import { corpusDir, fixturePlan, planFrom } from '../helpers/plan.js'
import type { RawChange } from '../helpers/plan.js'

const policy = loadPolicy()
const run = (plan: PlanFileModel): Finding[] =>
  dnsChangeRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })
const at = (findings: Finding[], address: string): Finding[] =>
  findings.filter((f) => f.address === address)

/** A Route 53 record value with the attributes the provider always writes. */
function r53(name: string, type: string, records: string[] | null, extra = {}) {
  return {
    zone_id: 'Z0EXAMPLE',
    name,
    type,
    ttl: 300,
    records,
    alias: [],
    set_identifier: null,
    weighted_routing_policy: [],
    failover_routing_policy: [],
    ...extra
  }
}
const zone: RawChange = {
  type: 'aws_route53_zone',
  name: 'main',
  change: {
    actions: ['no-op'],
    before: { zone_id: 'Z0EXAMPLE', name: 'example.com' },
    after: { zone_id: 'Z0EXAMPLE', name: 'example.com' }
  }
}
const record = (
  name: string,
  actions: string[],
  before: unknown,
  after: unknown,
  extra: Partial<RawChange> = {}
): RawChange => ({
  type: 'aws_route53_record',
  name,
  change: { actions, before, after },
  ...extra
})

describe('dns-change: fixtures that fire', () => {
  const findings = run(fixturePlan('rules/dns-change/fires.json'))
  const one = (address: string): Finding => {
    const found = at(findings, address)
    expect(found).toHaveLength(1)
    return found[0] as Finding
  }

  it('repointing the apex alias is high and shows the old and new targets', () => {
    const f = one('aws_route53_record.apex')
    expect(f).toMatchObject({ rule: 'dns-change', severity: 'high' })
    expect(f.message).toContain('apex DNS record example.com (A)')
    expect(f.message).toContain(
      '["old-lb-123.eu-west-1.elb.amazonaws.com"] → ["new-lb-456.eu-west-1.elb.amazonaws.com"]'
    )
    expect(f.evidence[0]).toMatchObject({ path: 'alias' })
    expect(f.evidence[0]?.before).toContain('old-lb-123')
    expect(f.evidence[0]?.after).toContain('new-lb-456')
  })

  it('repointing a subdomain CNAME is medium and mentions the TTL', () => {
    const f = one('aws_route53_record.www')
    expect(f.severity).toBe('medium')
    expect(f.message).toContain('["old.example.net"] → ["new.example.net"]')
    expect(f.message).toContain('up to 300s')
    expect(f.evidence).toEqual([
      { path: 'records', before: '["old.example.net"]', after: '["new.example.net"]' }
    ])
  })

  it('MX and NS changes are high', () => {
    expect(one('aws_route53_record.mx')).toMatchObject({ severity: 'high' })
    expect(one('aws_route53_record.mx').message).toContain('mail for this domain')
    expect(one('aws_route53_record.ns_dev')).toMatchObject({ severity: 'high' })
    expect(one('aws_route53_record.ns_dev').message).toContain('everything below it')
  })

  it('SPF and DMARC changes are medium; a verification token is low', () => {
    expect(one('aws_route53_record.spf')).toMatchObject({ severity: 'medium' })
    expect(one('aws_route53_record.dmarc')).toMatchObject({ severity: 'medium' })
    expect(one('aws_route53_record.verify')).toMatchObject({ severity: 'low' })
    expect(one('aws_route53_record.verify').message).toMatch(/^Changes /)
  })

  it('deleting a record is medium, at the apex high (Route 53 and Azure "@")', () => {
    expect(one('aws_route53_record.api')).toMatchObject({ severity: 'medium' })
    expect(one('aws_route53_record.api').message).toContain('stops resolving')
    expect(one('aws_route53_record.apex_v6')).toMatchObject({ severity: 'high' })
    expect(one('azurerm_dns_a_record.root')).toMatchObject({ severity: 'high' })
    expect(one('azurerm_dns_a_record.root').message).toContain('apex DNS record example.net (A)')
  })

  it('a renamed record (a replacement) loses the old name: medium', () => {
    const f = one('aws_route53_record.renamed')
    expect(f.severity).toBe('medium')
    expect(f.message).toContain('Moves DNS record old.example.com (CNAME) to new.example.com')
    expect(f.evidence[0]).toEqual({
      path: 'name',
      before: '"old.example.com"',
      after: '"new.example.com"'
    })
  })

  it('NS records created over existing names are low and name a shadowed record', () => {
    const f = one('aws_route53_record.delegate_team')
    expect(f.severity).toBe('low')
    expect(f.message).toContain('svc.team.example.com')
    expect(f.evidence).toEqual([{ path: 'records', after: '(known after apply)' }])
  })

  it('a failover role change is medium', () => {
    expect(one('aws_route53_record.primary')).toMatchObject({ severity: 'medium' })
  })

  it('Google apex (zone from the managed zone in the plan), Azure relative names, Cloudflare', () => {
    expect(one('google_dns_record_set.apex')).toMatchObject({ severity: 'high' })
    expect(one('google_dns_record_set.apex').message).toContain('apex DNS record example.org (A)')
    const az = one('azurerm_dns_cname_record.app')
    expect(az.severity).toBe('medium')
    expect(az.message).toContain('app.example.net (CNAME)')
    const cf = one('cloudflare_record.www')
    expect(cf.severity).toBe('medium')
    expect(cf.message).toContain('www.example.io')
    expect(cf.message).toContain('proxy turned off')
    // `value` and `content` move together: one piece of evidence, plus the proxy flag.
    expect(cf.evidence.map((e) => e.path)).toEqual(['content', 'proxied'])
    // Cloudflare's ttl 1 is "automatic": no TTL sentence.
    expect(cf.message).not.toContain('1s')
  })

  it('fires nothing for the zones themselves and the unchanged record', () => {
    expect(at(findings, 'aws_route53_zone.main')).toEqual([])
    expect(at(findings, 'aws_route53_record.svc')).toEqual([])
    expect(findings).toHaveLength(16)
  })
})

describe('dns-change: look-alikes', () => {
  const findings = run(fixturePlan('rules/dns-change/look-alikes.json'))

  it('TTL only, new records, cosmetic case/dot changes, reorders and health flags fire nothing', () => {
    for (const address of [
      'aws_route53_record.ttl_only',
      'aws_route53_record.new',
      'aws_route53_record.cosmetic',
      'aws_route53_record.reordered',
      'aws_route53_record.health',
      'cloudflare_record.comment'
    ])
      expect(at(findings, address), address).toEqual([])
  })

  it('NS for a fresh subdomain, or at the apex of a zone created in the same plan, fire nothing', () => {
    expect(at(findings, 'aws_route53_record.delegate_fresh')).toEqual([])
    expect(at(findings, 'aws_route53_record.brand_ns')).toEqual([])
  })

  it('a deposed leftover is cleanup: nothing', () => {
    expect(at(findings, 'aws_route53_record.old')).toEqual([])
  })

  it('an ACM validation record deleted, a record recreated elsewhere, a weight change: low', () => {
    expect(at(findings, 'aws_route53_record.cert_validation["example.com"]')).toMatchObject([
      { severity: 'low' }
    ])
    const moved = at(findings, 'aws_route53_record.moved_away')
    expect(moved).toMatchObject([{ severity: 'low' }])
    expect(moved[0]?.message).toContain('module.shop.aws_route53_record.shop')
    expect(moved[0]?.message).toContain('moved block')
    expect(at(findings, 'aws_route53_record.weights')).toMatchObject([{ severity: 'low' }])
  })

  it('NS created for a subdomain whose old records this plan deletes: only the delete fires', () => {
    expect(at(findings, 'aws_route53_record.legacy_ns')).toEqual([])
    expect(at(findings, 'aws_route53_record.legacy_host')).toMatchObject([{ severity: 'medium' }])
    expect(findings).toHaveLength(4)
  })
})

describe('dns-change: inline cases', () => {
  it('an A record repointed to a value known only after apply is still a repoint', () => {
    const findings = run(
      planFrom({
        resource_changes: [
          zone,
          {
            ...record('app', ['update'], r53('app.example.com', 'A', ['10.0.0.1']), {
              ...r53('app.example.com', 'A', null),
              records: undefined
            }),
            change: {
              actions: ['update'],
              before: r53('app.example.com', 'A', ['10.0.0.1']),
              after: { ...r53('app.example.com', 'A', null), records: undefined },
              after_unknown: { records: true }
            }
          }
        ]
      })
    )
    expect(findings).toMatchObject([{ severity: 'medium' }])
    expect(findings[0]?.message).toContain('["10.0.0.1"] → (known after apply)')
  })

  it('without the zone in the plan, a two-label name is the apex; a relative name is not', () => {
    const apex = run(
      planFrom({
        resource_changes: [
          record(
            'a',
            ['update'],
            { ...r53('shop.co.uk', 'A', ['1.1.1.1']), zone_id: 'Zunknown' },
            { ...r53('shop.co.uk', 'A', ['2.2.2.2']), zone_id: 'Zunknown' }
          ),
          record(
            'b',
            ['update'],
            { ...r53('www', 'CNAME', ['x.example.net']), zone_id: 'Zunknown' },
            { ...r53('www', 'CNAME', ['y.example.net']), zone_id: 'Zunknown' }
          )
        ]
      })
    )
    expect(at(apex, 'aws_route53_record.a')).toMatchObject([{ severity: 'high' }])
    expect(at(apex, 'aws_route53_record.b')).toMatchObject([{ severity: 'medium' }])
  })

  it('a DKIM key rotation is medium; an SPF record deleted is medium; a CAA change is low', () => {
    const findings = run(
      planFrom({
        resource_changes: [
          zone,
          record(
            'dkim',
            ['update'],
            r53('s1._domainkey.example.com', 'TXT', ['v=DKIM1; k=rsa; p=AAAA']),
            r53('s1._domainkey.example.com', 'TXT', ['v=DKIM1; k=rsa; p=BBBB'])
          ),
          record('spf', ['delete'], r53('example.com', 'TXT', ['v=spf1 -all']), null),
          record(
            'caa',
            ['update'],
            r53('example.com', 'CAA', ['0 issue "amazon.com"']),
            r53('example.com', 'CAA', ['0 issue "letsencrypt.org"'])
          )
        ]
      })
    )
    expect(at(findings, 'aws_route53_record.dkim')).toMatchObject([{ severity: 'medium' }])
    expect(at(findings, 'aws_route53_record.spf')).toMatchObject([{ severity: 'medium' }])
    expect(at(findings, 'aws_route53_record.caa')).toMatchObject([{ severity: 'low' }])
  })

  it('a DKIM CNAME to a mail provider is mail policy (medium), not an address record', () => {
    const findings = run(
      planFrom({
        resource_changes: [
          zone,
          record(
            'dkim',
            ['update'],
            r53('s1._domainkey.example.com', 'CNAME', ['s1.domainkey.u1.wl.sendgrid.net']),
            r53('s1._domainkey.example.com', 'CNAME', ['s1.domainkey.u2.wl.sendgrid.net'])
          )
        ]
      })
    )
    expect(findings).toMatchObject([{ severity: 'medium' }])
    expect(findings[0]?.message).toContain('SPF/DKIM/DMARC')
  })

  it('a record moved to another zone (zone id known only after apply) loses its old place', () => {
    const before = r53('www.example.com', 'A', ['10.0.0.1'])
    const findings = run(
      planFrom({
        resource_changes: [
          zone,
          {
            ...record('moved', ['delete', 'create'], before, null),
            change: {
              actions: ['delete', 'create'],
              before,
              after: { ...before, zone_id: undefined },
              after_unknown: { zone_id: true }
            }
          }
        ]
      })
    )
    expect(findings).toMatchObject([{ severity: 'medium' }])
    expect(findings[0]?.message).toContain('in another zone')
    expect(findings[0]?.evidence).toContainEqual({
      path: 'zone_id',
      before: '"Z0EXAMPLE"',
      after: '(known after apply)'
    })
  })

  it('a same-answer delete-before-create replacement is a short gap (low)', () => {
    const same = r53('api.example.com', 'A', ['10.0.0.1'])
    const findings = run(
      planFrom({ resource_changes: [zone, record('r', ['delete', 'create'], same, same)] })
    )
    expect(findings).toMatchObject([{ severity: 'low' }])
    expect(findings[0]?.message).toContain('destroy, then create')
  })

  it('Cloudflare proxy turned on only is low; Google NS delegation change is high', () => {
    const findings = run(
      planFrom({
        resource_changes: [
          {
            type: 'cloudflare_dns_record',
            name: 'api',
            provider_name: 'registry.terraform.io/cloudflare/cloudflare',
            change: {
              actions: ['update'],
              before: {
                zone_id: 'z',
                name: 'api.example.io',
                type: 'A',
                content: '1.1.1.1',
                proxied: false
              },
              after: {
                zone_id: 'z',
                name: 'api.example.io',
                type: 'A',
                content: '1.1.1.1',
                proxied: true
              }
            }
          },
          {
            type: 'google_dns_record_set',
            name: 'sub',
            provider_name: 'registry.terraform.io/hashicorp/google',
            change: {
              actions: ['update'],
              before: {
                name: 'team.example.org.',
                type: 'NS',
                managed_zone: 'z',
                rrdatas: ['ns-a.']
              },
              after: {
                name: 'team.example.org.',
                type: 'NS',
                managed_zone: 'z',
                rrdatas: ['ns-b.']
              }
            }
          }
        ]
      })
    )
    expect(at(findings, 'cloudflare_dns_record.api')).toMatchObject([{ severity: 'low' }])
    expect(at(findings, 'google_dns_record_set.sub')).toMatchObject([{ severity: 'high' }])
  })

  it('data sources and other types are ignored', () => {
    const findings = run(
      planFrom({
        resource_changes: [
          record('d', ['read'], null, r53('example.com', 'A', ['1.1.1.1']), { mode: 'data' }),
          {
            type: 'aws_instance',
            name: 'web',
            change: { actions: ['delete'], before: { name: 'example.com', type: 'A' }, after: null }
          }
        ]
      })
    )
    expect(findings).toEqual([])
  })
})

describe('dns-change: names', () => {
  it('normaliseName lowercases, drops the trailing dot and decodes \\052', () => {
    expect(normaliseName('WWW.Example.COM.')).toBe('www.example.com')
    expect(normaliseName('\\052.example.com')).toBe('*.example.com')
  })

  it('looksLikeApex: registrable domains only', () => {
    expect(looksLikeApex('example.com')).toBe(true)
    expect(looksLikeApex('example.co.uk')).toBe(true)
    expect(looksLikeApex('www.example.com')).toBe(false)
    expect(looksLikeApex('a.b.example.co.uk')).toBe(false)
  })
})

describe.skipIf(!existsSync(corpusDir))('dns-change over the real corpus', () => {
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
        expect(f.rule).toBe('dns-change')
        expect(f.planFile).toBe(file)
        expect(f.message.length).toBeGreaterThan(20)
      }
    }
  })
})
