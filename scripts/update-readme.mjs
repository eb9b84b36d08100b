// Renders the README's Inputs and Outputs tables from action.yml, between
// <!-- action-inputs-start --> and <!-- action-inputs-end -->, so the docs cannot drift from the
// action. `--check` changes nothing and exits 1 when the README is out of date (for CI).
import { readFile, writeFile } from 'node:fs/promises'
import { parse } from 'yaml'

const START = '<!-- action-inputs-start -->'
const END = '<!-- action-inputs-end -->'
const root = new URL('../', import.meta.url)

/** Table cell text: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')

function renderTables(action) {
  const lines = [
    '### Inputs',
    '',
    '| Name | Description | Required | Default |',
    '| --- | --- | --- | --- |'
  ]
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const fallback =
      input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``
    lines.push(
      `| \`${name}\` | ${cell(input.description)} | ${input.required ? 'yes' : 'no'} | ${fallback} |`
    )
  }
  lines.push('', '### Outputs', '', '| Name | Description |', '| --- | --- |')
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(output.description)} |`)
  }
  return lines.join('\n')
}

function replaceBetweenMarkers(readme, content) {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  const block = `${START}\n\n${content}\n\n${END}`
  // No markers yet: append them (the README's owner can move the block).
  if (start === -1 || end === -1 || end < start) return `${readme.trimEnd()}\n\n${block}\n`
  return readme.slice(0, start) + block + readme.slice(end + END.length)
}

const check = process.argv.includes('--check')
const action = parse(await readFile(new URL('action.yml', root), 'utf8'))
const readmeUrl = new URL('README.md', root)
const readme = await readFile(readmeUrl, 'utf8')
const updated = replaceBetweenMarkers(readme, renderTables(action))
if (updated === readme) {
  console.log('README.md inputs/outputs tables are up to date with action.yml.')
} else if (check) {
  console.error(
    'README.md inputs/outputs tables are out of date: run `node scripts/update-readme.mjs`.'
  )
  process.exit(1)
} else {
  await writeFile(readmeUrl, updated)
  console.log('Updated the inputs/outputs tables in README.md from action.yml.')
}
