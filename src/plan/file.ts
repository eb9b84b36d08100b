/**
 * Reading plan files from disk. Kept apart from load.ts so the pure loader can be fed bytes.
 *
 * The file is read in chunks straight into the streaming loader (fast.ts), which hashes them as
 * they pass, so memory holds the model and about two chunks, whatever the file's size: a 600 MB
 * plan never becomes one string (V8 cannot hold one that long) nor one Buffer. (Hashing in a
 * worker thread was measured slower on a 2-core runner: 1.87 s against 1.80 s for the 274 MB
 * bench plan, the thread competing with V8's own GC and compiler threads.)
 */
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { PlanStreamLoader } from './fast.js'
import { PlanLoadError, loadPlanFromBytesFull } from './load.js'
import type { PlanFileModel } from './types.js'

/** Read size: big enough that per-chunk costs vanish, small next to any plan worth streaming. */
const CHUNK_BYTES = 8 << 20

function readError(label: string, error: unknown): PlanLoadError {
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'ENOENT'
      ? 'file not found'
      : code === 'EISDIR'
        ? 'is a directory, not a plan file'
        : String((error as Error).message)
  return new PlanLoadError(label, why)
}

/** Reads and loads one plan file; every failure is a PlanLoadError naming the file. */
export async function loadPlanFile(path: string, label = path): Promise<PlanFileModel> {
  let handle: FileHandle
  let size: number
  try {
    handle = await open(path, 'r')
    size = (await handle.stat()).size
  } catch (error) {
    throw readError(label, error)
  }
  const loader = new PlanStreamLoader(label, loadPlanFromBytesFull)
  // Two buffers: the next read fills one while the loader scans the other (the loader keeps
  // no reference to a chunk once push() returns).
  const chunkBytes = Math.min(CHUNK_BYTES, Math.max(size + 1, 64 << 10))
  let current = Buffer.allocUnsafe(chunkBytes)
  let next = Buffer.allocUnsafe(chunkBytes)
  let pending = read(handle, current, label)
  try {
    for (;;) {
      const bytes = await pending
      if (bytes.length === 0) break
      ;[current, next] = [next, current]
      pending = read(handle, current, label)
      loader.push(bytes)
    }
    return loader.finish()
  } catch (error) {
    // Let an in-flight read settle before the handle closes under it.
    await pending.catch(() => undefined)
    throw error
  } finally {
    await handle.close()
  }
}

/** The bytes read into `buffer` (a view of it; empty at the end of the file). */
async function read(handle: FileHandle, buffer: Buffer, label: string): Promise<Buffer> {
  try {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
    return buffer.subarray(0, bytesRead)
  } catch (error) {
    throw readError(label, error)
  }
}
