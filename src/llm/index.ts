/**
 * The model layer's entry points: which provider the environment configures, and the verdict
 * model for it. Anthropic, Bedrock and Vertex clients share `messages`, so one code path
 * (AnthropicVerdictModel) serves all three; only construction differs.
 */
import { Console } from 'node:console'
import type { LlmSettings } from '../policy/types.js'
import { AnthropicVerdictModel, verdictMiddleware } from './client.js'
import type { SdkClient } from './client.js'
import type { ModelClientConfig, VerdictModel } from './types.js'

export {
  AnthropicVerdictModel,
  verdictMiddleware,
  costUsd,
  callDeadlineMs,
  judgeDeadlineMs
} from './client.js'
export type { SdkClient, AnthropicVerdictModelOptions } from './client.js'
export { buildPrompt, citableAddresses, estimateTokens } from './prompt.js'
export type { BuiltPrompt, DigestLevel } from './prompt.js'
export { escapeModelText } from './escape.js'
export { verdictSchema, CONCERN_CATEGORIES } from './schema.js'
export type * from './types.js'

type Env = Readonly<Record<string, string | undefined>>

const set = (v: string | undefined): string | undefined =>
  v === undefined || v.trim() === '' ? undefined : v.trim()

/** AWS credentials the default provider chain would find, without reading any file. */
function hasAwsCredentials(env: Env): boolean {
  return (
    (set(env['AWS_ACCESS_KEY_ID']) !== undefined &&
      set(env['AWS_SECRET_ACCESS_KEY']) !== undefined) ||
    set(env['AWS_BEARER_TOKEN_BEDROCK']) !== undefined ||
    set(env['AWS_PROFILE']) !== undefined ||
    (set(env['AWS_WEB_IDENTITY_TOKEN_FILE']) !== undefined &&
      set(env['AWS_ROLE_ARN']) !== undefined) ||
    set(env['AWS_CONTAINER_CREDENTIALS_FULL_URI']) !== undefined ||
    set(env['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI']) !== undefined
  )
}

/**
 * The model configuration the environment provides for `settings.provider`, or undefined when
 * the model is disabled or nothing is configured: no API key (`anthropic`; `overrides.apiKey`,
 * e.g. an action input, wins over ANTHROPIC_API_KEY), no AWS region or credentials (`bedrock`),
 * no CLOUD_ML_REGION or ANTHROPIC_VERTEX_PROJECT_ID (`vertex`).
 */
export function modelConfigFromEnv(
  env: Env,
  settings: LlmSettings,
  overrides: { apiKey?: string | undefined } = {}
): ModelClientConfig | undefined {
  if (!settings.enabled) return undefined
  switch (settings.provider) {
    case 'anthropic': {
      const apiKey = set(overrides.apiKey) ?? set(env['ANTHROPIC_API_KEY'])
      if (apiKey === undefined) return undefined
      return { provider: 'anthropic', settings, apiKey, baseURL: set(env['ANTHROPIC_BASE_URL']) }
    }
    case 'bedrock': {
      const awsRegion = set(env['AWS_REGION']) ?? set(env['AWS_DEFAULT_REGION'])
      if (awsRegion === undefined || !hasAwsCredentials(env)) return undefined
      const accessKey = set(env['AWS_ACCESS_KEY_ID'])
      const secretKey = set(env['AWS_SECRET_ACCESS_KEY'])
      const both = accessKey !== undefined && secretKey !== undefined
      return {
        provider: 'bedrock',
        settings,
        awsRegion,
        // Static keys only as a pair; otherwise the AWS provider chain resolves them.
        awsAccessKeyId: both ? accessKey : undefined,
        awsSecretAccessKey: both ? secretKey : undefined,
        awsSessionToken: both ? set(env['AWS_SESSION_TOKEN']) : undefined,
        bedrockApiKey: set(env['AWS_BEARER_TOKEN_BEDROCK']),
        baseURL: set(env['ANTHROPIC_BEDROCK_BASE_URL'])
      }
    }
    case 'vertex': {
      const vertexRegion = set(env['CLOUD_ML_REGION'])
      const vertexProjectId = set(env['ANTHROPIC_VERTEX_PROJECT_ID'])
      if (vertexRegion === undefined || vertexProjectId === undefined) return undefined
      return {
        provider: 'vertex',
        settings,
        vertexRegion,
        vertexProjectId,
        baseURL: set(env['ANTHROPIC_VERTEX_BASE_URL'])
      }
    }
  }
}

/** SDK log lines go to stderr: stdout carries the CLI's one JSON object. */
const stderrLogger = new Console({ stdout: process.stderr, stderr: process.stderr })

/** Builds the SDK client for `config`; called on first use, inside judge()'s error handling. */
async function buildClient(config: ModelClientConfig): Promise<SdkClient> {
  const common = {
    timeout: config.settings.timeout_seconds * 1000,
    maxRetries: config.settings.max_retries,
    // Spans can carry request content; an action has no business exporting them.
    openTelemetry: false as const,
    middleware: [verdictMiddleware],
    logger: stderrLogger,
    ...(config.baseURL === undefined ? {} : { baseURL: config.baseURL })
  }
  switch (config.provider) {
    case 'anthropic': {
      const { Anthropic } = await import('@anthropic-ai/sdk')
      return new Anthropic({ ...common, apiKey: config.apiKey })
    }
    case 'bedrock': {
      // Imported on demand: the AWS SDK is large and most runs never need it.
      const { AnthropicBedrock } = await import('@anthropic-ai/bedrock-sdk')
      const options = {
        ...common,
        ...(config.awsRegion === undefined ? {} : { awsRegion: config.awsRegion }),
        ...(config.bedrockApiKey === undefined ? {} : { apiKey: config.bedrockApiKey })
      }
      return config.awsAccessKeyId !== undefined && config.awsSecretAccessKey !== undefined
        ? new AnthropicBedrock({
            ...options,
            awsAccessKey: config.awsAccessKeyId,
            awsSecretKey: config.awsSecretAccessKey,
            awsSessionToken: config.awsSessionToken ?? null
          })
        : new AnthropicBedrock(options)
    }
    case 'vertex': {
      const { AnthropicVertex } = await import('@anthropic-ai/vertex-sdk')
      return new AnthropicVertex({
        ...common,
        region: config.vertexRegion ?? null,
        projectId: config.vertexProjectId ?? null
      })
    }
  }
}

/**
 * The verdict model for `config`. Never throws, now or later: a client that cannot be built
 * (bad region, missing cloud credentials) shows up as a failed outcome from judge().
 */
export function createVerdictModel(config: ModelClientConfig): VerdictModel {
  return new AnthropicVerdictModel({ provider: config.provider, client: () => buildClient(config) })
}
