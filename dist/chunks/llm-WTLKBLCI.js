#!/usr/bin/env node
import { createRequire as __plangateCreateRequire } from 'node:module'; const require = __plangateCreateRequire(import.meta.url);
import {
  AnthropicVerdictModel,
  CONCERN_CATEGORIES,
  callDeadlineMs,
  costUsd,
  createVerdictModel,
  escapeModelText,
  judgeDeadlineMs,
  modelConfigFromEnv,
  verdictMiddleware,
  verdictSchema
} from "./chunk-UXXCRTCG.js";
import {
  buildPrompt,
  citableAddresses,
  estimateTokens
} from "./chunk-FT4ZCH5L.js";
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
