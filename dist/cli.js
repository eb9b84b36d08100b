#!/usr/bin/env node
import { createRequire as __plangateCreateRequire } from 'node:module'; const require = __plangateCreateRequire(import.meta.url);
import {
  PolicyError,
  loadPolicy,
  modelSettingsFor,
  renderMarkdown,
  reviewPlans
} from "./chunks/chunk-HYPRC4CH.js";
import "./chunks/chunk-VSITXCZW.js";
import "./chunks/chunk-IDK5KNGZ.js";

// src/cli.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
var USAGE = `Usage: plangate review PLAN.json [PLAN2.json ...] [options]

Reviews Terraform/OpenTofu plans (the output of \`terraform show -json PLANFILE\`).

Options:
  --policy FILE        policy YAML (default: the built-in policy, policies/default.yml)
  --no-llm             rules only: do not ask the model
  --format FORMAT      markdown (default) or json
  --environment NAME   environment name to apply from the policy (unknown names are production)
  --workspace NAME     Terraform workspace, matched against the policy's workspace globs
  -h, --help           show this help

The model is asked when ANTHROPIC_API_KEY is set (ANTHROPIC_BASE_URL is honoured), unless --no-llm.
Exit status: 0 a decision was made (approve or review); 2 unusable input.`;
var UsageError = class extends Error {
};
async function readPolicy(path) {
  if (path === void 0) return loadPolicy();
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new PolicyError(
      `${path}: ${code === "ENOENT" ? "policy file not found" : error.message}`
    );
  }
  return loadPolicy(text, path);
}
async function main(argv, io) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        policy: { type: "string" },
        "no-llm": { type: "boolean", default: false },
        format: { type: "string", default: "markdown" },
        environment: { type: "string" },
        workspace: { type: "string" },
        help: { type: "boolean", short: "h", default: false }
      }
    });
    if (values.help) {
      io.stdout(USAGE + "\n");
      return 0;
    }
    const [command, ...plans] = positionals;
    if (command !== "review")
      throw new UsageError(
        command === void 0 ? "missing command: use `plangate review PLAN.json`" : `unknown command "${command}": use \`plangate review PLAN.json\``
      );
    if (plans.length === 0) throw new UsageError("no plan file given: `plangate review PLAN.json`");
    const format = values.format;
    if (format !== "json" && format !== "markdown")
      throw new UsageError(`--format must be json or markdown, not "${format}"`);
    const policy = await readPolicy(values.policy);
    let model;
    let noModelReason = "--no-llm";
    if (!values["no-llm"]) {
      const settings = modelSettingsFor(policy, plans, {
        name: values.environment,
        workspace: values.workspace
      });
      const { createVerdictModel, modelConfigFromEnv } = await import("./chunks/llm-WJO7K7IM.js");
      const config = modelConfigFromEnv(io.env, settings);
      if (config) model = createVerdictModel(config);
      else noModelReason = "ANTHROPIC_API_KEY is not set";
    }
    const result = await reviewPlans({
      plans,
      policy,
      selector: { name: values.environment, workspace: values.workspace },
      model,
      noModelReason
    });
    const unusable = result.loadErrors[0];
    if (unusable) {
      io.stderr(`plangate: ${unusable.message}
`);
      return 2;
    }
    io.stdout(
      format === "json" ? JSON.stringify(result.record, null, 2) + "\n" : renderMarkdown(result, { maxChars: Number.MAX_SAFE_INTEGER })
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof PolicyError || error instanceof UsageError || error.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(
        `plangate: ${message}
${error instanceof PolicyError ? "" : "Run `plangate --help` for usage.\n"}`
      );
      return 2;
    }
    io.stderr(`plangate: internal error: ${message}
`);
    return 1;
  }
}
var isEntry = process.argv[1] !== void 0 && /(?:^|[\\/])(?:cli\.(?:js|ts)|plangate)$/.test(process.argv[1]);
if (isEntry) {
  const code = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env
  });
  process.exitCode = code;
}
export {
  main
};
