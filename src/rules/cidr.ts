/**
 * IPv4/IPv6 CIDR parsing and containment for the network rules. Written by hand because no
 * installed dependency parses CIDRs (node:net's BlockList can test an address, not parse a block).
 * Addresses are held as bigints so both families share one containment test.
 */

export interface Cidr {
  readonly version: 4 | 6
  /** Network address with host bits cleared. */
  readonly network: bigint
  readonly prefix: number
}

const BITS = { 4: 32, 6: 128 } as const

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let value = 0n
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined
    const octet = Number(part)
    if (octet > 255) return undefined
    value = (value << 8n) | BigInt(octet)
  }
  return value
}

function parseIpv6(text: string): bigint | undefined {
  let body = text.split('%')[0] ?? ''
  // An embedded IPv4 tail (`::ffff:1.2.3.4`) becomes two hex groups.
  const lastColon = body.lastIndexOf(':')
  const tail = body.slice(lastColon + 1)
  if (tail.includes('.')) {
    const v4 = parseIpv4(tail)
    if (v4 === undefined) return undefined
    body = `${body.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`
  }
  const halves = body.split('::')
  if (halves.length > 2) return undefined
  const groupsOf = (s: string): string[] => (s === '' ? [] : s.split(':'))
  const head = groupsOf(halves[0] ?? '')
  const rest = halves.length === 2 ? groupsOf(halves[1] ?? '') : []
  const missing = 8 - head.length - rest.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest]
  let value = 0n
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined
    value = (value << 16n) | BigInt(Number.parseInt(group, 16))
  }
  return value
}

/** Parses `10.0.0.0/16`, `2001:db8::/32` or a bare address (a /32 or /128); undefined otherwise. */
export function parseCidr(text: string): Cidr | undefined {
  const trimmed = text.trim()
  const slash = trimmed.indexOf('/')
  const addressText = slash === -1 ? trimmed : trimmed.slice(0, slash)
  const version = addressText.includes(':') ? 6 : 4
  const address = version === 4 ? parseIpv4(addressText) : parseIpv6(addressText)
  if (address === undefined) return undefined
  const bits: number = BITS[version]
  let prefix = bits
  if (slash !== -1) {
    const prefixText = trimmed.slice(slash + 1)
    if (!/^\d{1,3}$/.test(prefixText)) return undefined
    prefix = Number(prefixText)
    if (prefix > bits) return undefined
  }
  // Clear host bits: providers accept `10.0.0.1/16` and mean the /16.
  const hostBits = BigInt(bits - prefix)
  const network = (address >> hostBits) << hostBits
  return { version, network, prefix }
}

/** True when `outer` contains every address of `inner` (a block contains itself). */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (outer.version !== inner.version || outer.prefix > inner.prefix) return false
  const hostBits = BigInt(BITS[outer.version] - outer.prefix)
  return inner.network >> hostBits === outer.network >> hostBits
}

/** Strictly larger: contains and is not the same block. */
export function cidrStrictlyContains(outer: Cidr, inner: Cidr): boolean {
  return cidrContains(outer, inner) && outer.prefix < inner.prefix
}

/** Names the clouds use for "any source on the internet". */
const WORLD_NAMES = new Set(['*', 'any', 'internet', '0.0.0.0', '0.0.0.0/0', '::/0'])

/** Private, shared, loopback and link-local space: wide blocks here are not the internet. */
const NON_PUBLIC: readonly Cidr[] = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  'fc00::/7',
  'fe80::/10'
]
  .map(parseCidr)
  .filter((c): c is Cidr => c !== undefined)

/**
 * Widest public block still treated as "the internet": nobody opens a port to a public /8 on
 * purpose, and `0.0.0.0/1` + `128.0.0.0/1` is the classic way around a `0.0.0.0/0` check.
 */
const WIDE_PUBLIC_PREFIX = { 4: 8, 6: 8 } as const

/**
 * True when a source means "anyone on the internet": `0.0.0.0/0`, `::/0`, a bare `0.0.0.0`,
 * Azure's `*`/`Internet`/`Any`, any /0, or a public block of /8 or wider.
 */
export function isInternetSource(text: string): boolean {
  const normalised = text.trim().toLowerCase()
  if (WORLD_NAMES.has(normalised)) return true
  const cidr = parseCidr(normalised)
  if (cidr === undefined) return false
  if (cidr.prefix === 0) return true
  if (cidr.prefix > WIDE_PUBLIC_PREFIX[cidr.version]) return false
  return !NON_PUBLIC.some((block) => cidrContains(block, cidr))
}
