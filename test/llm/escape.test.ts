import { describe, expect, it } from 'vitest'
import { MAX_MODEL_TEXT, escapeModelText } from '../../src/llm/escape.js'

const ZWJ = '\u200D'

describe('escapeModelText', () => {
  it('leaves plain text alone', () => {
    expect(escapeModelText('Replacing aws_db_instance.main loses its data.')).toBe(
      'Replacing aws_db_instance.main loses its data.'
    )
  })

  it('breaks @mentions, team mentions and issue references', () => {
    expect(escapeModelText('ask @octocat or @org/sre-team about #42')).toBe(
      `ask @${ZWJ}octocat or @${ZWJ}org/sre-team about #${ZWJ}42`
    )
    // Fullwidth look-alikes fold to the real character first, then get broken.
    expect(escapeModelText('\uFF20admin')).toBe(`@${ZWJ}admin`)
    // An HTML entity cannot smuggle one in either: the ampersand is escaped.
    expect(escapeModelText('&#64;admin')).toMatch(/^&amp;#\u200D?64;admin$/)
    expect(escapeModelText('mail a@b.example')).not.toMatch(/@[a-z]/)
  })

  it('escapes HTML', () => {
    const out = escapeModelText('<img src=x onerror=alert(1)><script>x</script><!-- c -->')
    expect(out).not.toMatch(/[<>]/)
    expect(out).toBe(
      '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;x&lt;/script&gt;&lt;!-- c --&gt;'
    )
  })

  it('removes links, images and URLs, keeping link text', () => {
    expect(escapeModelText('see [the docs](https://evil.example/x) now')).toBe('see the docs now')
    expect(escapeModelText('![pixel](https://evil.example/p.png)')).toBe('pixel')
    expect(escapeModelText('go to https://evil.example/a?b=c or www.evil.example')).toBe(
      'go to (link removed) or (link removed)'
    )
    expect(escapeModelText('[x][ref] and [ref]: https://e.example')).toBe('x and (link removed)')
    const schemes = escapeModelText('javascript:alert(1) data:text/html,hi mailto:a')
    expect(schemes).not.toMatch(/javascript|data:|mailto/)
  })

  it('escapes markdown that would change structure: code, tables, brackets, backslashes', () => {
    expect(escapeModelText('a | b `code` [x] \\n')).toBe('a \\| b \\`code\\` \\[x\\] \\\\n')
  })

  it('makes one line: newlines, tabs, controls and invisible characters collapse', () => {
    expect(escapeModelText('line 1\n\n# Heading\r\n- item\tx\u0000y')).toBe(
      'line 1 # Heading - item x y'
    )
    expect(escapeModelText('a\u200Bb\u202Ec\uFEFFd')).toBe('a b c d')
  })

  it('bounds the length by code points, never splitting a surrogate pair', () => {
    expect(Array.from(escapeModelText('x'.repeat(2000))).length).toBe(MAX_MODEL_TEXT)
    const out = escapeModelText('😀'.repeat(10), 5)
    expect(out).toBe('😀😀😀😀…')
    expect(escapeModelText('abcdef', 3)).toBe('ab…')
  })
})
