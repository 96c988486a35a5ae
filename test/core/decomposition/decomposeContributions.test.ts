import { describe, expect, it } from "@jest/globals";
import {
  decomposeContributions,
  MULTIPLICATIVE_ATTRIBUTION,
  revenuePerLinearUnit,
} from "../../../src/core/decomposition/decomposeContributions";
import type { FittedModel, FittedStage } from "../../../src/core/model/types";

const none = { kind: "none" } as const;

function model(transform: "identity" | "log1p"): FittedModel {
  const outcomeStage: FittedStage = {
    stage: "outcome",
    target: "revenue",
    targetTransform: transform,
    floorAtZero: false,
    activeWeeksOnly: false,
    features: [
      { kind: "control", name: "price", column: "price", transform: "identity", lag: 0 },
      {
        kind: "media",
        name: "social",
        column: "social",
        adstock: none,
        saturation: none,
        scale: 1,
      },
      {
        kind: "media",
        name: "google",
        column: "google",
        adstock: none,
        saturation: none,
        scale: 1,
      },
      { kind: "interaction", name: "price×social", left: "price", right: "social" },
    ],
    intercept: transform === "log1p" ? 1 : 10,
    coefficients: transform === "log1p" ? [-0.01, 0.02, 0.03, 0.001] : [-1, 2, 3, 0.5],
    featureScales: [1, 1, 1, 1],
  };
  const mediatorStage: FittedStage = {
    stage: "mediator",
    target: "google",
    targetTransform: "identity",
    floorAtZero: true,
    activeWeeksOnly: false,
    features: [
      {
        kind: "media",
        name: "social",
        column: "social",
        adstock: none,
        saturation: none,
        scale: 1,
      },
    ],
    intercept: 1,
    coefficients: [0.5],
    featureScales: [1],
  };
  return {
    schema: "mmm-model/1",
    form: transform === "log1p" ? "multiplicative" : "additive",
    variant: "observed",
    roles: {
      date: "week",
      outcome: "revenue",
      mediator: "google",
      social: ["social"],
      controls: ["price"],
    },
    hyperparameters: {
      form: "additive",
      mediator: null,
      outcome: {
        stage: "outcome",
        channels: [],
        activeWeeksOnly: false,
        alpha: 0,
        l1Ratio: 0,
        cvScore: 0,
      },
    },
    mediatorStage,
    outcomeStage,
    data: { start: "2024-01-07", end: "2024-01-21", weeks: 3 },
    lastControls: { price: 3 },
    history: {},
    fitTime: null,
  };
}

const columns = {
  price: Float64Array.from([2, 3, 3]),
  social: Float64Array.from([0, 4, 8]),
  google: Float64Array.from([0, 1, 6]),
  revenue: Float64Array.from([1, 2, 3]),
};

describe("decomposeContributions", () => {
  it.each(["identity", "log1p"] as const)(
    "adds up to the fitted value of every week (%s target)",
    (transform) => {
      const parts = decomposeContributions(model(transform), columns);
      parts.fitted.forEach((fitted, t) => {
        const total =
          (parts.baseline[t] as number) +
          (parts.mediator[t] as number) +
          (parts.controls.price?.[t] as number) +
          (parts.direct.social?.[t] as number) +
          (parts.indirect.social?.[t] as number);
        expect(Math.abs(total - fitted)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(fitted)));
      });
      if (transform === "log1p") expect(parts.attribution).toBe(MULTIPLICATIVE_ATTRIBUTION);
    }
  );

  it("gives the indirect part as the mediator term's drop when the channel is off, by hand", () => {
    const parts = decomposeContributions(model("identity"), columns);
    // Week 2: google 6; stage 1 change with social at zero is 0.5·8 = 4, so google drops to 2 and the term by 3·4 = 12.
    expect(parts.indirect.social?.[2]).toBeCloseTo(12, 12);
    // Week 0: no social spend, nothing is mediated.
    expect(parts.indirect.social?.[0]).toBe(0);
    // Interaction price×social (0.5·3·8 = 12) shared half and half: direct social = 2·8 + 6 = 22 in week 2.
    expect(parts.direct.social?.[2]).toBeCloseTo(22, 12);
  });

  it("takes expm1(x)/x near zero from its series", () => {
    expect(revenuePerLinearUnit(0)).toBe(1);
    expect(revenuePerLinearUnit(1)).toBeCloseTo(Math.E - 1, 14);
  });
});
