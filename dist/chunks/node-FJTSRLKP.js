#!/usr/bin/env node
import { createRequire as __plangateCreateRequire } from 'node:module'; const require = __plangateCreateRequire(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-QFWEVCGW.js";
import "./chunk-IDK5KNGZ.js";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
