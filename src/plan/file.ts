/**
 * Reading plan files from disk. Kept apart from load.ts so the pure loader can be fed bytes.
 */
import { readFile } from 'node:fs/promises'
import { loadPlanFromBytes, PlanLoadError } from './load.js'
import type { PlanFileModel } from './types.js'

/** Reads and loads one plan file; every failure is a PlanLoadError naming the file. */
export async function loadPlanFile(path: string, label = path): Promise<PlanFileModel> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a plan file' : String((error as Error).message)
    throw new PlanLoadError(label, why)
  }
  return loadPlanFromBytes(bytes, label)
}
