import { describe, expect, it } from "@jest/globals";
import {
  chooseWithPrior,
  priorDistance,
  priorPull,
  type ScoredCandidate,
} from "../../../../src/core/model/_internal/shapePrior";
import type { ChannelHyperparameters } from "../../../../src/core/model/types";

const hill = (halfSaturation: number, decay = 0.25, onOff = false): ChannelHyperparameters => ({
  channel: "x",
  adstock: { kind: "geometric", decay, maxLag: 13 },
  saturation: { kind: "hill", halfSaturation, shape: 1 },
  onOff,
});

const scored = (hyper: ChannelHyperparameters, scores: number[]): ScoredCandidate => ({
  hyper,
  scores,
  mean: scores.reduce((a, b) => a + b, 0) / scores.length,
});

describe("priorPull", () => {
  it("is full up to 104 weeks, falls linearly after and stays at 1 standard error from 143 weeks on", () => {
    expect(priorPull(80)).toBe(4);
    expect(priorPull(104)).toBe(4);
    expect(priorPull(130)).toBeCloseTo(2, 12);
    expect(priorPull(143)).toBeCloseTo(1, 12);
    expect(priorPull(150)).toBe(1);
    expect(priorPull(156)).toBe(1);
    expect(priorPull(260)).toBe(1);
    expect(priorPull(520)).toBe(1);
  });
});

describe("priorDistance", () => {
  it("is 0 at the neutral shape and grows with the log2 half-saturation ratio, decay gap and on/off", () => {
    expect(priorDistance(hill(10), 10)).toBe(0);
    expect(priorDistance(hill(20), 10)).toBeCloseTo(1, 12);
    expect(priorDistance(hill(5), 10)).toBeCloseTo(1, 12);
    expect(priorDistance(hill(10, 0.5), 10)).toBeCloseTo(1, 12);
    expect(priorDistance(hill(10, 0.25, true), 10)).toBe(1);
    expect(priorDistance({ ...hill(10), saturation: { kind: "none" } }, 10)).toBe(1);
  });
});

describe("chooseWithPrior", () => {
  const neutral = scored(hill(10), [1.02, 1.01, 1.03, 1.0]);
  const far = scored(hill(40), [1.0, 1.0, 1.0, 1.0]);

  it("keeps the best score without a pull", () => {
    expect(chooseWithPrior([neutral, far], 0, (h) => priorDistance(h, 10))).toBe(far);
  });

  it("prefers the neutral shape when it trails within the allowed standard errors", () => {
    // Differences 0.02, 0.01, 0.03, 0.00: mean 0.015, sd ≈ 0.0129, SE ≈ 0.0065; 4 SE ≈ 0.026 > 0.015.
    expect(chooseWithPrior([neutral, far], 4, (h) => priorDistance(h, 10))).toBe(neutral);
  });

  it("keeps the better shape when the neutral one trails clearly", () => {
    const poor = scored(hill(10), [1.5, 1.6, 1.4, 1.5]);
    expect(chooseWithPrior([poor, far], 4, (h) => priorDistance(h, 10))).toBe(far);
  });
});
