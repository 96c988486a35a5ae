import type { RandomSource } from "../random/createRandom";
import type { LiftTest } from "./types";

/**
 * One bootstrap replicate's version of the measured tests: each measure (lift or ROAS) drawn from
 * N(measured, SE²) by Box–Muller, so the intervals carry the tests' own uncertainty as well as the data's.
 *
 * @param tests - the tests as entered
 * @param random - the replicate's own seeded stream (apart from its resampling stream)
 * @returns tests with drawn measures (standard errors unchanged)
 * @example
 * drawLiftTests([test], createRandom(3))[0].lift; // => 49210.7
 * @see Box & Muller (1958), A note on the generation of random normal deviates, Ann. Math. Statist. 29(2).
 */
export function drawLiftTests(tests: readonly LiftTest[], random: RandomSource): LiftTest[] {
  return tests.map((test) => {
    const u = Math.max(random(), Number.MIN_VALUE);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    const shift = z * test.standardError;
    return test.lift !== null
      ? { ...test, lift: test.lift + shift }
      : { ...test, roas: (test.roas ?? 0) + shift };
  });
}
