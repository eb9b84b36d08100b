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

  it('a secret only the output pass recognises (a glued DB_PASSWORD=) is masked in a finding that quotes it', async () => {
    const { record } = await reviewJson([plan, '--no-llm'])
    const finding = (
      record.findings as { rule: string; address: string; evidence: unknown[] }[]
    ).find((f) => f.rule === 'suspicious-text' && f.address === 'aws_ssm_document.runbook')
    expect(finding).toBeDefined()
    expect(JSON.stringify(finding)).toContain('(redacted secret)')
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

describe('scrubText catches secrets in the shapes real plans hold them', () => {
  it.each([
    [
      'export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
      'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY'
    ],
    ['DB_PASSWORD=hunter2hunter2', 'hunter2hunter2'],
    ['{"password":"c0rrect-h0rse"}', 'c0rrect-h0rse'],
    ['API_TOKEN: tok_9f8e7d6c5b4a', 'tok_9f8e7d6c5b4a'],
    ['key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']
  ])('%s', (text, secret) => {
    expect(scrubText(text)).not.toContain(secret)
  })

  it('is idempotent', () => {
    const once = scrubText('password: hunter2 and DB_PASSWORD=abc')
    expect(scrubText(once)).toBe(once)
  })

  it('leaves ids, digests, ARNs and names readable', () => {
    for (const text of [
      'arn:aws:iam::123456789012:role/app',
      'sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      '8a7b6c5d-1234-4e5f-9a8b-7c6d5e4f3a2b',
      'secret_arn = arn:aws:secretsmanager:eu-west-1:1:secret:db',
      'password_length=32'
    ]) {
      expect(scrubText(text)).toBe(text)
    }
  })
})
