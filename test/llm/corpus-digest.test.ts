/**
 * The digest over the real plans in ../shared/corpus/plans: it builds for every plan, fits the
 * default budget, and is a small fraction of the plan. Skips when the corpus is not there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildPrompt } from '../../src/llm/prompt.js'
import { loadPlanFromBytes } from '../../src/plan/load.js'
import type { PlanFileModel } from '../../src/plan/types.js'
import { corpusDir } from '../helpers/plan.js'
import { GOLDEN_NONCE, llmSettings } from './fixtures.js'

const present = existsSync(corpusDir)
if (!present) console.log(`[corpus] ${corpusDir} not found: corpus digest tests skipped`)

function load(file: string): PlanFileModel | undefined {
  try {
    return loadPlanFromBytes(readFileSync(corpusDir + file), file)
  } catch {
    return undefined // unusable input is the loader's concern, tested elsewhere
  }
}

const digestOf = (plan: PlanFileModel) =>
  buildPrompt(
    { plans: [plan], findings: [], environments: {}, pr: undefined, settings: llmSettings() },
    GOLDEN_NONCE
  )

describe.skipIf(!present)('digest over the corpus', () => {
  it('builds for every plan, within the default budget', () => {
    const files = readdirSync(corpusDir).filter((f) => f.endsWith('.json'))
    let built = 0
    for (const file of files) {
      const plan = load(file)
      if (plan === undefined) continue
      const p = digestOf(plan)
      expect(p.withinBudget, file).toBe(true)
      built++
    }
    expect(built).toBeGreaterThan(100)
  })

  it('is a small fraction of the two largest plans', () => {
    for (const file of [
      'infracost-terraform-v0.14-plan.json',
      'infracost-terraform-v0.12-plan.json'
    ]) {
      const bytes = readFileSync(corpusDir + file)
      const plan = load(file)
      expect(plan, file).toBeDefined()
      if (plan === undefined) continue
      const started = performance.now()
      const p = digestOf(plan)
      const ms = performance.now() - started
      expect(p.stats.bytes).toBeLessThan(bytes.byteLength / 2)
      console.log(
        `[digest] ${file}: plan ${bytes.byteLength} bytes, ${plan.changes.length} changes → digest ${p.stats.bytes} bytes (${((100 * p.stats.bytes) / bytes.byteLength).toFixed(1)} %), ~${p.stats.estimatedTokens} tokens, level ${p.level}, shown ${p.stats.resourcesShown}, summarised ${p.stats.resourcesSummarised}, ${ms.toFixed(0)} ms`
      )
    }
  })
})
