import type { CountBound, LlmSettings, Override, Reviewers } from './schema.js'

export type { CountBound, LlmSettings, Override, Reviewers }

/** The catalogue compiled for fast lookups (globs matched once per type, then cached). */
export interface Catalogue {
  isStateful(type: string): boolean
  isEphemeral(type: string): boolean
  /** Port → label, e.g. 22 → "SSH". */
  readonly sensitivePorts: ReadonlyMap<number, string>
  readonly protectionAttributes: readonly ProtectionAttribute[]
  readonly securityAttributes: ReadonlySet<string>
  readonly disruptiveAttributes: readonly DisruptiveAttribute[]
}

export interface DisruptiveAttribute {
  /** Type glob. */
  readonly type: string
  readonly attribute: string
  readonly when: 'any' | 'decrease' | 'to_zero' | 'false' | 'true' | 'major'
  readonly severity: 'info' | 'low' | 'medium' | 'high' | 'critical'
  readonly label: string
  /** Compiled glob match on the type. */
  readonly matchesType: (type: string) => boolean
}

export interface ProtectionAttribute {
  readonly attribute: string
  /** Type glob; undefined means any type. */
  readonly type: string | undefined
  readonly unsafe: 'false' | 'true' | 'decrease' | 'removed'
  readonly label: string
}

/** Fully-defaulted settings for one environment. */
export interface EnvironmentSettings {
  readonly name: string
  readonly rulesOnlyApproval: boolean
  readonly massDeleteThreshold: number
  readonly overrides: readonly Override[]
  readonly allowTagsOnly: boolean
  readonly allowImageDigest: boolean
  readonly allowCounts: readonly CountBound[]
  readonly reviewers: Readonly<Record<string, Reviewers>>
  readonly llm: LlmSettings
}

/** Where an environment name came from, for the report. */
export interface EnvironmentSelector {
  /** Explicit name (CLI --environment / action input). */
  readonly name?: string | undefined
  readonly workspace?: string | undefined
}
