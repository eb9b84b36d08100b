/**
 * The normalised plan model. It holds only what the review needs: resource changes, drift,
 * output changes and metadata. `prior_state`, `planned_values`, `configuration` and `variables`
 * are never loaded into it, so nothing downstream can leak them (DESIGN.md invariant 6).
 *
 * Values in `before`/`after` have provider-marked sensitive paths already replaced by
 * SENSITIVE_MASK at load time; rules never see a sensitive value.
 */

/** Raw Terraform change actions as they appear in `change.actions`. */
export type TerraformAction = 'no-op' | 'create' | 'read' | 'update' | 'delete' | 'forget'

/** Replaces sensitive values everywhere they would otherwise appear. */
export const SENSITIVE_MASK = '(sensitive value)'
/** Marks a value that is known only after apply. */
export const UNKNOWN_VALUE = '(known after apply)'

export type AttributePath = readonly (string | number)[]

export interface ResourceChange {
  /** Absolute address, e.g. `module.db.aws_db_instance.main["a"]`. */
  readonly address: string
  /** Set when the resource was moved (a `moved` block or a state mv) from another address. */
  readonly previousAddress: string | undefined
  /** Module address, `''` for the root module. */
  readonly moduleAddress: string
  readonly mode: 'managed' | 'data'
  readonly type: string
  readonly name: string
  readonly index: string | number | undefined
  readonly providerName: string
  /** Set for a deposed object (a leftover of an earlier create-before-destroy). */
  readonly deposed: string | undefined
  readonly actions: readonly TerraformAction[]
  /** Sensitive-masked value before the change (null for create). */
  readonly before: unknown
  /** Sensitive-masked value after the change (null for delete). */
  readonly after: unknown
  /** Mirror structure of `after` with `true` where the value is unknown until apply. */
  readonly afterUnknown: unknown
  readonly replacePaths: readonly AttributePath[]
  /** Terraform's reason, e.g. `replace_because_tainted`, `delete_because_no_resource_config`. */
  readonly actionReason: string | undefined
  /** Present when the change imports an existing object. */
  readonly importing: { readonly id?: string | undefined } | undefined
  /** Index of the plan file (in `PlanFileModel.meta.file`) this change came from. */
  readonly planFile: string
}

export interface DriftEntry {
  /** May be absent in older plans; reconstructed from module/type/name/index when possible. */
  readonly address: string
  readonly moduleAddress: string
  readonly mode: 'managed' | 'data'
  readonly type: string
  readonly name: string
  readonly index: string | number | undefined
  readonly actions: readonly TerraformAction[]
  readonly before: unknown
  readonly after: unknown
  readonly planFile: string
}

export interface OutputChange {
  readonly name: string
  readonly actions: readonly TerraformAction[]
  readonly before: unknown
  readonly after: unknown
  readonly afterUnknown: unknown
  readonly sensitive: boolean
  readonly planFile: string
}

export interface PlanMeta {
  /** Path of the plan file as given (used for environment matching and reporting). */
  readonly file: string
  /** sha256 of the file bytes, hex. */
  readonly sha256: string
  readonly sizeBytes: number
  readonly formatVersion: string
  readonly terraformVersion: string | undefined
  /** `applyable` as written; undefined in format versions before it existed. */
  readonly applyable: boolean | undefined
  /** `complete` as written; false means more changes will follow after apply (deferred). */
  readonly complete: boolean | undefined
  /** `errored` as written: the plan operation failed part-way. */
  readonly errored: boolean | undefined
  readonly timestamp: string | undefined
  /** True when `format_version` has a major version this build does not know (reviewed, flagged). */
  readonly unknownMajorFormat: boolean
  /** Number of deferred changes (`deferred_changes`), which are not applied by this plan. */
  readonly deferredChanges: number
}

/** One plan file, normalised. Changes are sorted by address (then deposed key). */
export interface PlanFileModel {
  readonly meta: PlanMeta
  readonly changes: readonly ResourceChange[]
  readonly drift: readonly DriftEntry[]
  readonly outputs: readonly OutputChange[]
}
