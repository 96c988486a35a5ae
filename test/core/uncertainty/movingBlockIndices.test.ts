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
          for (const index of indices) {
            expect(index).toBeGreaterThanOrEqual(0);
            expect(index).toBeLessThan(n);
          }
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
