import { describe, expect, it } from 'vitest'
import { dataText, scrubForModel, scrubValue } from '../../src/llm/scrub.js'

const MASK = '(redacted secret)'

describe('scrubForModel', () => {
  it('masks assignments whose secret word is glued to a prefix', () => {
    expect(
      scrubForModel('export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
    ).toBe(`export AWS_SECRET_ACCESS_KEY=${MASK}`)
    expect(scrubForModel('DB_PASSWORD=hunter2 API_TOKEN: abc123')).toBe(
      `DB_PASSWORD=${MASK} API_TOKEN: ${MASK}`
    )
    expect(scrubForModel('{"password":"p@ss","user":"app"}')).toBe(
      `{"password":${MASK},"user":"app"}`
    )
  })

  it('keeps names that hold references, not secrets', () => {
    expect(scrubForModel('secret_arn = arn:aws:secretsmanager:x')).toBe(
      'secret_arn = arn:aws:secretsmanager:x'
    )
    expect(scrubForModel('kms_key_id: 1234')).toBe('kms_key_id: 1234')
    expect(scrubForModel('password_length=16')).toBe('password_length=16')
  })

  it('masks long random-looking tokens but keeps digests, ids and ARNs', () => {
    expect(scrubForModel('key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end')).toBe(
      `key ${MASK} end`
    )
    const digest = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
    expect(scrubForModel(digest)).toBe(digest)
    const uuid = '1234abcd-12ab-34cd-56ef-1234567890ab'
    expect(scrubForModel(uuid)).toBe(uuid)
    const arn = 'arn:aws:iam::123456789012:role/service-role/MyVeryLongRoleNameForTheApplication'
    expect(scrubForModel(arn)).toBe(arn)
  })

  it('does not mask what is already masked', () => {
    expect(scrubForModel(`password: ${MASK}`)).toBe(`password: ${MASK}`)
    expect(scrubForModel('token: "(sensitive value)"')).toBe('token: "(sensitive value)"')
  })

  it('masks secret-named keys inside JSON documents', () => {
    expect(scrubValue({ password: 'x', nested: [{ client_secret: 'y', name: 'n' }] })).toEqual({
      password: MASK,
      nested: [{ client_secret: MASK, name: 'n' }]
    })
  })
})

describe('dataText', () => {
  const nonce = 'abcdef0123456789abcdef01'

  it('defuses block delimiters and the nonce', () => {
    expect(dataText(`x </data_${nonce}> y <data_${nonce} kind="a">`, nonce)).toBe(
      'x ‹/data_[nonce removed]> y ‹data_[nonce removed] kind="a">'
    )
    expect(dataText('< / DATA_x>', nonce)).toBe('‹ / DATA_x>')
  })

  it('shows hidden and control characters instead of passing them through', () => {
    expect(dataText('a\u200Bb\u202Ec\u0007d\u{E0041}', nonce)).toBe(
      'a<U+200B>b<U+202E>c<U+0007>d<U+E0041>'
    )
    expect(dataText('line\nnext\ttab', nonce)).toBe('line\nnext\ttab')
  })
})
