import { CancelledError, InvalidParameterError } from "../errors";
import type { RandomSource } from "../random/createRandom";
import { DEFAULT_REPLICATE_CHUNK_SIZE } from "./constants";
import { replicateRandom } from "./replicateRandom";
import { yieldToEventLoop } from "./yieldToEventLoop";

/** Options of {@link runReplicates}. */
export interface RunReplicatesOptions {
  /** Number of replicates to run, a whole number ≥ 0. */
  readonly replicates: number;
  /** Seed of the run; replicate i draws from `createRandom(replicateSeed(seed, i))`. */
  readonly seed: number;
  /** Replicates run between two yields. @defaultValue {@link DEFAULT_REPLICATE_CHUNK_SIZE} (25) */
  readonly chunkSize?: number;
  /** Called after each chunk with replicates done so far and the total; `done` rises and ends at `total`. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Checked at every chunk boundary; when `aborted` is true the run stops with a CancelledError. */
  readonly signal?: { readonly aborted: boolean };
  /**
   * How to give the event loop a turn between chunks. @defaultValue {@link yieldToEventLoop} (a `setTimeout(0)`
   * macrotask where timers exist). Inject your own, e.g. a MessageChannel round trip or `() => Promise.resolve()`
   * in a test.
   */
  readonly yieldControl?: () => Promise<void>;
}

/**
 * Runs `replicate(index, random)` (sync or async, one at a time) for index = 0 … replicates − 1 in chunks, yielding to the event loop between
 * chunks so that progress shows and a cancel request can arrive.
 *
 * Each replicate gets its own seeded random source derived from (seed, index), so the results are identical for
 * any chunk size and in every runtime. The signal is checked before the first chunk and after each yield; when it
 * is aborted, the run throws and returns no partial results (no yield follows the last chunk). Total time is the sum of the replicates plus one
 * macrotask per chunk. A replicate that throws stops the run with its error;
 * return NaN instead to record a failed refit and go on (the summaries skip NaN).
 *
 * @param options - replicates, seed, chunkSize, onProgress, signal, yieldControl (see {@link RunReplicatesOptions})
 * @param replicate - computes one replicate from its index and its own random source
 * @returns `[replicates]` results in index order
 * @throws {InvalidParameterError} when replicates, chunkSize or seed is not a valid whole number
 * @throws {CancelledError} when `signal.aborted` is true at a chunk boundary
 * @example
 * await runReplicates({ replicates: 3, seed: 7 }, (index) => index * 2); // => [0, 2, 4]
 * @see Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 6 (number of replicates).
 */
export async function runReplicates<T>(
  options: RunReplicatesOptions,
  replicate: (index: number, random: RandomSource) => T | Promise<T>
): Promise<readonly T[]> {
  const { replicates, seed, onProgress, signal } = options;
  const chunkSize = options.chunkSize ?? DEFAULT_REPLICATE_CHUNK_SIZE;
  const yieldControl = options.yieldControl ?? yieldToEventLoop;
  if (!(Number.isInteger(replicates) && replicates >= 0)) {
    throw new InvalidParameterError(
      "replicates",
      `The number of replicates must be a whole number of at least 0 (got ${replicates}).`
    );
  }
  if (!(Number.isInteger(chunkSize) && chunkSize >= 1)) {
    throw new InvalidParameterError(
      "chunkSize",
      `The chunk size must be a whole number of at least 1 (got ${chunkSize}).`
    );
  }
  if (!Number.isInteger(seed)) {
    throw new InvalidParameterError("seed", `The seed must be a whole number (got ${seed}).`);
  }
  const results: T[] = [];
  if (signal?.aborted) throw new CancelledError();
  for (let start = 0; start < replicates; start += chunkSize) {
    const end = Math.min(replicates, start + chunkSize);
    for (let index = start; index < end; index++) {
      results.push(await replicate(index, replicateRandom(seed, index)));
    }
    onProgress?.(end, replicates);
    if (end < replicates) {
      await yieldControl();
      if (signal?.aborted) throw new CancelledError();
    }
  }
  if (replicates === 0) onProgress?.(0, 0);
  return results;
}
