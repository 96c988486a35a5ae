import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { movingBlockIndices } from "../../../src/core/uncertainty/movingBlockIndices";
import { createRandom } from "../../../src/core/random/createRandom";
import { InvalidParameterError } from "../../../src/core/errors";

describe("movingBlockIndices", () => {
  it("returns n indices, all inside the series", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, seed, share) => {
          const blockLength = 1 + Math.floor(share * (n - 1));
          const indices = movingBlockIndices(n, blockLength, createRandom(seed));
          expect(indices).toHaveLength(n);
          expect(indices.every((index) => index >= 0 && index < n)).toBe(true);
        }
      )
    );
  });
  it("is made of whole consecutive blocks, only the last one cut short", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer(),
        (n, length, seed) => {
          const blockLength = Math.min(n, length);
          const indices = movingBlockIndices(n, blockLength, createRandom(seed));
          // Each block is start, start+1, …; two blocks may happen to join up, so walk block by block instead.
          for (let block = 0; block * blockLength < n; block++) {
            const first = indices[block * blockLength] as number;
            expect(first + blockLength - 1).toBeLessThan(n);
            for (
              let offset = 1;
              offset < blockLength && block * blockLength + offset < n;
              offset++
            ) {
              expect(indices[block * blockLength + offset]).toBe(first + offset);
            }
          }
          const lastBlockStart = Math.floor((n - 1) / blockLength) * blockLength;
          expect(n - lastBlockStart).toBe(n % blockLength === 0 ? blockLength : n % blockLength);
        }
      )
    );
  });
  it("uses exactly one draw per block and is reproducible from the seed", () => {
    let draws = 0;
    const source = createRandom(5);
    const counting = () => {
      draws += 1;
      return source();
    };
    const first = movingBlockIndices(104, 5, counting);
    expect(draws).toBe(21);
    expect(Array.from(movingBlockIndices(104, 5, createRandom(5)))).toEqual(Array.from(first));
  });
  it("starts blocks uniformly over all n − L + 1 positions", () => {
    const counts = new Array<number>(8).fill(0);
    const random = createRandom(11);
    const trials = 16000;
    for (let trial = 0; trial < trials; trial++) {
      const start = movingBlockIndices(10, 3, random)[0] as number;
      counts[start] = (counts[start] as number) + 1;
    }
    // 8 starts, 2000 expected each; binomial sd ≈ 42, so ±250 is about 6 sd.
    for (const count of counts) expect(Math.abs(count - trials / 8)).toBeLessThan(250);
  });
  it("returns the identity when the block is the whole series", () => {
    expect(Array.from(movingBlockIndices(5, 5, createRandom(3)))).toEqual([0, 1, 2, 3, 4]);
  });
  it("keeps within range even when the random source returns exactly 1", () => {
    expect(Array.from(movingBlockIndices(4, 2, () => 1))).toEqual([2, 3, 2, 3]);
  });
  it("rejects a block longer than the series or a fractional length", () => {
    expect(() => movingBlockIndices(5, 6, createRandom(1))).toThrow(InvalidParameterError);
    expect(() => movingBlockIndices(5, 0, createRandom(1))).toThrow(InvalidParameterError);
    expect(() => movingBlockIndices(5, 2.5, createRandom(1))).toThrow(InvalidParameterError);
    expect(() => movingBlockIndices(0, 1, createRandom(1))).toThrow(InvalidParameterError);
  });
});

describe("movingBlockIndices on autocorrelated data", () => {
  it("sees the extra variance of the mean that an ordinary bootstrap misses", () => {
    // AR(1) with φ = 0.6: the variance of the mean is about (1 + φ)/(1 − φ) = 4 times the iid formula
    // (Brockwell & Davis 1991, §7.1). Averaged over 40 series of 104 weeks, the block bootstrap (L = 5) must
    // find a clearly larger variance than the iid bootstrap (L = 1); with blocks of 5, the expected ratio is
    // 1 + 2·Σ_{k<5} (1 − k/5)·0.6^k ≈ 2.62 (seen: 2.54).
    const random = createRandom(2026);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const variance = (values: number[]) => {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    };
    const bootstrapVariance = (series: Float64Array, blockLength: number) =>
      variance(
        Array.from({ length: 200 }, () => {
          const indices = movingBlockIndices(series.length, blockLength, random);
          return (
            indices.reduce((sum, index) => sum + (series[index] as number), 0) / indices.length
          );
        })
      );
    let ratio = 0;
    for (let run = 0; run < 40; run++) {
      const series = new Float64Array(104);
      for (let t = 1; t < 104; t++) series[t] = 0.6 * (series[t - 1] as number) + normal();
      ratio += bootstrapVariance(series, 5) / bootstrapVariance(series, 1) / 40;
    }
    expect(ratio).toBeGreaterThan(2);
    expect(ratio).toBeLessThan(4);
  });
});
