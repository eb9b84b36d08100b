/**
 * Escaping for GitHub-flavoured markdown. Everything that came from a plan, a PR or a model is
 * untrusted: it must not open HTML, ping people (@mentions), inject links or break the table
 * or code span it sits in.
 */
const ZWSP = '\u200b'

/** Plain text inside markdown: HTML and markdown control characters neutralised. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Only what can start emphasis, code, links, tables or strikethrough: parentheses and
      // the like stay readable in the raw comment.
      .replace(/([\\`*_[\]|~])/g, '\\$1')
      .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/\r?\n/g, ' ')
  )
}

/** Inline code span that cannot be closed early by the content. No HTML renders inside it. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
  const runs = clean.match(/`+/g) ?? []
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}

/** Text for a markdown table cell. */
export function cell(text: string): string {
  return escapeText(text)
}
