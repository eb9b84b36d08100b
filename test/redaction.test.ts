import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scrubText } from '../src/plan/redact.js'
import { reviewJson, runCli } from './helpers/cli.js'

const secrets = readFileSync(new URL('./fixtures/redaction/secrets.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
const plan = 'test/fixtures/redaction/secrets-plan.json'

describe('nothing secret leaves the runner (invariant 6)', () => {
  it('no sensitive value, variable, configuration constant, prior_state/planned_values value or secret-looking string appears in the JSON record', async () => {
    const { code, record } = await reviewJson([plan, '--no-llm'])
    expect(code).toBe(0)
    const text = JSON.stringify(record)
    for (const secret of secrets) expect(text, secret).not.toContain(secret)
  })

  it('...nor in the markdown report', async () => {
    const run = await runCli(['review', plan, '--no-llm', '--format', 'markdown'])
    expect(run.code).toBe(0)
    for (const secret of secrets) expect(run.stdout, secret).not.toContain(secret)
  })

  it('keeps the non-secret context a reviewer needs (the host a URL now points at)', async () => {
    const { record } = await reviewJson([plan, '--no-llm'])
    expect(record.decision).toBe('review')
    const run = await runCli(['review', plan, '--no-llm', '--format', 'markdown'])
    expect(run.stdout).toContain('aws_db_instance.main')
  })

  it('scrubText masks secret-looking strings and leaves ordinary text alone', () => {
    expect(scrubText('postgres://app:hunter2@db.example:5432/x')).toBe(
      'postgres://app:(redacted secret)@db.example:5432/x'
    )
    expect(scrubText('key AKIAIOSFODNN7EXAMPLE here')).toBe('key (redacted secret) here')
    expect(scrubText('Server=x;Password=abc123;Database=y')).toBe(
      'Server=x;Password=(redacted secret);Database=y'
    )
    expect(scrubText('t3.medium in eu-west-1, 10.0.0.0/16')).toBe(
      't3.medium in eu-west-1, 10.0.0.0/16'
    )
  })
})
