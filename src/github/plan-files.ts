/**
 * The `plan` input on the runner: paths and globs expanded in the workspace, and binary plan
 * files (`terraform plan -out`) turned into JSON with `terraform show -json` or `tofu show -json`
 * when one of them is on PATH. Anything that cannot be used is still passed on: the review turns
 * it into a critical plan-incomplete finding instead of silently reviewing less (invariant 3).
 */
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { access, mkdir, open, readdir, stat } from 'node:fs/promises'
import { constants } from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'

export interface PlanFilesOptions {
  /** The workspace: relative patterns are resolved here. */
  readonly cwd: string
  /** Where converted JSON plans are written (`$RUNNER_TEMP`). */
  readonly tempDir: string
  readonly pathEnv: string | undefined
}

export interface PlanFiles {
  readonly files: string[]
  /** What went differently than asked (no match, conversion failed), for the log. */
  readonly notes: string[]
}

/** Directories a plan is never in, skipped so a `**` glob stays fast. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.terraform'])
/** A plan file from `terraform plan -out` is a zip archive. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
/** Glob syntax minimatch understands (wildcards, classes, braces, extglobs). */
const MAGIC = /[*?[\]{}]|[!+@]\(/

async function walk(root: string, cwd: string, out: string[]): Promise<void> {
  let entries
  try {
    entries = await readdir(root, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    const full = path.join(root, entry.name)
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(full, cwd, out)
    } else if (entry.isFile()) {
      out.push(path.relative(cwd, full).split(path.sep).join('/'))
    }
  }
}

/** The directory part of a glob before its first magic segment: where the walk starts. */
function globBase(pattern: string): string {
  const parts = pattern.split('/')
  const fixed: string[] = []
  for (const part of parts) {
    if (MAGIC.test(part)) break
    fixed.push(part)
  }
  return fixed.join('/') || '.'
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  const normalised = pattern.replace(/\\/g, '/').replace(/^\.\//, '')
  if (!MAGIC.test(normalised)) return [normalised]
  const base = globBase(normalised)
  const found: string[] = []
  await walk(path.resolve(cwd, base), cwd, found)
  return found.filter((f) => minimatch(f, normalised, { dot: true })).sort()
}

async function isBinaryPlan(file: string): Promise<boolean> {
  let handle
  try {
    handle = await open(file, 'r')
    const buffer = Buffer.alloc(4)
    const { bytesRead } = await handle.read(buffer, 0, 4, 0)
    return bytesRead === 4 && ZIP_MAGIC.every((b, i) => buffer[i] === b)
  } catch {
    return false
  } finally {
    await handle?.close()
  }
}

async function findTool(pathEnv: string | undefined): Promise<string | undefined> {
  for (const tool of ['terraform', 'tofu']) {
    for (const dir of (pathEnv ?? '').split(path.delimiter).filter(Boolean)) {
      const candidate = path.join(dir, process.platform === 'win32' ? `${tool}.exe` : tool)
      try {
        await access(candidate, constants.X_OK)
        if ((await stat(candidate)).isFile()) return candidate
      } catch {
        // not here
      }
    }
  }
  return undefined
}

/** `tool show -json plan`, streamed to a file (plans can be hundreds of MB). */
function showJson(tool: string, plan: string, outFile: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    // Run in the plan's directory: `show` needs the initialised providers of that configuration.
    const child = spawn(tool, ['show', '-json', path.basename(plan)], {
      cwd: path.dirname(plan),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const out = createWriteStream(outFile)
    let stderr = ''
    child.stdout.pipe(out)
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000)
    })
    child.on('error', (error) => resolve(error.message))
    child.on('close', (code) => {
      out.end(() =>
        resolve(
          code === 0
            ? undefined
            : `exit ${code ?? 'signal'}: ${stderr.trim().split('\n').slice(-3).join(' ')}`
        )
      )
    })
  })
}

export async function resolvePlanFiles(
  patterns: readonly string[],
  options: PlanFilesOptions
): Promise<PlanFiles> {
  const notes: string[] = []
  const files: string[] = []
  for (const pattern of patterns) {
    const matched = await expand(pattern, options.cwd)
    if (matched.length === 0) notes.push(`The plan pattern "${pattern}" matched no file.`)
    for (const file of matched) if (!files.includes(file)) files.push(file)
  }

  let tool: string | undefined | null = null
  const out: string[] = []
  for (const file of files) {
    const absolute = path.resolve(options.cwd, file)
    if (!(await isBinaryPlan(absolute))) {
      out.push(file)
      continue
    }
    tool = tool === null ? await findTool(options.pathEnv) : tool
    if (!tool) {
      notes.push(
        `${file} is a binary plan file and neither terraform nor tofu is on PATH: run \`terraform show -json ${file} > ${file}.json\` and pass the JSON file.`
      )
      out.push(file)
      continue
    }
    // Keep the plan's relative path inside the temp dir so environment globs (**/prod/**) still match.
    const converted = path.join(
      options.tempDir,
      'plangate-plans',
      `${file.replace(/^(\.\.\/)+/, '')}.json`
    )
    await mkdir(path.dirname(converted), { recursive: true })
    const failure = await showJson(tool, absolute, converted)
    if (failure) {
      notes.push(
        `\`${path.basename(tool)} show -json ${file}\` failed (${failure}); the plan is reviewed as unusable.`
      )
      out.push(file)
    } else {
      notes.push(`Converted the binary plan ${file} with \`${path.basename(tool)} show -json\`.`)
      out.push(converted)
    }
  }
  return { files: out, notes }
}
