import { describe, expect, it } from "@jest/globals";
import {
  flightingFlags,
  randomStream,
  standardNormal,
} from "../../../../src/core/simulate/_internal/randomStreams";

describe("randomStream", () => {
  it("gives the same numbers for the same seed and stream, different ones otherwise", () => {
    const draw = (seed: number, name: string): number[] => {
      const random = randomStream(seed, name);
      return [random(), random(), random()];
    };
    expect(draw(1, "price")).toEqual(draw(1, "price"));
    expect(draw(1, "price")).not.toEqual(draw(1, "crm"));
    expect(draw(1, "price")).not.toEqual(draw(2, "price"));
  });
});

describe("standardNormal", () => {
  it("has mean near 0 and sd near 1 over many draws", () => {
    const random = randomStream(3, "normal");
    const draws = Array.from({ length: 20000 }, () => standardNormal(random));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length);
    // Standard error of the mean is 1/√20000 ≈ 0.007; of the sd about 0.005.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});

describe("flightingFlags", () => {
  it("is always on for share 1 and never on for share 0", () => {
    expect(Array.from(flightingFlags(randomStream(1, "a"), 5, 1, 3))).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from(flightingFlags(randomStream(1, "a"), 5, 0, 3))).toEqual([0, 0, 0, 0, 0]);
  });
  it("is on for about the requested share of weeks over a long run", () => {
    const flags = flightingFlags(randomStream(7, "b"), 20000, 0.4, 6);
    const share = flags.reduce((a, b) => a + b, 0) / flags.length;
    expect(Math.abs(share - 0.4)).toBeLessThan(0.03);
  });
});
