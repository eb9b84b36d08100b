#!/usr/bin/env node
import { createRequire as __plangateCreateRequire } from 'node:module'; const require = __plangateCreateRequire(import.meta.url);
import {
  AnthropicVerdictModel,
  CONCERN_CATEGORIES,
  buildPrompt,
  callDeadlineMs,
  citableAddresses,
  costUsd,
  createVerdictModel,
  escapeModelText,
  estimateTokens,
  judgeDeadlineMs,
  modelConfigFromEnv,
  verdictMiddleware,
  verdictSchema
} from "./chunk-GBM3RABR.js";
import "./chunk-VSITXCZW.js";
import "./chunk-DTFTUXNX.js";
import "./chunk-VUP6QLEL.js";
import "./chunk-OTGUWMBO.js";
import "./chunk-IDK5KNGZ.js";
export {
  AnthropicVerdictModel,
  CONCERN_CATEGORIES,
  buildPrompt,
  callDeadlineMs,
  citableAddresses,
  costUsd,
  createVerdictModel,
  escapeModelText,
  estimateTokens,
  judgeDeadlineMs,
  modelConfigFromEnv,
  verdictMiddleware,
  verdictSchema
};
