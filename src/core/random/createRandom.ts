import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformInt } from "pure-rand/distribution/uniformInt";

/** A seeded source of uniform numbers in [0, 1); the only kind of randomness the core uses. */
export type RandomSource = () => number;

/**
 * Creates a seeded random-number source (xoroshiro128+ from pure-rand).
 *
 * Every random draw in the core (CV shuffles, bootstrap blocks, optimiser restarts, the simulator) takes a
 * `RandomSource`, so the same seed gives bit-identical numbers on every run and in every runtime.
 *
 * @param seed - any integer; only its low 32 bits are used
 * @returns a function returning uniform numbers in [0, 1) with 53 random bits
 * @example
 * const random = createRandom(42);
 * random(); // => 0.…, the same on every run
 * @see https://github.com/dubzzz/pure-rand
 */
export function createRandom(seed: number): RandomSource {
  const generator = xoroshiro128plus(seed | 0);
  return () => {
    // 26 + 27 bits give a double with full 53-bit resolution, as in the classic genrand_res53.
    const high = uniformInt(generator, 0, (1 << 26) - 1);
    const low = uniformInt(generator, 0, (1 << 27) - 1);
    return (high * 134217728 + low) / 9007199254740992;
  };
}
