// Writes the generated policy files (run by `npm run build`):
// - policies/schema.json, the JSON Schema editors use, from the zod policy schema;
// - src/policy/default-policy.generated.json, policies/default.yml as JSON (loaded at run time).
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'
import { policyJsonSchema } from '../src/policy/json-schema.js'

const root = new URL('../', import.meta.url)
writeFileSync(
  new URL('policies/schema.json', root),
  JSON.stringify(policyJsonSchema(), null, 2) + '\n'
)
const defaultPolicy: unknown = parse(readFileSync(new URL('policies/default.yml', root), 'utf8'))
writeFileSync(
  new URL('src/policy/default-policy.generated.json', root),
  JSON.stringify(defaultPolicy, null, 2) + '\n'
)
