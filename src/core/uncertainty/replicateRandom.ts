import { createRandom, type RandomSource } from "../random/createRandom";
import { REPLICATE_STREAM_WARMUP } from "./constants";
import { replicateSeed } from "./replicateSeed";

/**
 * The warmed-up random source of replicate `index` of a run seeded with `seed`: a pure function of the two, so a
 * replicate draws the same numbers in any thread, chunk or order.
 * @param seed - the run's seed (a whole number)
 * @param index - the replicate's index, 0-based
 * @returns the replicate's own seeded stream
 * @example replicateRandom(7, 0)(); // => 0.3141… (always the same)
 */
export function replicateRandom(seed: number, index: number): RandomSource {
  const random = createRandom(replicateSeed(seed, index));
  for (let draw = 0; draw < REPLICATE_STREAM_WARMUP; draw++) random();
  return random;
}
