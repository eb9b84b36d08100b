/**
 * The policy file's schema. Objects are strict so a typo ("severty") is an error that names the
 * path and the allowed keys instead of a silently ignored setting. policies/schema.json is
 * generated from this (npm run build:schema) so editors autocomplete it.
 */
import { z } from 'zod'
import { RULE_IDS, SEVERITIES } from '../rules/types.js'

const severity = z.enum(SEVERITIES)
const ruleId = z.enum(RULE_IDS)
const glob = z.string().min(1)

export const overrideSchema = z
  .strictObject({
    rule: ruleId.optional().describe('Rule id this override applies to (any rule when absent).'),
    type: glob.optional().describe('minimatch glob on the resource type, e.g. "aws_db_*".'),
    address: glob.optional().describe('minimatch glob on the resource address.'),
    severity: severity.describe('Severity to use instead of the rule severity.'),
    reason: z.string().optional().describe('Why; shown in the report.')
  })
  .refine((o) => o.rule ?? o.type ?? o.address, {
    message: 'an override needs at least one of rule, type or address'
  })

export const countBoundSchema = z.strictObject({
  type: glob.describe('Resource type glob, e.g. "aws_ecs_service".'),
  attribute: z.string().min(1).describe('Top-level numeric attribute, e.g. "desired_count".'),
  min: z.number().optional(),
  max: z.number().optional()
})

export const reviewersSchema = z.strictObject({
  users: z.array(z.string().min(1)).default([]),
  teams: z.array(z.string().min(1)).default([])
})

export const llmSettingsSchema = z.strictObject({
  enabled: z.boolean().describe('Ask the model at all (when a key or provider is configured).'),
  provider: z.enum(['anthropic', 'bedrock', 'vertex']),
  model: z.string().min(1),
  effort: z.enum(['low', 'medium', 'high']),
  timeout_seconds: z.number().positive().max(600),
  max_retries: z.number().int().min(0).max(10),
  max_input_tokens: z.number().int().positive(),
  max_output_tokens: z.number().int().positive(),
  samples: z.number().int().min(1).max(5).describe('k samples that must all say no concerns.'),
  price_per_mtok: z
    .record(z.string(), z.strictObject({ input: z.number().min(0), output: z.number().min(0) }))
    .describe('USD per million tokens by model id, for the cost in the report.')
})

export const settingsSchema = z.strictObject({
  rules_only_approval: z
    .boolean()
    .optional()
    .describe('Approve low/info plans without a model verdict (when no model is configured).'),
  thresholds: z
    .strictObject({
      mass_delete: z.number().int().min(1).describe('Deletes in one plan that make mass-delete.')
    })
    .partial()
    .optional(),
  overrides: z.array(overrideSchema).optional().describe('Severity re-maps; the last match wins.'),
  allow: z
    .strictObject({
      tags_only: z.boolean().describe('Updates that change only tags/labels are boring.'),
      image_digest: z.boolean().describe('Changing only a container image tag/digest is boring.'),
      counts: z.array(countBoundSchema).describe('Count changes within bounds are boring.')
    })
    .partial()
    .optional(),
  reviewers: z
    .partialRecord(z.union([ruleId, z.literal('*')]), reviewersSchema)
    .optional()
    .describe('Who to request per rule that fired; "*" for any flagged plan.'),
  llm: llmSettingsSchema.partial().optional()
})

export const environmentSchema = settingsSchema.extend({
  match: z
    .strictObject({
      names: z.array(glob).describe('Globs on the explicit environment name.'),
      paths: z.array(glob).describe('Globs on the plan file path.'),
      workspaces: z.array(glob).describe('Globs on the Terraform workspace.')
    })
    .partial()
    .optional()
})

export const catalogueSchema = z.strictObject({
  stateful_types: z.array(glob).describe('Types that hold data a delete or replace loses.'),
  ephemeral_types: z.array(glob).describe('Types whose delete or replace loses nothing.'),
  sensitive_ports: z
    .record(z.string().regex(/^\d+$/, 'a port number'), z.string())
    .describe('Ports that must never face the internet, with a label.'),
  protection_attributes: z
    .array(
      z.strictObject({
        attribute: z.string().min(1).describe('Attribute path, dotted, e.g. "versioning.enabled".'),
        type: glob.optional(),
        unsafe: z
          .enum(['false', 'true', 'decrease', 'removed'])
          .describe('Which change removes the protection.'),
        label: z.string().min(1)
      })
    )
    .describe('Attributes whose change removes a safety net.'),
  disruptive_attributes: z
    .array(
      z.strictObject({
        type: glob.describe('Resource type glob.'),
        attribute: z.string().min(1).describe('Attribute path, dotted, e.g. "engine_version".'),
        when: z
          .enum(['any', 'decrease', 'to_zero', 'false', 'true', 'major'])
          .describe(
            'Which change disrupts: any change, a decrease (for a list: an element went away), a drop to 0, true→false, false→true, a major version change.'
          ),
        severity: severity,
        label: z.string().min(1).describe('What happens, for the message.')
      })
    )
    .describe('In-place updates that cause downtime or risk data (disruptive-update).'),
  security_attributes: z
    .array(z.string().min(1))
    .describe('Attribute names that are security-relevant when unknown until apply.')
})

export const policySchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  extends: z
    .enum(['default', 'none'])
    .optional()
    .describe('Start from the built-in default policy (default) or from nothing.'),
  catalogue: catalogueSchema.partial().optional(),
  defaults: settingsSchema.optional(),
  environments: z.record(z.string().min(1), environmentSchema).optional()
})

export type PolicyDocument = z.infer<typeof policySchema>
export type Settings = z.infer<typeof settingsSchema>
export type Override = z.infer<typeof overrideSchema>
export type CountBound = z.infer<typeof countBoundSchema>
export type Reviewers = z.infer<typeof reviewersSchema>
export type LlmSettings = z.infer<typeof llmSettingsSchema>
