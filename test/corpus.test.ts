import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusDir } from './helpers/plan.js'
import { reviewJson } from './helpers/cli.js'

const present = existsSync(corpusDir)
const files = present
  ? readdirSync(corpusDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : []

describe.skipIf(!present)(
  'every real plan in ../shared/corpus/plans is reviewed by the CLI',
  () => {
    it('finds the corpus', () => {
      expect(files.length).toBeGreaterThan(150)
    })

    it.each(files)('%s → exit 0, one valid record', async (file) => {
      const { code, record, stderr } = await reviewJson([join(corpusDir, file), '--no-llm'])
      expect(stderr).toBe('')
      expect(code).toBe(0)
      expect(['approve', 'review']).toContain(record.decision)
      expect(['none', 'info', 'low', 'medium', 'high', 'critical']).toContain(record.risk)
      expect(Object.keys(record.summary as object).sort()).toEqual([
        'create',
        'delete',
        'drift',
        'forget',
        'import',
        'move',
        'read',
        'replace',
        'update'
      ])
      for (const f of record.findings as {
        rule: string
        severity: string
        address: string
        message: string
      }[]) {
        expect(typeof f.rule).toBe('string')
        expect(f.message.length).toBeGreaterThan(0)
      }
      expect(Array.isArray(record.reasons) && (record.reasons as unknown[]).length > 0).toBe(true)
    })

    it('reviews the largest corpus plan quickly', async () => {
      const largest = [...files].sort(
        (a, b) => statSync(join(corpusDir, b)).size - statSync(join(corpusDir, a)).size
      )[0]!
      const started = performance.now()
      const { code } = await reviewJson([join(corpusDir, largest), '--no-llm'])
      const ms = performance.now() - started
      console.log(
        `largest corpus plan ${largest} (${statSync(join(corpusDir, largest)).size} bytes) reviewed in ${ms.toFixed(1)} ms`
      )
      expect(code).toBe(0)
      expect(ms).toBeLessThan(5_000)
    })
  }
)

if (!present) {
  describe('corpus', () => {
    it.skip(`skipped: ${corpusDir} is absent (it lives in ../shared beside the checkout)`, () => {})
  })
}
