import { describe, expect, it } from "@jest/globals";
import { choosePenalty, type Penalty } from "../../../../src/core/model/_internal/choosePenalty";
import type { ScoredCandidate } from "../../../../src/core/model/_internal/shapePrior";

const scored = (alpha: number, l1Ratio: number, scores: number[]): ScoredCandidate<Penalty> => ({
  hyper: { alpha, l1Ratio },
  scores,
  mean: scores.reduce((a, b) => a + b, 0) / scores.length,
});

describe("choosePenalty", () => {
  it("keeps ridge when the elastic net is better by less than one standard error of the fold differences", () => {
    // Differences ridge − net: 0.3, −0.2, 0.2, 0 → mean 0.075, sd 0.22, se 0.11: within one standard error.
    const ridge = scored(0.01, 0, [1.3, 0.8, 1.2, 1.0]);
    const net = scored(0.01, 0.5, [1.0, 1.0, 1.0, 1.0]);
    expect(choosePenalty([ridge, net])).toEqual({ alpha: 0.01, l1Ratio: 0 });
  });

  it("takes the elastic net when it is better by more than one standard error", () => {
    // Differences ridge − net: 0.3, 0.2, 0.3, 0.2 → mean 0.25, se 0.029: far beyond one standard error.
    const ridge = scored(0.01, 0, [1.3, 1.2, 1.3, 1.2]);
    const net = scored(0.03, 0.5, [1.0, 1.0, 1.0, 1.0]);
    expect(choosePenalty([ridge, net])).toEqual({ alpha: 0.03, l1Ratio: 0.5 });
  });

  it("among ridge penalties within reach keeps the best score, and the best overall when all are ridge", () => {
    const net = scored(0.01, 0.5, [1.0, 1.0, 1.0, 1.0]);
    // Both within one standard error of the net (mean differences 0.075 and 0.0375); the second scores better.
    const weakRidge = scored(0.001, 0, [1.3, 0.8, 1.2, 1.0]);
    const strongRidge = scored(0.1, 0, [1.15, 0.9, 1.1, 1.0]);
    expect(choosePenalty([net, weakRidge, strongRidge])).toEqual({ alpha: 0.1, l1Ratio: 0 });
    expect(choosePenalty([weakRidge, strongRidge])).toEqual({ alpha: 0.1, l1Ratio: 0 });
  });
});
