// Writes policies/schema.json from the zod policy schema (run by `npm run build`).
import { writeFileSync } from 'node:fs'
import { policyJsonSchema } from '../src/policy/json-schema.js'

writeFileSync(
  new URL('../policies/schema.json', import.meta.url),
  JSON.stringify(policyJsonSchema(), null, 2) + '\n'
)
