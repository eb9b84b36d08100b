/** Types for generate-plan.mjs (used by test/plan/fast-load.test.ts and scripts/bench.mjs). */
export function generatePlan(
  path: string,
  options: { resources: number; seed?: number }
): { bytes: number; resourceChanges: number; drift: number }
