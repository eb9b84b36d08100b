import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFromBytes, PlanLoadError } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { loadPolicy } from '../../src/policy/index.js'
import {
  cidrContains,
  cidrStrictlyContains,
  isInternetSource,
  parseCidr
} from '../../src/rules/cidr.js'
import { networkExposureRule } from '../../src/rules/network-exposure.js'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/rules/types.js'
import { corpusDir, fixturePlan, planWithChange } from '../helpers/plan.js'
import type { RawChange } from '../helpers/plan.js'

const policy = loadPolicy()
const run = (plan: PlanFileModel): Finding[] =>
  networkExposureRule.run({
    plan,
    catalogue: policy.catalogue,
    settings: policy.settingsFor(plan.meta.file, {})
  })
const runOne = (change: RawChange): Finding[] => run(planWithChange(change))
const summary = (findings: readonly Finding[]): [string, string][] =>
  findings.map((f) => [f.address, f.severity])

const cidr = (text: string) => {
  const parsed = parseCidr(text)
  if (parsed === undefined) throw new Error(`bad test CIDR ${text}`)
  return parsed
}

const sgRule = (from: number, to: number, protocol: string, cidrs: string[]): object => ({
  cidr_blocks: cidrs,
  ipv6_cidr_blocks: [],
  from_port: from,
  to_port: to,
  protocol,
  self: false,
  security_groups: []
})
const sgUpdate = (before: object[], after: object[]): RawChange => ({
  type: 'aws_security_group',
  name: 'x',
  change: {
    actions: ['update'],
    before: { id: 'sg-1', ingress: before },
    after: { id: 'sg-1', ingress: after }
  }
})
const create = (type: string, after: object): RawChange => ({
  type,
  name: 'x',
  change: { actions: ['create'], before: null, after, after_unknown: { id: true } }
})

describe('cidr', () => {
  it('parses IPv4, IPv6 and bare addresses and clears host bits', () => {
    expect(cidr('10.1.2.3/16')).toEqual({ version: 4, network: BigInt(0x0a010000), prefix: 16 })
    expect(cidr('203.0.113.7').prefix).toBe(32)
    expect(cidr('2001:db8::/32').version).toBe(6)
    expect(cidr('::/0').prefix).toBe(0)
    expect(cidrContains(cidr('::ffff:0:0/96'), cidr('::ffff:1.2.3.4'))).toBe(true)
    for (const bad of ['10.0.0.256/8', '10.0.0.0/33', 'abc', '1::2::3', '10.0.0/8', ''])
      expect(parseCidr(bad)).toBeUndefined()
  })

  it('tests containment within one family only', () => {
    expect(cidrContains(cidr('10.0.0.0/16'), cidr('10.0.1.0/24'))).toBe(true)
    expect(cidrContains(cidr('10.0.1.0/24'), cidr('10.0.0.0/16'))).toBe(false)
    expect(cidrStrictlyContains(cidr('10.0.0.0/16'), cidr('10.0.0.0/16'))).toBe(false)
    expect(cidrContains(cidr('0.0.0.0/0'), cidr('::/0'))).toBe(false)
    expect(cidrContains(cidr('2001:db8::/32'), cidr('2001:db8:1::/48'))).toBe(true)
  })

  it('knows what "the internet" is', () => {
    for (const world of [
      '0.0.0.0/0',
      '::/0',
      '*',
      'Internet',
      'Any',
      '0.0.0.0',
      '0.0.0.0/1',
      '128.0.0.0/1',
      '8.0.0.0/7'
    ]) {
      expect(isInternetSource(world), world).toBe(true)
    }
    for (const local of [
      '10.0.0.0/8',
      '172.16.0.0/12',
      '203.0.113.0/24',
      'VirtualNetwork',
      'AzureLoadBalancer',
      'sg-123'
    ]) {
      expect(isInternetSource(local), local).toBe(false)
    }
  })
})

describe('network-exposure: fixtures', () => {
  it('flags new internet openings and widened ranges', () => {
    const findings = run(fixturePlan('rules/network-exposure/opened.json'))
    expect(summary(findings)).toEqual([
      ['aws_network_acl_rule.public_in', 'medium'],
      ['aws_security_group.bastion', 'critical'],
      ['aws_security_group_rule.postgres', 'medium'],
      ['aws_security_group_rule.web', 'medium'],
      ['aws_vpc_security_group_ingress_rule.all_v6', 'critical'],
      ['azurerm_network_security_rule.rdp', 'critical'],
      ['google_compute_firewall.app', 'high']
    ])
    const by = (address: string): Finding => findings.find((f) => f.address === address)!
    expect(by('aws_security_group.bastion').message).toContain(
      'Opens tcp 22 (SSH) to the internet (0.0.0.0/0)'
    )
    expect(by('aws_security_group.bastion').evidence).toEqual([
      { path: 'ingress[1].cidr_blocks[0]', before: '(absent)', after: '"0.0.0.0/0"' }
    ])
    expect(by('aws_security_group_rule.web').message).toContain(
      'tcp 443 to the internet (0.0.0.0/0, ::/0)'
    )
    expect(by('aws_vpc_security_group_ingress_rule.all_v6').message).toContain(
      'all protocols and ports'
    )
    expect(by('azurerm_network_security_rule.rdp').message).toContain('3389 (RDP)')
    expect(by('google_compute_firewall.app').message).toContain('tcp 8080')
    expect(by('aws_security_group_rule.postgres').message).toContain(
      'from 10.1.2.0/24 to 10.1.0.0/16'
    )
    expect(by('aws_network_acl_rule.public_in').message).toContain('network ACL')
    for (const f of findings) expect(f.rule).toBe('network-exposure')
  })

  it('says nothing for narrowing, reordering, swapped hosts, egress, denies, tags and moved rules', () => {
    expect(run(fixturePlan('rules/network-exposure/lookalikes.json'))).toEqual([])
  })
})

describe('network-exposure: network ACLs', () => {
  const allowAll = {
    action: 'allow',
    cidr_block: '0.0.0.0/0',
    from_port: 0,
    icmp_code: 0,
    icmp_type: 0,
    ipv6_cidr_block: '',
    protocol: '-1',
    rule_no: 100,
    to_port: 0
  }

  it('a new ACL that allows all traffic (the VPC default, as the VPC modules create it) is low', () => {
    const f = runOne(
      create('aws_default_network_acl', {
        default_network_acl_id: 'acl-1',
        ingress: [allowAll],
        egress: [allowAll]
      })
    )
    expect(summary(f)).toEqual([['aws_default_network_acl.x', 'low']])
    expect(f[0]!.message).toContain("the VPC default ACL's allow-all rule")
    // A rule of an ACL created in the same plan (its id is unknown) reads the same way.
    const rule = runOne({
      type: 'aws_network_acl_rule',
      name: 'x',
      change: {
        actions: ['create'],
        before: null,
        after: {
          egress: false,
          protocol: '-1',
          rule_action: 'allow',
          cidr_block: '0.0.0.0/0',
          from_port: 0,
          to_port: 0,
          rule_number: 100
        },
        after_unknown: { id: true, network_acl_id: true }
      }
    })
    expect(summary(rule)).toEqual([['aws_network_acl_rule.x', 'low']])
  })

  it('a specific port in a new ACL, or allow-all added to an existing ACL, stays medium', () => {
    const ssh = { ...allowAll, protocol: 'tcp', from_port: 22, to_port: 22 }
    expect(
      summary(runOne(create('aws_network_acl', { vpc_id: 'vpc-1', ingress: [ssh], egress: [] })))
    ).toEqual([['aws_network_acl.x', 'medium']])
    expect(
      summary(
        runOne({
          type: 'aws_network_acl',
          name: 'x',
          change: {
            actions: ['update'],
            before: { id: 'acl-1', ingress: [ssh] },
            after: { id: 'acl-1', ingress: [ssh, allowAll] }
          }
        })
      )
    ).toEqual([['aws_network_acl.x', 'medium']])
  })
})

describe('network-exposure: severities', () => {
  it('ICMP from the internet is low; a range with a sensitive port is critical and names it', () => {
    expect(summary(runOne(sgUpdate([], [sgRule(-1, -1, 'icmp', ['0.0.0.0/0'])])))).toEqual([
      ['aws_security_group.x', 'low']
    ])
    const range = runOne(sgUpdate([], [sgRule(8000, 9000, 'tcp', ['0.0.0.0/0'])]))
    expect(summary(range)).toEqual([['aws_security_group.x', 'critical']])
    expect(range[0]!.message).toContain('8020 (HDFS)')
  })

  it('widening the ports or protocol of an internet rule fires; narrowing it to a private range does not', () => {
    const web = sgRule(443, 443, 'tcp', ['0.0.0.0/0'])
    expect(summary(runOne(sgUpdate([web], [sgRule(443, 443, '-1', ['0.0.0.0/0'])])))).toEqual([
      ['aws_security_group.x', 'critical']
    ])
    expect(summary(runOne(sgUpdate([web], [sgRule(0, 65535, 'tcp', ['0.0.0.0/0'])])))).toEqual([
      ['aws_security_group.x', 'critical']
    ])
    expect(summary(runOne(sgUpdate([web], [web, sgRule(80, 80, 'tcp', ['0.0.0.0/0'])])))).toEqual([
      ['aws_security_group.x', 'medium']
    ])
    expect(runOne(sgUpdate([web], [sgRule(443, 443, 'tcp', ['10.0.0.0/8'])]))).toEqual([])
    expect(
      runOne(sgUpdate([sgRule(0, 0, '-1', ['0.0.0.0/0'])], [sgRule(22, 22, 'tcp', ['0.0.0.0/0'])]))
    ).toEqual([])
  })

  it('a new private range on a port is not an exposure', () => {
    expect(runOne(sgUpdate([], [sgRule(22, 22, 'tcp', ['10.20.0.0/16'])]))).toEqual([])
  })

  it('GCP: no source at all means 0.0.0.0/0; a disabled rule opens nothing', () => {
    const noSource = runOne(
      create('google_compute_firewall', {
        direction: 'INGRESS',
        source_ranges: null,
        source_tags: null,
        allow: [{ protocol: 'tcp', ports: [] }]
      })
    )
    expect(summary(noSource)).toEqual([['google_compute_firewall.x', 'critical']])
    expect(noSource[0]!.message).toContain('GCP default')
    expect(
      runOne(
        create('google_compute_firewall', {
          direction: 'INGRESS',
          disabled: true,
          source_ranges: ['0.0.0.0/0'],
          allow: [{ protocol: 'all' }]
        })
      )
    ).toEqual([])
  })

  it('Azure: inline security_rule blocks of a network security group are read', () => {
    const rule = {
      name: 'ssh',
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      source_address_prefix: '',
      source_address_prefixes: ['0.0.0.0/0'],
      destination_port_range: '',
      destination_port_ranges: ['22', '443']
    }
    const f = runOne(
      create('azurerm_network_security_group', { name: 'nsg', security_rule: [rule] })
    )
    expect(f.map((x) => x.severity)).toEqual(['critical', 'medium'])
    expect(f[0]!.evidence[0]!.path).toBe('security_rule[0].source_address_prefixes[0]')
  })
})

const corpusPresent = existsSync(corpusDir)
describe.skipIf(!corpusPresent)('network-exposure over every corpus plan', () => {
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
        expect(f.rule).toBe('network-exposure')
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
