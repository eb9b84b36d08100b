/**
 * action.yml, the workflows and the README's workflow example, checked by a real validator from
 * npm (@action-validator/core: GitHub's action and workflow schemas, compiled to WebAssembly),
 * and the README's inputs/outputs tables checked against action.yml.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validateAction, validateWorkflow } from '@action-validator/core'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const read = (file: string): string => readFileSync(`${ROOT}${file}`, 'utf8')

interface ActionMetadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

describe('action.yml', () => {
  const text = read('action.yml')
  const action = parse(text) as ActionMetadata

  it('is valid action metadata', () => {
    // @action-validator/core 0.6.0 (the latest) predates node24 in runs.using: validate the rest
    // of the file with node20 in its place, and check `using` itself below.
    const result = validateAction(text.replace(/^(\s+using:\s*)node24\s*$/m, '$1node20'))
    expect(result.errors).toEqual([])
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs src/inputs.ts reads and the outputs src/main.ts sets', () => {
    expect(Object.keys(action.inputs)).toEqual([
      'plan',
      'policy',
      'github-token',
      'anthropic-api-key',
      'model',
      'mode',
      'environment'
    ])
    expect(Object.keys(action.outputs)).toEqual(['decision', 'risk', 'report'])
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}')
    expect(action.inputs.mode?.default).toBe('approve')
    for (const [name, input] of Object.entries(action.inputs))
      expect(input.description.length, name).toBeGreaterThan(20)
  })

  it('the README tables are what scripts/update-readme.mjs renders from it', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/update-readme.mjs', '--check'], {
        cwd: ROOT,
        stdio: 'pipe'
      })
    ).not.toThrow()
  })
})

describe('workflows', () => {
  const files = readdirSync(`${ROOT}.github/workflows`).filter((f) => /\.ya?ml$/.test(f))

  it.each(files)('.github/workflows/%s is a valid workflow', (file) => {
    expect(validateWorkflow(read(`.github/workflows/${file}`)).errors).toEqual([])
  })

  it('the workflow in the README is valid', () => {
    const readme = read('README.md')
    const section = readme.slice(
      readme.indexOf('<!-- workflow-start -->'),
      readme.indexOf('<!-- workflow-end -->')
    )
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1]
    expect(example).toBeDefined()
    expect(validateWorkflow(example ?? '').errors).toEqual([])
    expect(example).toContain('pull_request_review')
  })
})
