/**
 * Builds plan models for tests through the real loader (zod validation, redaction, sorting),
 * from raw `terraform show -json` shaped objects.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildPlanFileModel, validatePlanDocument, loadPlanFromBytes } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'

export interface RawChange {
  address?: string
  type: string
  name: string
  mode?: 'managed' | 'data'
  index?: number | string
  module_address?: string
  previous_address?: string
  provider_name?: string
  action_reason?: string
  deposed?: string
  change: {
    actions: string[]
    before?: unknown
    after?: unknown
    after_unknown?: unknown
    before_sensitive?: unknown
    after_sensitive?: unknown
    replace_paths?: (string | number)[][]
    importing?: { id?: string }
  }
}

export interface RawPlan {
  format_version?: string
  terraform_version?: string
  resource_changes?: RawChange[]
  resource_drift?: RawChange[]
  output_changes?: Record<string, unknown>
  [key: string]: unknown
}

/** A plan model from a raw plan object; addresses default to `type.name`. */
export function planFrom(raw: RawPlan, file = 'plan.json'): PlanFileModel {
  const withAddresses = {
    format_version: '1.2',
    terraform_version: '1.9.5',
    ...raw,
    resource_changes: raw.resource_changes?.map((c) => ({
      address: `${c.module_address ? `${c.module_address}.` : ''}${c.mode === 'data' ? 'data.' : ''}${c.type}.${c.name}${c.index === undefined ? '' : typeof c.index === 'number' ? `[${c.index}]` : `["${c.index}"]`}`,
      mode: 'managed',
      provider_name: 'registry.terraform.io/hashicorp/aws',
      ...c
    })),
    resource_drift: raw.resource_drift?.map((c) => ({
      address: `${c.type}.${c.name}`,
      mode: 'managed',
      ...c
    }))
  }
  if (!withAddresses.resource_changes) withAddresses.resource_changes = []
  const doc = validatePlanDocument(withAddresses, file)
  return buildPlanFileModel(doc, file, { sha256: '0'.repeat(64), sizeBytes: 0 })
}

/** Shorthand for a plan with one change. */
export function planWithChange(change: RawChange, file = 'plan.json'): PlanFileModel {
  return planFrom({ resource_changes: [change] }, file)
}

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** Loads a JSON plan fixture from test/fixtures/ through the real loader. */
export function fixturePlan(relativePath: string): PlanFileModel {
  return loadPlanFromBytes(readFileSync(fixturesDir + relativePath), relativePath)
}

export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/plans/', import.meta.url))
