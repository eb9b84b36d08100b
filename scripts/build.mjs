// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM for node20+/node24.
// Code splitting keeps what only some runs need (the Anthropic, Bedrock and Vertex SDKs, loaded
// with import()) in chunks of their own: `plangate review --no-llm` never loads them.
import { rm } from 'node:fs/promises'
import { build } from 'esbuild'

await rm('dist', { recursive: true, force: true })
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    // The CLI is run as a program; CommonJS dependencies bundled into ESM still call require().
    js: "#!/usr/bin/env node\nimport { createRequire as __plangateCreateRequire } from 'node:module'; const require = __plangateCreateRequire(import.meta.url);"
  }
})
