import { z } from 'zod'
import { policySchema } from './schema.js'

/** JSON Schema for editors (policies/schema.json), generated from the zod schema. */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }),
    title: 'plangate policy',
    description: 'plangate policy file (.github/plangate.yml). See policies/default.yml.'
  }
}
