export {
  loadPolicy,
  parsePolicyText,
  compilePolicy,
  PolicyError,
  UNKNOWN_ENVIRONMENT
} from './load.js'
export type { Policy } from './load.js'
export type * from './types.js'
