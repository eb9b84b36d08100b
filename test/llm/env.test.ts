import { describe, expect, it } from 'vitest'
import { createVerdictModel, modelConfigFromEnv } from '../../src/llm/index.js'
import { llmSettings } from './fixtures.js'

describe('modelConfigFromEnv', () => {
  const anthropic = llmSettings()

  it('anthropic: needs a key; the override wins; the base URL is passed on', () => {
    expect(modelConfigFromEnv({}, anthropic)).toBeUndefined()
    expect(modelConfigFromEnv({ ANTHROPIC_API_KEY: '  ' }, anthropic)).toBeUndefined()
    expect(
      modelConfigFromEnv(
        { ANTHROPIC_API_KEY: 'env-key', ANTHROPIC_BASE_URL: 'http://127.0.0.1:1' },
        anthropic
      )
    ).toMatchObject({ provider: 'anthropic', apiKey: 'env-key', baseURL: 'http://127.0.0.1:1' })
    expect(
      modelConfigFromEnv({ ANTHROPIC_API_KEY: 'env-key' }, anthropic, { apiKey: 'input-key' })
    ).toMatchObject({
      apiKey: 'input-key',
      baseURL: undefined
    })
    expect(modelConfigFromEnv({}, anthropic, { apiKey: 'input-key' })?.apiKey).toBe('input-key')
  })

  it('returns undefined when the policy disables the model', () => {
    expect(
      modelConfigFromEnv({ ANTHROPIC_API_KEY: 'k' }, llmSettings({ enabled: false }))
    ).toBeUndefined()
  })

  it('bedrock: needs a region and a credential source', () => {
    const bedrock = llmSettings({ provider: 'bedrock' })
    expect(modelConfigFromEnv({ ANTHROPIC_API_KEY: 'k' }, bedrock)).toBeUndefined()
    expect(modelConfigFromEnv({ AWS_REGION: 'us-east-1' }, bedrock)).toBeUndefined()
    expect(
      modelConfigFromEnv({ AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 's' }, bedrock)
    ).toBeUndefined()
    expect(
      modelConfigFromEnv(
        {
          AWS_REGION: 'eu-west-1',
          AWS_ACCESS_KEY_ID: 'a',
          AWS_SECRET_ACCESS_KEY: 's',
          AWS_SESSION_TOKEN: 't'
        },
        bedrock
      )
    ).toMatchObject({
      provider: 'bedrock',
      awsRegion: 'eu-west-1',
      awsAccessKeyId: 'a',
      awsSecretAccessKey: 's',
      awsSessionToken: 't'
    })
    // OIDC role from configure-aws-credentials, a profile, or a Bedrock API key.
    const role = modelConfigFromEnv(
      {
        AWS_DEFAULT_REGION: 'us-west-2',
        AWS_WEB_IDENTITY_TOKEN_FILE: '/t',
        AWS_ROLE_ARN: 'arn:aws:iam::1:role/r'
      },
      bedrock
    )
    expect(role).toMatchObject({ awsRegion: 'us-west-2', awsAccessKeyId: undefined })
    expect(
      modelConfigFromEnv({ AWS_REGION: 'us-east-1', AWS_PROFILE: 'ci' }, bedrock)
    ).toBeDefined()
    expect(
      modelConfigFromEnv({ AWS_REGION: 'us-east-1', AWS_BEARER_TOKEN_BEDROCK: 'b' }, bedrock)
        ?.bedrockApiKey
    ).toBe('b')
    expect(
      modelConfigFromEnv(
        {
          AWS_REGION: 'us-east-1',
          AWS_PROFILE: 'ci',
          ANTHROPIC_BEDROCK_BASE_URL: 'http://127.0.0.1:2'
        },
        bedrock
      )?.baseURL
    ).toBe('http://127.0.0.1:2')
  })

  it('vertex: needs CLOUD_ML_REGION and ANTHROPIC_VERTEX_PROJECT_ID', () => {
    const vertex = llmSettings({ provider: 'vertex' })
    expect(modelConfigFromEnv({ CLOUD_ML_REGION: 'global' }, vertex)).toBeUndefined()
    expect(modelConfigFromEnv({ ANTHROPIC_VERTEX_PROJECT_ID: 'p' }, vertex)).toBeUndefined()
    expect(
      modelConfigFromEnv({ CLOUD_ML_REGION: 'global', ANTHROPIC_VERTEX_PROJECT_ID: 'p' }, vertex)
    ).toMatchObject({ provider: 'vertex', vertexRegion: 'global', vertexProjectId: 'p' })
  })

  it('createVerdictModel does not throw for any provider, even half-configured', () => {
    for (const provider of ['anthropic', 'bedrock', 'vertex'] as const) {
      expect(() =>
        createVerdictModel({ provider, settings: llmSettings({ provider }) })
      ).not.toThrow()
    }
  })
})
