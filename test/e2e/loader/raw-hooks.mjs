// Module hooks for `import text from './file.yml?raw'` (vite's convention, which esbuild and vitest
// handle through scripts/build.mjs and vite). local-action runs the TypeScript sources with tsx,
// which does not know `?raw` and drops the query before the module is loaded, so any YAML file
// that reaches the loader becomes a module whose default export is the file's text: the only
// way this project imports YAML.
import { readFile } from 'node:fs/promises'

export async function load(url, context, nextLoad) {
  const bare = url.replace(/\?.*$/, '')
  if (bare.startsWith('file:') && /\.ya?ml$/.test(bare)) {
    const text = await readFile(new URL(bare), 'utf8')
    return {
      format: 'module',
      source: `export default ${JSON.stringify(text)}`,
      shortCircuit: true
    }
  }
  return nextLoad(url, context)
}
