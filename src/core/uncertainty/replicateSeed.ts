import { InvalidParameterError } from "../errors";

/**
 * The seed of bootstrap replicate `index` in a run seeded with `seed`: a 32-bit hash of the pair.
 *
 * Each replicate gets its own random stream, so its result depends only on (seed, index) and never on how the
 * replicates were chunked or which ran first. Consecutive indices are spread over the whole 32-bit range by
 * MurmurHash3's finaliser, so neighbouring replicates do not start from nearly equal generator states.
 *
 * @param seed - the run's seed, any integer (low 32 bits used)
 * @param index - the replicate's position, a whole number ≥ 0
 * @returns a 32-bit signed integer to pass to `createRandom`
 * @throws {InvalidParameterError} when index is not a whole number ≥ 0
 * @example
 * replicateSeed(42, 0) === replicateSeed(42, 0); // => true
 * @see https://github.com/aappleby/smhasher/wiki/MurmurHash3 (fmix32)
 */
export function replicateSeed(seed: number, index: number): number {
  if (!(Number.isInteger(index) && index >= 0)) {
    throw new InvalidParameterError(
      "index",
      `The replicate index must be a whole number of at least 0 (got ${index}).`
    );
  }
  // Golden-ratio increment (Weyl sequence) before mixing, as in SplitMix.
  let hash = ((seed | 0) ^ Math.imul(index + 1, 0x9e3779b9)) | 0;
  hash = fmix32(hash);
  hash = fmix32(hash ^ (index >>> 16));
  return hash;
}

/** MurmurHash3's 32-bit finaliser: a bijection with full avalanche. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
