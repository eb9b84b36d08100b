// `npm run bench`: review time and peak memory against JSON.parse of the same plan (DESIGN.md,
// "Performance"). Generates plans of 1k, 10k and 50k resource changes and one above 600 MB into
// .bench/ (kept between runs while the generator is unchanged), then, for each plan and each
// side in its own child process (so peak RSS is that side's alone), runs
//   review:     node dist/cli.js review PLAN --no-llm --format json      (wall clock)
//   load only:  loadPlanFile(PLAN), the loader the review starts with     (in-process time)
//   JSON.parse: JSON.parse(readFileSync(PLAN, 'utf8'))                   (in-process time)
// best of BENCH_RUNS (default 3) runs, and prints one table. The review side includes Node's
// start-up and the whole review, so the ratio is conservative; it matters on the big plans.
//
//   BENCH_RUNS=1 npm run bench        # quicker
//   BENCH_ONLY=50k npm run bench      # one plan
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatePlan } from './generate-plan.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = path.join(root, '.bench')
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))

const PLANS = [
  { name: '1k', resources: 1_000 },
  { name: '10k', resources: 10_000 },
  { name: '50k', resources: 50_000 },
  // ~5.5 kB per resource: 115k resources make a plan of about 630 MB, past V8's string limit.
  { name: '115k (>600 MB)', id: 'huge', resources: 115_000 }
].filter((p) => !process.env.BENCH_ONLY || p.name.startsWith(process.env.BENCH_ONLY))

mkdirSync(benchDir, { recursive: true })

// Every child reports its own peak RSS on fd 3 as it exits (process.exit included).
const rssHook = path.join(benchDir, 'rss-hook.mjs')
writeFileSync(
  rssHook,
  "import { writeSync } from 'node:fs'\n" +
    "process.on('exit', () => { try { writeSync(3, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }) + '\\n') } catch {} })\n"
)

const parseChild = `
import { readFileSync, writeSync } from 'node:fs'
const t = performance.now()
let result
try {
  JSON.parse(readFileSync(process.argv[1], 'utf8'))
  result = { ms: performance.now() - t }
} catch (error) {
  const tooLong = error.code === 'ERR_STRING_TOO_LONG' || /string longer than|Invalid string length/i.test(String(error.message))
  result = { error: tooLong ? 'fails: string too long' : 'fails: ' + String(error.message).slice(0, 60) }
}
writeSync(4, JSON.stringify(result) + '\\n')
`

/** Runs node with args; resolves { ms (wall), stdout, code, rss (bytes), extra (fd 4 JSON) }. */
function runNode(args) {
  return new Promise((resolve, reject) => {
    const t = performance.now()
    const child = spawn(process.execPath, ['--import', rssHook, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe']
    })
    const out = { stdout: '', stderr: '', fd3: '', fd4: '' }
    child.stdout.on('data', (d) => (out.stdout += d))
    child.stderr.on('data', (d) => (out.stderr += d))
    child.stdio[3].on('data', (d) => (out.fd3 += d))
    child.stdio[4].on('data', (d) => (out.fd4 += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - t
      const rss = out.fd3 ? JSON.parse(out.fd3).maxRssKiB * 1024 : NaN
      resolve({
        ms,
        code,
        rss,
        stdout: out.stdout,
        stderr: out.stderr,
        extra: out.fd4 ? JSON.parse(out.fd4) : undefined
      })
    })
  })
}

/** The loader alone (loadPlanFile, as the CLI calls it), bundled from src/ into .bench/. */
function loadCommand() {
  const file = path.join(benchDir, 'load-only.mjs')
  spawnSync(
    process.execPath,
    [
      '-e',
      `require('esbuild').buildSync({ stdin: { contents: ${JSON.stringify(
        [
          "import { writeSync } from 'node:fs'",
          "import { loadPlanFile } from './src/plan/file.ts'",
          "import { buildPrompt } from './src/llm/prompt.ts'",
          "import { loadPolicy } from './src/policy/index.ts'",
          "import { runRules } from './src/rules/index.ts'",
          'const t = performance.now()',
          'const m = await loadPlanFile(process.argv[2])',
          'const ms = performance.now() - t',
          "try { writeSync(4, JSON.stringify({ ms }) + '\\n') } catch {}",
          // Untimed: the digest a model would be sent (the CLI builds it only when it asks one).
          'const policy = loadPolicy()',
          'const settings = policy.settingsFor(process.argv[2], {})',
          'const findings = runRules({ plan: m, catalogue: policy.catalogue, settings }).map((f) => ({ ...f, ruleSeverity: f.severity }))',
          "const digest = buildPrompt({ plans: [m], findings, environments: {}, pr: undefined, settings: settings.llm }, 'bench').stats",
          'console.log(JSON.stringify({ changes: m.changes.length, digest }))'
        ].join('\n')
      )}, resolveDir: ${JSON.stringify(root)}, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: ${JSON.stringify(file)}, logLevel: 'error', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } })`
    ],
    { cwd: root, stdio: 'inherit' }
  )
  return { label: 'loadPlanFile', args: (f) => [file, f] }
}

/** Newest modification time of the files under dir. */
function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs)
  }
  return latest
}

/**
 * The built CLI (dist/cli.js, rebuilt first when src/ is newer, as `npm run build` would);
 * until there is one, the loader alone stands in for the review.
 */
function reviewCommand(load) {
  const cli = path.join(root, 'dist/cli.js')
  if (
    existsSync(path.join(root, 'src/cli.ts')) &&
    (!existsSync(cli) || statSync(cli).mtimeMs < newest(path.join(root, 'src')))
  ) {
    console.error('dist/cli.js is missing or older than src/: npm run build')
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      encoding: 'utf8'
    })
    if (build.status !== 0) console.error(`build failed:\n${build.stderr}`)
  }
  if (existsSync(cli)) {
    return {
      label: 'node dist/cli.js review PLAN --no-llm --format json',
      args: (f) => ['dist/cli.js', 'review', f, '--no-llm', '--format', 'json']
    }
  }
  return { ...load, label: 'loadPlanFile stand-in (no dist/cli.js yet)' }
}

/** Generates the plan unless an identical one (same generator, same size) is already there. */
function ensurePlan(plan) {
  const file = path.join(benchDir, `plan-${plan.id ?? plan.name}.json`)
  const stamp = `${file}.stamp`
  const generator = readFileSync(path.join(root, 'scripts/generate-plan.mjs'))
  const want = createHash('sha256').update(generator).update(String(plan.resources)).digest('hex')
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return file
  const t = performance.now()
  generatePlan(file, { resources: plan.resources })
  writeFileSync(stamp, want)
  console.error(
    `generated ${path.relative(root, file)} (${mb(statSync(file).size)}) in ${s(performance.now() - t)}`
  )
  return file
}

const mb = (bytes) =>
  Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB` : 'n/a'
const s = (ms) => `${(ms / 1000).toFixed(2)} s`

const best = (results) => results.reduce((a, b) => (b.ms < a.ms ? b : a))

async function main() {
  const load = loadCommand()
  const review = reviewCommand(load)
  console.error(`review = ${review.label}; best of ${runs} run(s) each`)
  const rows = []
  for (const plan of PLANS) {
    const file = ensurePlan(plan)
    const size = statSync(file).size
    const reviews = []
    const loads = []
    const parses = []
    for (let i = 0; i < runs; i++) {
      reviews.push(await runNode(review.args(path.relative(root, file))))
      loads.push(await runNode(load.args(file)))
      parses.push(await runNode(['--input-type=module', '-e', parseChild, file]))
    }
    const r = best(reviews)
    // The loader alone is timed in-process, like JSON.parse (start-up and module loading apart).
    const l = loads.reduce((a, b) => ((b.extra?.ms ?? b.ms) < (a.extra?.ms ?? a.ms) ? b : a))
    const loadMs = l.extra?.ms ?? l.ms
    let digest = 'n/a'
    let reviewNote = ''
    if (r.code !== 0) {
      reviewNote = `exit ${r.code}: ${r.stderr.trim().split('\n')[0]}`
    } else {
      try {
        JSON.parse(r.stdout)
        const d = JSON.parse(l.stdout).digest
        if (d && typeof d.bytes === 'number') {
          const tokens = d.estimatedTokens ?? d.estimated_tokens
          digest = `${(d.bytes / 1000).toFixed(1)} kB / ${tokens ?? '?'} tok`
        }
      } catch {
        reviewNote = 'output was not JSON'
      }
    }
    const okParses = parses.filter((p) => p.extra && 'ms' in p.extra)
    const p = okParses.length
      ? okParses.reduce((a, b) => (b.extra.ms < a.extra.ms ? b : a))
      : parses[0]
    const parseMs = p.extra && 'ms' in p.extra ? p.extra.ms : undefined
    rows.push({
      plan: plan.name,
      size: mb(size),
      review: r.code === 0 ? s(r.ms) : `fails (${reviewNote})`,
      parse: parseMs === undefined ? (p.extra?.error ?? `fails (exit ${p.code})`) : s(parseMs),
      ratio: parseMs === undefined || r.code !== 0 ? '-' : (r.ms / parseMs).toFixed(2),
      load: l.code === 0 ? s(loadMs) : `fails (exit ${l.code})`,
      loadRatio: parseMs === undefined || l.code !== 0 ? '-' : (loadMs / parseMs).toFixed(2),
      loadRss: mb(l.rss),
      reviewRss: `${mb(r.rss)} (${(r.rss / size).toFixed(2)}x)`,
      parseRss: mb(p.rss),
      digest,
      _: { size, reviewMs: r.ms, parseMs, reviewRss: r.rss, ok: r.code === 0 }
    })
    console.error(`${plan.name}: done`)
  }

  const header = [
    'plan (resource changes)',
    'file',
    'review',
    'JSON.parse',
    'review/parse',
    'review peak RSS (x file)',
    'JSON.parse peak RSS',
    'prompt digest',
    'load only',
    'load/parse',
    'load peak RSS'
  ]
  const table = rows.map((r) => [
    r.plan,
    r.size,
    r.review,
    r.parse,
    r.ratio,
    r.reviewRss,
    r.parseRss,
    r.digest,
    r.load,
    r.loadRatio,
    r.loadRss
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of table) console.log(line(row))
  console.log(
    `\nnode ${process.version}; review = ${review.label}; load only = loadPlanFile in its own process; best of ${runs}.` +
      '\nreview: wall clock of the whole CLI process (start-up included); load only and JSON.parse (JSON.parse(readFileSync(PLAN, "utf8"))): timed in-process.'
  )

  const target = rows.find((r) => r.plan === '50k')?._
  if (target?.parseMs !== undefined) {
    const ratio = target.reviewMs / target.parseMs
    const mem = target.reviewRss / target.size
    console.log(
      `50k targets: review/JSON.parse ${ratio.toFixed(2)} (≤ 1.0 ${ratio <= 1 ? 'met' : 'MISSED'}), review RSS ${mem.toFixed(2)}x file (≤ 1.5 ${mem <= 1.5 ? 'met' : 'MISSED'})`
    )
  }
  const huge = rows.find((r) => r.plan.startsWith('115k'))?._
  if (huge) console.log(`>600 MB plan reviewed: ${huge.ok ? 'yes' : 'NO'}`)
}

await main()
