/**
 * The `plan` input on a runner: globs expanded in the workspace, binary plan files converted by a
 * `terraform` found on PATH (here a stand-in script that behaves like `terraform show -json`).
 */
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolvePlanFiles } from '../../src/github/plan-files.js'

async function workspace(files: Readonly<Record<string, string | Buffer>>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'plangate-ws-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), content)
  }
  return root
}

/** A zip local-file header: what `terraform plan -out` writes. */
const BINARY_PLAN = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])

describe('resolvePlanFiles', () => {
  it('expands globs (sorted, de-duplicated) and passes plain paths through, even missing ones', async () => {
    const cwd = await workspace({
      'envs/prod/plan.json': '{}',
      'envs/dev/plan.json': '{}',
      'envs/dev/.terraform/modules/x/plan.json': '{}',
      'README.md': ''
    })
    const { files, notes } = await resolvePlanFiles(
      ['envs/**/plan.json', 'envs/prod/plan.json', 'missing.json', 'nothing/*.json'],
      {
        cwd,
        tempDir: cwd,
        pathEnv: ''
      }
    )
    expect(files).toEqual(['envs/dev/plan.json', 'envs/prod/plan.json', 'missing.json'])
    expect(notes).toEqual(['The plan pattern "nothing/*.json" matched no file.'])
  })

  it('converts a binary plan with `terraform show -json`, run in the plan’s directory, keeping its path', async () => {
    const cwd = await workspace({ 'envs/prod/tfplan': BINARY_PLAN })
    const bin = await mkdtemp(path.join(tmpdir(), 'plangate-bin-'))
    await writeFile(
      path.join(bin, 'terraform'),
      `#!/bin/sh\n[ "$1 $2" = "show -json" ] || exit 3\nprintf '{"format_version":"1.2","cwd":"%s","file":"%s"}' "$(pwd)" "$3"\n`
    )
    await chmod(path.join(bin, 'terraform'), 0o755)
    const temp = await mkdtemp(path.join(tmpdir(), 'plangate-tmp-'))
    const { files, notes } = await resolvePlanFiles(['envs/prod/tfplan'], {
      cwd,
      tempDir: temp,
      pathEnv: bin
    })
    expect(files).toEqual([path.join(temp, 'plangate-plans', 'envs/prod/tfplan.json')])
    expect(JSON.parse(await readFile(files[0] ?? '', 'utf8'))).toEqual({
      format_version: '1.2',
      cwd: path.join(cwd, 'envs/prod'),
      file: 'tfplan'
    })
    expect(notes[0]).toMatch(/Converted the binary plan envs\/prod\/tfplan/)
  })

  it('without terraform or tofu on PATH a binary plan is passed on (to be flagged) with a how-to', async () => {
    const cwd = await workspace({ tfplan: BINARY_PLAN })
    const { files, notes } = await resolvePlanFiles(['tfplan'], { cwd, tempDir: cwd, pathEnv: '' })
    expect(files).toEqual(['tfplan'])
    expect(notes[0]).toMatch(
      /neither terraform nor tofu is on PATH: run `terraform show -json tfplan > tfplan.json`/
    )
  })

  it('a failing `show` is reported and the plan reviewed as unusable', async () => {
    const cwd = await workspace({ tfplan: BINARY_PLAN })
    const bin = await mkdtemp(path.join(tmpdir(), 'plangate-bin-'))
    await writeFile(
      path.join(bin, 'tofu'),
      '#!/bin/sh\necho "Error: Failed to load plugin schemas" >&2\nexit 1\n'
    )
    await chmod(path.join(bin, 'tofu'), 0o755)
    const { files, notes } = await resolvePlanFiles(['tfplan'], { cwd, tempDir: cwd, pathEnv: bin })
    expect(files).toEqual(['tfplan'])
    expect(notes[0]).toMatch(
      /`tofu show -json tfplan` failed \(exit 1: Error: Failed to load plugin schemas\)/
    )
  })
})
