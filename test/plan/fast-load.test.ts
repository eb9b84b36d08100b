/**
 * The streaming loader (fast.ts + scan.ts) against the reference full-parse path: the same
 * model, or an error of the same kind, on every corpus plan and on the scanner's edge cases,
 * whatever the chunking.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generatePlan } from '../../scripts/generate-plan.mjs'
import { PlanStreamLoader } from '../../src/plan/fast.js'
import { loadPlanFile } from '../../src/plan/file.js'
import {
  PlanLoadError,
  loadPlanFromBytes,
  loadPlanFromBytesFull,
  sha256Hex
} from '../../src/plan/load.js'
import {
  redactValue,
  scrubText,
  scrubUnambiguousSecrets,
  isSecretKey
} from '../../src/plan/redact.js'
import { JsonSyntaxError, MemberMode, TopLevelScanner } from '../../src/plan/scan.js'
import { SENSITIVE_MASK } from '../../src/plan/types.js'
import { corpusDir } from '../helpers/plan.js'

type Outcome = { model: unknown } | { error: string }

function outcome(load: () => unknown): Outcome {
  try {
    return { model: load() }
  } catch (error) {
    if (!(error instanceof PlanLoadError)) throw error
    return { error: error.message }
  }
}

/** The fast path fed in chunks of `size` bytes. */
function streamed(bytes: Uint8Array, file: string, size: number): unknown {
  const loader = new PlanStreamLoader(file, loadPlanFromBytesFull)
  for (let at = 0; at < bytes.length; at += size) loader.push(bytes.subarray(at, at + size))
  return loader.finish()
}

const CHUNK_SIZES = [1, 2, 5, 64, 1 << 30]

/**
 * Full and fast paths agree. Models must be deep-equal; errors must be the same message, except
 * syntax errors, whose wording comes from JSON.parse on one side and the scanner on the other.
 */
function expectSame(input: string | Uint8Array, file = 'plan.json', sizes = CHUNK_SIZES): Outcome {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input
  const full = outcome(() => loadPlanFromBytesFull(bytes, file))
  for (const size of sizes) {
    const fast = outcome(() => streamed(bytes, file, size))
    if ('error' in full && full.error.includes('not JSON (')) {
      expect(fast, `chunks of ${size}`).toHaveProperty('error')
      expect((fast as { error: string }).error, `chunks of ${size}`).toContain(
        `${file}: not JSON (`
      )
    } else {
      expect(fast, `chunks of ${size}`).toStrictEqual(full)
    }
  }
  return full
}

const change = (
  address: string,
  actions: string[],
  extra: Record<string, unknown> = {}
): Record<string, unknown> => ({
  address,
  mode: 'managed',
  type: address.split('.')[0],
  name: address.split('.')[1],
  provider_name: 'registry.terraform.io/hashicorp/aws',
  change: {
    actions,
    before: { id: 'x', tags: { a: '1' } },
    after: { id: 'x', tags: { a: '2' } },
    after_unknown: {}
  },
  ...extra
})

const plan = (parts: Record<string, unknown> = {}): Record<string, unknown> => ({
  format_version: '1.2',
  terraform_version: '1.9.5',
  planned_values: { root_module: { resources: [] } },
  resource_changes: [
    change('aws_s3_bucket.b', ['update']),
    change('aws_instance.a', ['delete', 'create'])
  ],
  prior_state: { values: { root_module: {} } },
  configuration: { root_module: {} },
  timestamp: '2024-06-01T12:00:00Z',
  applyable: true,
  complete: true,
  errored: false,
  ...parts
})

const json = (value: unknown): string => JSON.stringify(value)

/** An outcome without the digest and size of the file, to compare different texts of one plan. */
function sansSource(out: Outcome): unknown {
  if (!('model' in out)) return out
  const { meta, ...rest } = out.model as { meta: Record<string, unknown> }
  const kept = { ...meta }
  delete kept.sha256
  delete kept.sizeBytes
  return { ...rest, meta: kept }
}

describe.skipIf(!existsSync(corpusDir))('fast path = full path on the real corpus', () => {
  const files = existsSync(corpusDir)
    ? readdirSync(corpusDir).filter((f) => f.endsWith('.json'))
    : []

  it(`has plans (${files.length})`, () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it.each(files)('%s', async (name) => {
    const bytes = readFileSync(path.join(corpusDir, name))
    const full = expectSame(bytes, name, [7, 4096, 1 << 30])
    expect(outcome(() => loadPlanFromBytes(bytes, name))).toStrictEqual(full)
    let viaFile: Outcome
    try {
      viaFile = { model: await loadPlanFile(path.join(corpusDir, name), name) }
    } catch (error) {
      viaFile = { error: (error as Error).message }
    }
    expect(viaFile).toStrictEqual(full)
  })
})

describe('scanner edge cases: fast path = full path', () => {
  it('strings with braces, brackets, quotes, escapes and unicode, in skipped and parsed parts', () => {
    const tricky = 'a } ] { [ " \\ / \b\f\n\r\t \u00e9 \ud83d\ude00 日本 \u2028 "}"'
    const doc = plan({
      prior_state: { [tricky]: [tricky, { '}': '{', '"': ['[', ']'] }] },
      configuration: { expr: '${jsonencode({a = "}"})}', esc: '\\"}\\\\' },
      resource_changes: [
        change('aws_iam_policy.p', ['update'], {
          change: {
            actions: ['update'],
            before: { policy: json({ Statement: [{ Effect: 'Allow', Action: '*' }] }), d: tricky },
            after: { policy: json({ Statement: [] }), [tricky]: tricky },
            after_unknown: {}
          }
        })
      ]
    })
    const out = expectSame(json(doc))
    expect(out).toHaveProperty('model')
    // The same text with \u escapes everywhere JSON allows them.
    const escaped = json(doc).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
    expect(sansSource(expectSame(escaped))).toStrictEqual(sansSource(out))
  })

  it('nested arrays and deep nesting', () => {
    const nested = [
      [[]],
      [
        [1, 2],
        [3, [4, [5, [6, []]]]]
      ],
      [{ a: [[{ b: [] }]] }]
    ]
    expectSame(
      json(
        plan({
          planned_values: { a: nested },
          resource_changes: [
            change('aws_x.y', ['update'], {
              change: {
                actions: ['update'],
                before: { n: nested },
                after: { n: [...nested, []] },
                after_unknown: { n: [[true]] }
              }
            })
          ]
        })
      )
    )
  })

  it('pretty-printed JSON and whitespace everywhere JSON allows it', () => {
    expectSame(JSON.stringify(plan(), null, '\t').replace(/\n/g, '\r\n'))
    expectSame(` \n\t\r${JSON.stringify(plan(), null, 2)}\n\n  \r\n`)
  })

  it('numbers in every JSON form, literals, and values cut by chunk ends', () => {
    const nums = [0, -0, 1, -1, 12.5, -0.001, 1e21, 1.5e-7, 123456789012345]
    const text = json(plan({ prior_state: { nums, t: true, f: false, n: null } })).replace(
      '"nums":[',
      '"nums":[1E5,2e+3,-4.5E-2,0.0,'
    )
    expectSame(text)
    expectSame(json(plan({ resource_changes: [change('aws_x.y', ['update'], { index: 3 })] })))
  })

  it('a UTF-8 BOM (one or two)', () => {
    const body = Buffer.from(json(plan()))
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    expect(expectSame(Buffer.concat([bom, body]))).toHaveProperty('model')
    expect(expectSame(Buffer.concat([bom, bom, body]))).toHaveProperty('model')
    expect(expectSame(Buffer.concat([bom, bom, bom, body]))).toHaveProperty('error')
  })

  it('UTF-16 LE and BE, with and without a BOM (PowerShell redirection)', () => {
    const text = json(plan({ prior_state: { s: 'Équipe 東京 \ud83d\ude00' } }))
    const le = Buffer.from(text, 'utf16le')
    const be = Buffer.from(le).swap16()
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      le,
      be
    ]) {
      expect(expectSame(bytes)).toHaveProperty('model')
    }
    // An odd byte count: the last code unit is cut.
    expect(expectSame(le.subarray(0, le.length - 1))).toHaveProperty('error')
  })

  it('a setup-terraform wrapper preamble and trailer', () => {
    const body = JSON.stringify(plan(), null, 2)
    const wrapped =
      '[command]/home/runner/work/_temp/abc/terraform-bin show -json tfplan\n' +
      `${body}\n` +
      '::debug::Terraform exited with code 0.\n::debug::stdout: {"x": 1\n::debug::exitcode: 0\n'
    expect(expectSame(wrapped)).toHaveProperty('model')
    // A trailer holding a '}' after the document: extractJsonText cuts there, JSON.parse fails.
    expect(expectSame(`preamble\n${body}\n::debug::stdout: {"x": 1}\n`)).toHaveProperty('error')
    // A line of whitespace before the JSON, and a preamble with non-ASCII text.
    expect(expectSame(`Réponse: plan →\n   \n  ${body}`)).toHaveProperty('model')
    // No preamble but a trailer: the full path does not cut it, so both fail.
    expect(expectSame(`${body}\n::debug::done\n`)).toHaveProperty('error')
  })

  it('a preamble that is not valid UTF-8 falls back to the full path', () => {
    const body = Buffer.from(`\n${json(plan())}`)
    expect(expectSame(Buffer.concat([Buffer.from([0x80, 0xfe, 0x41]), body]))).toHaveProperty(
      'model'
    )
  })

  it('a truncated file at any point is "not JSON"', () => {
    const text = json(plan({ output_changes: { o: { actions: ['no-op'], before: 1, after: 1 } } }))
    for (let cut = 0; cut < text.length; cut += 7) {
      const out = expectSame(text.slice(0, cut), 'plan.json', [3, 1 << 30])
      expect(out, `cut at ${cut}`).toHaveProperty('error')
    }
  })

  it('top-level keys in any order', () => {
    const doc = plan({
      resource_drift: [change('aws_x.drifted', ['update'])],
      deferred_changes: [{ a: 1 }, { b: 2 }]
    })
    const keys = Object.keys(doc)
    const reference = expectSame(json(doc))
    for (const order of [
      [...keys].reverse(),
      [...keys].sort(),
      [...keys.slice(3), ...keys.slice(0, 3)]
    ]) {
      const reordered = Object.fromEntries(order.map((k) => [k, doc[k]]))
      expect(sansSource(expectSame(json(reordered)))).toStrictEqual(sansSource(reference))
    }
  })

  it('duplicate keys: the last one wins, as in JSON.parse', () => {
    const first = json([change('aws_x.first', ['delete'])])
    const last = json([change('aws_x.last', ['create'])])
    const text = `{"format_version":"0.1","resource_changes":${first},"format_version":"1.2","resource_changes":${last},"resource_drift":[],"resource_drift":null}`
    const out = expectSame(text)
    expect(out).toHaveProperty('model.changes.0.address', 'aws_x.last')
    expect(out).toHaveProperty('model.meta.formatVersion', '1.2')
    // An escaped spelling of a key is the same key.
    const escapedKey = text.replace(
      '"resource_changes":[{"address":"aws_x.last"',
      '"resource\\u005fchanges":[{"address":"aws_x.last"'
    )
    expect(escapedKey).not.toBe(text)
    expect(sansSource(expectSame(escapedKey))).toStrictEqual(sansSource(out))
    // A valid list then an invalid one, and the other way round.
    expect(
      expectSame(
        `{"format_version":"1.2","resource_changes":${first},"resource_changes":[{"x":1}]}`
      )
    ).toHaveProperty('error')
    expect(
      expectSame(
        `{"format_version":"1.2","resource_changes":[{"x":1}],"resource_changes":${first}}`
      )
    ).toHaveProperty('model')
  })

  it('empty resource_changes, null sections, deferred changes counted', () => {
    expect(expectSame(json(plan({ resource_changes: [] })))).toHaveProperty('model.changes', [])
    const nulls = expectSame(
      json(
        plan({
          resource_changes: null,
          resource_drift: null,
          output_changes: null,
          deferred_changes: null,
          prior_state: null
        })
      )
    )
    expect(nulls).toHaveProperty('model.changes', [])
    expect(expectSame(json(plan({ deferred_changes: [{ a: [1] }, {}, []] })))).toHaveProperty(
      'model.meta.deferredChanges',
      3
    )
    expect(expectSame(json({ format_version: '1.2', planned_values: null }))).toHaveProperty(
      'model'
    )
    expect(expectSame(json({ format_version: '1.2', errored: true }))).toHaveProperty(
      'model.meta.errored',
      true
    )
  })

  it('outputs, drift, sensitive values and secrets: redacted the same way', () => {
    const doc = plan({
      resource_drift: [change('aws_db_instance.db', ['update'])],
      resource_changes: [
        change('aws_db_instance.db', ['update'], {
          change: {
            actions: ['update'],
            before: { password: 'old', url: 'postgres://u:hunter2@db:5432/x', list: ['a', 'b'] },
            after: {
              password: 'new',
              url: 'postgres://u:hunter3@db:5432/x',
              list: ['a', 'AKIAIOSFODNN7EXAMPLE']
            },
            after_unknown: {},
            before_sensitive: { password: true },
            after_sensitive: { password: true, list: [false, true] }
          }
        })
      ],
      output_changes: {
        secret: {
          actions: ['update'],
          before: 'a',
          after: 'b',
          before_sensitive: true,
          after_sensitive: true
        },
        plain: { actions: ['no-op'], before: ['x'], after: ['x'], after_unknown: false }
      }
    })
    const out = expectSame(json(doc)) as { model: { changes: { after: { password: string } }[] } }
    expect(out.model.changes[0]?.after.password).toBe(SENSITIVE_MASK)
  })

  it('invalid JSON anywhere, including in the parts the fast path skips, is "not JSON"', () => {
    const good = json(plan())
    const broken = [
      good.replace('"root_module":{}}', '"root_module":{},}}'), // trailing comma in configuration
      good.replace('"values":{', '"values":{"a":[1,,2],'), // elision in prior_state
      good.replace('"values":{', '"values":{"a":"\\x",'), // bad escape
      good.replace('"values":{', '"values":{"a":"\\u12G4",'), // bad unicode escape
      good.replace('"values":{', '"values":{"a":"tab\there",'), // raw control character
      good.replace('"values":{', '"values":{"a":01,'), // leading zero
      good.replace('"values":{', '"values":{"a":-,'),
      good.replace('"values":{', '"values":{"a":1.,'),
      good.replace('"values":{', '"values":{"a":1e,'),
      good.replace('"values":{', '"values":{"a":tru,'),
      good.replace('"values":{', '"values":{"a":nul,'),
      good.replace('"values":{', '"values":{"a" 1,'),
      good.replace('"values":{', '"values":{a:1,'),
      good.replace('"values":{', '"values":{\'a\':1,'),
      good.replace('"values":{', '"values":{"a":[1}],'),
      good.replace('"values":{', '"values":{"a":NaN,'),
      good.replace('"id":"x"', '"id":"x",,'), // inside a resource change
      good.replace('"id":"x"', '"id":"x\\q"'),
      good.replace('"tags":{"a":"1"}', '"tags":{"a":"1"]'),
      `${good}}`,
      `${good},`,
      `${good} {}`,
      `{"a":1}${good}`
    ]
    for (const text of broken) {
      expect(text).not.toBe(good)
      const out = expectSame(text, 'plan.json', [3, 1 << 30])
      expect(out, text.slice(0, 80)).toHaveProperty('error')
    }
  })

  it('not a plan, not an object, not valid: the same messages', () => {
    for (const text of [
      '',
      '   ',
      '[]',
      '[1,2]',
      '"plan"',
      '12',
      'null',
      'true',
      '{}',
      '{"format_version":"1.0","values":{}}'
    ]) {
      expect(expectSame(text), JSON.stringify(text)).toHaveProperty('error')
    }
    const invalid = [
      { resource_changes: [] },
      { format_version: 1, resource_changes: [] },
      plan({
        resource_changes: [
          change('aws_x.a', []),
          change('aws_x.b', ['update'], { type: 3 }),
          change('aws_x.c', ['update'], { index: true })
        ]
      }),
      plan({ resource_changes: {}, output_changes: [], applyable: 'yes', deferred_changes: 3 }),
      plan({ resource_drift: [{}], resource_changes: [{ change: {} }, 1, null], timestamp: 5 }),
      plan({
        resource_changes: [
          change('aws_x.a', ['update'], {
            change: { actions: ['update'], replace_paths: [['a', 1, true]], importing: { id: 5 } }
          })
        ]
      }),
      plan({
        resource_changes: [
          change('aws_x.a', ['update'], { change: { actions: ['update'], importing: [] } })
        ]
      }),
      plan({ output_changes: { o: { actions: 'no-op' } } })
    ]
    for (const doc of invalid) {
      const out = expectSame(json(doc))
      expect(out).toHaveProperty('error')
      expect((out as { error: string }).error).toMatch(/not a (valid )?plan/)
    }
    // 1e999 parses to Infinity, which zod rejects as an index.
    const infinite = json(
      plan({ resource_changes: [change('aws_x.c', ['update'], { index: 7 })] })
    ).replace('"index":7', '"index":1e999')
    expect(expectSame(infinite)).toHaveProperty('error')
  })

  it('valid edge values of the schema: importing null, replace_paths with indexes, string index, previous address', () => {
    const doc = plan({
      resource_changes: [
        change('aws_x.a', ['create'], {
          index: 'k"}',
          previous_address: 'aws_x.old',
          action_reason: 'replace_because_tainted',
          deposed: 'abc',
          change: {
            actions: ['create'],
            before: null,
            after: {},
            replace_paths: [['a', 0, 'b']],
            importing: null
          }
        }),
        change('aws_x.b', ['no-op'], {
          change: { actions: ['no-op'], importing: { id: 'i-1', unknown_future: { x: 1 } } }
        }),
        {
          type: 'aws_y',
          name: 'z',
          module_address: 'module.m["a.b"]',
          change: { actions: ['read'] }
        }
      ]
    })
    expect(expectSame(json(doc))).toHaveProperty('model')
  })

  it('before and after read once when identical: key orders, duplicates, look-alike keys', () => {
    const value = { after: { before: 1 }, change: { x: '"after":{}' }, list: [{ after: [] }] }
    const same = {
      actions: ['no-op'],
      before: value,
      after: value,
      after_unknown: {},
      before_sensitive: { list: [true] }
    }
    const variants = [
      json(change('aws_x.a', ['no-op'], { change: same })),
      // after first, then before; masks differ between the two
      `{"address":"aws_x.b","type":"aws_x","name":"b","change":{"after":${json(value)},"actions":["no-op"],"before":${json(value)},"after_sensitive":{"after":true}}}`,
      // a key seen twice: JSON.parse keeps the last
      `{"address":"aws_x.c","type":"aws_x","name":"c","change":{"actions":["no-op"],"before":${json(value)},"after":${json(value)},"after":{"z":1}}}`,
      `{"address":"aws_x.d","type":"aws_x","name":"d","change":{"actions":["no-op"],"before":{"z":2},"before":${json(value)},"after":${json(value)}}}`,
      `{"address":"aws_x.e","type":"aws_x","name":"e","change":{"actions":["no-op"],"before":[1],"after":[1]},"change":{"actions":["update"],"before":[1],"after":[2]}}`,
      // the same value written differently is parsed twice, and still equal
      `{"address":"aws_x.f","type":"aws_x","name":"f","change":{"actions":["no-op"],"before":{"a":[1, 2]},"after":{"a":[1,2]}}}`,
      // escaped key spelling, nulls, and an invalid after that equals an invalid before
      `{"address":"aws_x.g","type":"aws_x","name":"g","change":{"actions":["no-op"],"\u0062efore":{"a":1},"after":{"a":1}}}`,
      `{"address":"aws_x.h","type":"aws_x","name":"h","change":{"actions":["create"],"before":null,"after":null}}`
    ]
    expect(
      expectSame(`{"format_version":"1.2","resource_changes":[${variants.join(',')}]}`)
    ).toHaveProperty('model.changes.length', 8)
    const bad = `{"address":"aws_x.i","type":"aws_x","name":"i","change":{"actions":["no-op"],"before":{"a":01},"after":{"a":01}}}`
    expect(expectSame(`{"format_version":"1.2","resource_changes":[${bad}]}`)).toHaveProperty(
      'error'
    )
  })

  it('__proto__ keys in values survive redaction exactly as a full copy would', () => {
    const text = json(plan()).replace(
      '"tags":{"a":"1"}',
      '"tags":{"__proto__":{"x":1},"a":"1","__proto__":"s"}'
    )
    expect(expectSame(text)).toHaveProperty('model')
  })

  it('a string longer than the chunk, and a chunk wholly inside a token or an element', () => {
    const long = 'x'.repeat(200_000) + '\\"' + '}'.repeat(1000)
    const doc = json(plan())
      .replace('"id":"x"', `"id":"${long}"`)
      .replace('"values":{', `"values":{"big":"${long}",`)
    expectSame(doc, 'plan.json', [1000, 65_536, 70_001])
  })
})

describe('the scanner', () => {
  function scan(text: string, modes: Record<string, MemberMode>, size = 1 << 30) {
    const events: string[] = []
    const scanner = new TopLevelScanner({
      member: (key) => {
        events.push(`member ${key}`)
        return modes[key] ?? MemberMode.skip
      },
      value: (key, t) => events.push(`value ${key} ${t}`),
      element: (key, bytes, start, end) =>
        events.push(`element ${key} ${bytes.toString('utf8', start, end)}`),
      arrayEnd: (key, n) => events.push(`end ${key} ${n}`)
    })
    const bytes = Buffer.from(text)
    for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size))
    scanner.end()
    return events
  }

  it('hands over values, elements and counts, the same in any chunking', () => {
    const text =
      '{"a":{"x":[1,{"y":"}"}]},"b":[{"k":"]"}, 2 ,"s",[[]],null],"c":[1,[2],{}],"d":-1.5e3,"e":"t\\"x"}'
    const modes = {
      a: MemberMode.skip,
      b: MemberMode.elements,
      c: MemberMode.count,
      d: MemberMode.value,
      e: MemberMode.value
    }
    const expected = [
      'member a',
      'member b',
      'element b {"k":"]"}',
      'element b 2',
      'element b "s"',
      'element b [[]]',
      'element b null',
      'end b 5',
      'member c',
      'end c 3',
      'member d',
      'value d -1.5e3',
      'member e',
      'value e "t\\"x"'
    ]
    for (const size of [1, 2, 3, 7, 1 << 30])
      expect(scan(text, modes, size), `chunks of ${size}`).toEqual(expected)
  })

  it('gives the whole value when an elements or count member is not an array', () => {
    expect(
      scan('{"b":{"k":[1]},"c":"x"}', { b: MemberMode.elements, c: MemberMode.count })
    ).toEqual(['member b', 'value b {"k":[1]}', 'member c', 'value c "x"'])
  })

  it('reports syntax errors with the byte offset', () => {
    expect(() => scan('{"a":[1,2,]}', {})).toThrow(
      new JsonSyntaxError("Unexpected ']' at byte 10", 10)
    )
    expect(() => scan('{"a":', {})).toThrow(/Unexpected end of JSON input/)
    expect(() => scan('{"a":"\u0001"}', {})).toThrow(/Bad control character/)
    expect(() => scan('{"a":[}', {})).toThrow(/Unexpected '}'/)
  })
})

describe('loadPlanFile streams the file', () => {
  it('a plan of several reads: same model and sha256 as the full path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plangate-'))
    try {
      const file = path.join(dir, 'plan.json')
      generatePlan(file, { resources: 3_500, seed: 7 })
      const bytes = readFileSync(file)
      // Several 8 MB reads.
      expect(bytes.length).toBeGreaterThan(16 << 20)
      const full = loadPlanFromBytesFull(bytes, file)
      const fast = await loadPlanFile(file)
      expect(fast).toStrictEqual(full)
      expect(fast.meta.sha256).toBe(sha256Hex(bytes))
      expect(fast.changes.length).toBe(3_500)
      // The same file with its last bytes cut: a clear error.
      writeFileSync(file, bytes.subarray(0, bytes.length - 100))
      await expect(loadPlanFile(file, 'cut.json')).rejects.toThrow(/^cut\.json: not JSON \(/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('missing files and directories are PlanLoadErrors naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plangate-'))
    try {
      await expect(loadPlanFile(path.join(dir, 'nope.json'), 'nope.json')).rejects.toThrow(
        'nope.json: file not found'
      )
      await expect(loadPlanFile(dir, 'dir')).rejects.toThrow('dir: is a directory, not a plan file')
      writeFileSync(path.join(dir, 'bad.json'), '{"format_version":"1.2",')
      await expect(loadPlanFile(path.join(dir, 'bad.json'), 'bad.json')).rejects.toThrow(
        /^bad\.json: not JSON \(Unexpected end of JSON input/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** redactValue before it became copy-on-write with a pre-check: the reference output. */
function referenceRedact(value: unknown, mask: unknown, key = ''): unknown {
  if (mask === true) return value === null || value === undefined ? value : SENSITIVE_MASK
  if (typeof value === 'string') {
    if (key !== '' && isSecretKey(key) && value !== '') return '(redacted secret)'
    return scrubUnambiguousSecrets(value)
  }
  if (Array.isArray(value)) {
    const masks = Array.isArray(mask) ? mask : undefined
    return value.map((item: unknown, i) => referenceRedact(item, masks?.[i], key))
  }
  if (value !== null && typeof value === 'object') {
    const masks =
      mask !== null && typeof mask === 'object' && !Array.isArray(mask)
        ? (mask as Record<string, unknown>)
        : undefined
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      out[k] = referenceRedact(v, masks?.[k], k)
    return out
  }
  return value
}

describe('redaction is unchanged by its fast paths', () => {
  it.skipIf(!existsSync(corpusDir))(
    'redactValue = the copying implementation on every corpus change',
    () => {
      let values = 0
      for (const name of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
        let doc: { resource_changes?: { change?: Record<string, unknown> }[] }
        try {
          doc = JSON.parse(
            readFileSync(path.join(corpusDir, name), 'utf8').replace(/^\uFEFF/, '')
          ) as typeof doc
        } catch {
          continue
        }
        for (const rc of doc.resource_changes ?? []) {
          const c = rc.change ?? {}
          for (const [v, m] of [
            [c.before, c.before_sensitive],
            [c.after, c.after_sensitive],
            [c.after, true],
            [c.before, undefined]
          ]) {
            expect(redactValue(v, m)).toStrictEqual(referenceRedact(v, m))
            values++
          }
        }
      }
      expect(values).toBeGreaterThan(1000)
    }
  )

  it('scrubText still masks every kind of secret, and leaves look-alikes the patterns do not match', () => {
    const secrets = [
      '-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----',
      'key AKIAIOSFODNN7EXAMPLE here',
      'ghp_' + 'a'.repeat(36),
      'github_pat_' + 'A'.repeat(40),
      'glpat-' + 'x'.repeat(20),
      'xoxb-1234567890-abc',
      'sk-ant-' + 'a'.repeat(30),
      'sk-' + 'a'.repeat(40),
      'rk_live_' + 'a'.repeat(20),
      'AIza' + 'a'.repeat(35),
      'eyJhbGciOiJI.eyJzdWIiOiIx.SflKxwRJSMeKKF2QT4',
      'npm_' + 'a'.repeat(36),
      'hvs.' + 'a'.repeat(24),
      'AccountKey=' + 'a'.repeat(30),
      'SharedAccessKey=' + 'a'.repeat(30),
      'https://user:pass@host/x',
      'HTTPS://USER:PASS@HOST/x',
      'PASSWORD=abc',
      'x api-key: "abc"'
    ]
    for (const text of secrets) expect(scrubText(text), text).toContain('(redacted secret)')
    // These pass the case-insensitive pre-check but no (case-sensitive) pattern: unchanged.
    const lookAlikes = [
      '-----begin rsa private key-----',
      'akiaiosfodnn7example',
      'GHP_' + 'a'.repeat(36),
      'plain, t3.medium, 10.0.0.0/16',
      ''
    ]
    for (const text of lookAlikes) expect(scrubText(text), text).toBe(text)
  })
})
