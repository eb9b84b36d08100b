/**
 * zod schema for the parts of `terraform show -json` / `tofu show -json` that the review reads.
 * Objects are loose: unknown future fields are ignored, not fatal. Fields that real files omit
 * or spell differently across format versions 0.1–1.2 are optional.
 */
import { z } from 'zod'

const index = z.union([z.number(), z.string()]).optional()

export const changeSchema = z.looseObject({
  actions: z.array(z.string()).min(1),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  after_unknown: z.unknown().optional(),
  // Masks are `true`, `false`, or an object/array mirroring the value.
  before_sensitive: z.unknown().optional(),
  after_sensitive: z.unknown().optional(),
  replace_paths: z.array(z.array(z.union([z.string(), z.number()]))).optional(),
  importing: z.looseObject({ id: z.string().optional() }).nullable().optional()
})

export const resourceChangeSchema = z.looseObject({
  address: z.string().optional(),
  previous_address: z.string().optional(),
  module_address: z.string().optional(),
  mode: z.string().optional(),
  type: z.string(),
  name: z.string(),
  index,
  provider_name: z.string().optional(),
  deposed: z.string().optional(),
  change: changeSchema,
  action_reason: z.string().optional()
})

export const outputChangeSchema = changeSchema.extend({ actions: z.array(z.string()) })

export const planDocumentSchema = z.looseObject({
  format_version: z.string({
    error: 'missing "format_version" (is this `terraform show -json` output?)'
  }),
  terraform_version: z.string().optional(),
  applyable: z.boolean().optional(),
  complete: z.boolean().optional(),
  errored: z.boolean().optional(),
  timestamp: z.string().optional(),
  resource_changes: z.array(resourceChangeSchema).nullable().optional(),
  resource_drift: z.array(resourceChangeSchema).nullable().optional(),
  output_changes: z.record(z.string(), outputChangeSchema).nullable().optional(),
  deferred_changes: z.array(z.unknown()).nullable().optional(),
  // Presence checks only: these are never loaded into the model.
  planned_values: z.unknown().optional(),
  prior_state: z.unknown().optional(),
  configuration: z.unknown().optional()
})

export type PlanDocument = z.infer<typeof planDocumentSchema>
export type RawResourceChange = z.infer<typeof resourceChangeSchema>
export type RawOutputChange = z.infer<typeof outputChangeSchema>
