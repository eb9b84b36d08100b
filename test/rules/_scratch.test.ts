import { readdirSync, readFileSync } from 'node:fs'
import { loadPlanFromBytes } from '../../src/plan/load.js'
import { loadPolicy } from '../../src/policy/index.js'
import { destructiveRule } from '../../src/rules/destructive.js'
import { massDeleteRule } from '../../src/rules/mass-delete.js'
import { missingMovedRule } from '../../src/rules/missing-moved.js'
import { driftRevertRule } from '../../src/rules/drift-revert.js'
import { planIncompleteRule } from '../../src/rules/plan-incomplete.js'
import { suspiciousTextRule } from '../../src/rules/suspicious-text.js'
const dir = '/work/shared/corpus/plans/'
const policy = loadPolicy()
import { test } from "vitest"
test("scratch", () => {
for (const f of readdirSync(dir).sort()) {
  let plan
  try { plan = loadPlanFromBytes(readFileSync(dir + f), f) } catch (e) { console.log('LOADFAIL', f, String(e).slice(0,100)); continue }
  const ctx = { plan, catalogue: policy.catalogue, settings: policy.settingsFor(f, {}) }
  for (const r of [destructiveRule, massDeleteRule, missingMovedRule, driftRevertRule, planIncompleteRule, suspiciousTextRule]) {
    for (const x of r.run(ctx)) console.log(f, x.rule, x.severity, x.address, '|', x.message, JSON.stringify(x.evidence))
  }
}
})
