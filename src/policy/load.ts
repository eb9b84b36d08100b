/**
 * Policy: YAML text → validated document → merged over the built-in default → compiled Policy.
 * Pure: callers pass the text (the action reads it from the base branch, the CLI from disk).
 */
import { createHash } from 'node:crypto'
import { minimatch } from 'minimatch'
import { parseDocument } from 'yaml'
import type { z } from 'zod'
import defaultPolicyJson from './default-policy.generated.json' with { type: 'json' }
import { policySchema } from './schema.js'
import type { PolicyDocument, Settings } from './schema.js'
import type {
  Catalogue,
  EnvironmentSelector,
  EnvironmentSettings,
  ProtectionAttribute
} from './types.js'

export const UNKNOWN_ENVIRONMENT = 'production'

/** A policy the user must fix: the message names the file, the path and what is allowed. */
export class PolicyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PolicyError'
  }
}

export interface Policy {
  /** Where it came from, e.g. `.github/plangate.yml@base` or `built-in default`. */
  readonly source: string
  /** sha256 of the effective (merged) policy as canonical JSON: what an auditor reproduces. */
  readonly digest: string
  readonly document: PolicyDocument
  readonly catalogue: Catalogue
  /** Environment names in match order. */
  readonly environmentNames: readonly string[]
  /** Settings for one plan file; an environment nothing matches is production. */
  settingsFor(planFile: string, selector: EnvironmentSelector): EnvironmentSettings
}

/** Walks the schema to list the keys allowed at a path (for "unknown key" errors). */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let node: unknown = policySchema
  const unwrap = (n: unknown): unknown => {
    let cur = n as {
      def?: {
        type?: string
        innerType?: unknown
        valueType?: unknown
        element?: unknown
        in?: unknown
      }
    }
    for (let i = 0; i < 10 && cur?.def; i++) {
      const t = cur.def.type
      if (t === 'optional' || t === 'default' || t === 'nullable')
        cur = cur.def.innerType as typeof cur
      else if (t === 'pipe') cur = cur.def.in as typeof cur
      else break
    }
    return cur
  }
  for (const key of path) {
    const n = unwrap(node) as {
      def?: { type?: string; valueType?: unknown; element?: unknown }
      shape?: Record<string, unknown>
    }
    if (n?.def?.type === 'object' && n.shape) node = n.shape[String(key)]
    else if (n?.def?.type === 'record') node = n.def.valueType
    else if (n?.def?.type === 'array') node = n.def.element
    else return []
  }
  const n = unwrap(node) as { def?: { type?: string }; shape?: Record<string, unknown> }
  return n?.def?.type === 'object' && n.shape ? Object.keys(n.shape) : []
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[')
  const at = path === '' ? 'top level' : path
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(issue.path)
    return `${at}: unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`
  }
  if (issue.code === 'invalid_value') {
    return `${at}: ${JSON.stringify(issue.input)} is not allowed (allowed: ${issue.values.map((v) => String(v)).join(', ')})`
  }
  if (issue.code === 'invalid_key') {
    return `${at}: invalid key: ${issue.issues.map((i) => i.message).join('; ')}`
  }
  if (issue.code === 'invalid_union') {
    return `${at}: ${issue.message}`
  }
  return `${at}: ${issue.message}`
}

/** Parses and validates policy YAML; throws PolicyError naming `source`, the path and the fix. */
export function parsePolicyText(text: string, source: string): PolicyDocument {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const first = doc.errors[0]
    const line = first?.linePos?.[0]
    throw new PolicyError(
      `${source}${line ? `:${line.line}:${line.col}` : ''}: not valid YAML: ${first?.message.split('\n')[0] ?? 'parse error'}`
    )
  }
  const json: unknown = doc.toJS() ?? {}
  const result = policySchema.safeParse(json, { reportInput: true })
  if (!result.success) {
    const details = result.error.issues.slice(0, 5).map(describeIssue).join('; ')
    throw new PolicyError(`${source}: invalid policy: ${details}`)
  }
  return result.data
}

function uniq<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}

function mergeSettings(base: Settings | undefined, top: Settings | undefined): Settings {
  const b = base ?? {}
  const t = top ?? {}
  return {
    ...b,
    ...t,
    thresholds: { ...b.thresholds, ...t.thresholds },
    overrides: [...(b.overrides ?? []), ...(t.overrides ?? [])],
    allow: { ...b.allow, ...t.allow },
    reviewers: { ...b.reviewers, ...t.reviewers },
    llm: { ...b.llm, ...t.llm }
  }
}

/** Merges a repository policy over the built-in default (unless it says `extends: none`). */
export function mergePolicies(base: PolicyDocument, top: PolicyDocument): PolicyDocument {
  if (top.extends === 'none') return top
  const bc = base.catalogue ?? {}
  const tc = top.catalogue ?? {}
  const environments: NonNullable<PolicyDocument['environments']> = {}
  // The repository's environments match first, then the default ones it did not redefine.
  for (const [name, env] of Object.entries(top.environments ?? {})) {
    const baseEnv = base.environments?.[name]
    environments[name] = { ...mergeSettings(baseEnv, env), match: env.match ?? baseEnv?.match }
  }
  for (const [name, env] of Object.entries(base.environments ?? {})) {
    if (!(name in environments)) environments[name] = env
  }
  return {
    version: 1,
    catalogue: {
      stateful_types: uniq([...(bc.stateful_types ?? []), ...(tc.stateful_types ?? [])]),
      ephemeral_types: uniq([...(bc.ephemeral_types ?? []), ...(tc.ephemeral_types ?? [])]),
      sensitive_ports: { ...bc.sensitive_ports, ...tc.sensitive_ports },
      protection_attributes: [
        ...(bc.protection_attributes ?? []),
        ...(tc.protection_attributes ?? [])
      ],
      security_attributes: uniq([
        ...(bc.security_attributes ?? []),
        ...(tc.security_attributes ?? [])
      ]),
      disruptive_attributes: [
        ...(bc.disruptive_attributes ?? []),
        ...(tc.disruptive_attributes ?? [])
      ]
    },
    defaults: mergeSettings(base.defaults, top.defaults),
    environments
  }
}

/** A type → boolean matcher over globs, cached per type (plans repeat types a lot). */
function typeMatcher(globs: readonly string[]): (type: string) => boolean {
  const cache = new Map<string, boolean>()
  return (type) => {
    let hit = cache.get(type)
    if (hit === undefined) {
      hit = globs.some((g) => minimatch(type, g))
      cache.set(type, hit)
    }
    return hit
  }
}

export function compileCatalogue(doc: PolicyDocument): Catalogue {
  const c = doc.catalogue ?? {}
  const protectionAttributes: ProtectionAttribute[] = (c.protection_attributes ?? []).map((p) => ({
    attribute: p.attribute,
    type: p.type,
    unsafe: p.unsafe,
    label: p.label
  }))
  return {
    isStateful: typeMatcher(c.stateful_types ?? []),
    isEphemeral: typeMatcher(c.ephemeral_types ?? []),
    sensitivePorts: new Map(
      Object.entries(c.sensitive_ports ?? {}).map(([port, label]) => [Number(port), label])
    ),
    protectionAttributes,
    securityAttributes: new Set(c.security_attributes ?? []),
    disruptiveAttributes: (c.disruptive_attributes ?? []).map((d) => ({
      ...d,
      matchesType: typeMatcher([d.type])
    }))
  }
}

const HARD_DEFAULTS = {
  massDeleteThreshold: 10,
  llm: {
    enabled: true,
    provider: 'anthropic',
    model: 'claude-sonnet-5-5',
    effort: 'medium',
    timeout_seconds: 120,
    max_retries: 2,
    max_input_tokens: 60000,
    max_output_tokens: 16000,
    samples: 1,
    price_per_mtok: {}
  }
} as const

function resolveSettings(name: string, s: Settings): EnvironmentSettings {
  return {
    name,
    // Without an explicit yes, rules-only approval is off: the safe reading of a silent policy.
    rulesOnlyApproval: s.rules_only_approval ?? false,
    massDeleteThreshold: s.thresholds?.mass_delete ?? HARD_DEFAULTS.massDeleteThreshold,
    overrides: s.overrides ?? [],
    allowTagsOnly: s.allow?.tags_only ?? false,
    allowImageDigest: s.allow?.image_digest ?? false,
    allowCounts: s.allow?.counts ?? [],
    reviewers: s.reviewers ?? {},
    llm: { ...HARD_DEFAULTS.llm, ...s.llm }
  }
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

const matchAny = (value: string | undefined, globs: readonly string[] | undefined): boolean =>
  value !== undefined &&
  value !== '' &&
  (globs ?? []).some((g) => minimatch(value, g, { nocase: true, dot: true }))

export function compilePolicy(document: PolicyDocument, source: string): Policy {
  const catalogue = compileCatalogue(document)
  const envs = Object.entries(document.environments ?? {})
  const cache = new Map<string, EnvironmentSettings>()
  const settingsNamed = (name: string): EnvironmentSettings => {
    let s = cache.get(name)
    if (!s) {
      s = resolveSettings(name, mergeSettings(document.defaults, document.environments?.[name]))
      cache.set(name, s)
    }
    return s
  }
  return {
    source,
    digest: createHash('sha256').update(canonicalJson(document)).digest('hex'),
    document,
    catalogue,
    environmentNames: envs.map(([name]) => name),
    settingsFor(planFile, selector) {
      const wanted = selector.name?.trim()
      if (wanted) {
        const byName =
          envs.find(([name]) => name.toLowerCase() === wanted.toLowerCase()) ??
          envs.find(([, env]) => matchAny(wanted, env.match?.names))
        // An explicit name nothing matches is production: the safe reading of a typo.
        return settingsNamed(byName ? byName[0] : UNKNOWN_ENVIRONMENT)
      }
      const normalised = planFile.replace(/\\/g, '/')
      const found =
        envs.find(([, env]) => matchAny(selector.workspace, env.match?.workspaces)) ??
        envs.find(([, env]) => matchAny(normalised, env.match?.paths))
      return settingsNamed(found ? found[0] : UNKNOWN_ENVIRONMENT)
    }
  }
}

let defaultDocument: PolicyDocument | undefined
/**
 * The built-in policy. policies/default.yml is its source; `npm run build` writes it as JSON
 * (src/policy/default-policy.generated.json) because parsing 600 lines of YAML on every run
 * cost ~100 ms. A test checks the two agree.
 */
export function defaultPolicyDocument(): PolicyDocument {
  if (defaultDocument === undefined) {
    const result = policySchema.safeParse(defaultPolicyJson, { reportInput: true })
    if (!result.success) {
      const details = result.error.issues.slice(0, 5).map(describeIssue).join('; ')
      throw new PolicyError(`policies/default.yml: invalid policy: ${details}`)
    }
    defaultDocument = result.data
  }
  return defaultDocument
}

/** The built-in policy, or a repository policy (text) merged over it. */
export function loadPolicy(text?: string, source = 'built-in default'): Policy {
  const base = defaultPolicyDocument()
  // The default goes through the same merge, so `version: 1` alone has the default's digest.
  if (text === undefined) return compilePolicy(mergePolicies(base, { version: 1 }), source)
  return compilePolicy(mergePolicies(base, parsePolicyText(text, source)), source)
}
