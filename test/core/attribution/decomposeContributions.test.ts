import { describe, expect, it } from "@jest/globals";
import { contributionParts } from "../../../src/core/attribution/contributionParts";
import {
  decomposeContributions,
  MULTIPLICATIVE_ATTRIBUTION,
} from "../../../src/core/attribution/decomposeContributions";
import { InvalidParameterError } from "../../../src/core/errors";
import type { Contributions, FittedModel, FittedStage } from "../../../src/core/model/types";

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

/** Every part of a decomposition, base included, summed week by week. */
function partsTotal(parts: Contributions): Float64Array {
  const lists = [
    parts.base,
    parts.trend,
    parts.seasonality,
    parts.mediator,
    ...Object.values(parts.controls),
    ...Object.values(parts.direct),
    ...Object.values(parts.indirect),
  ];
  return parts.fitted.map((_, t) => lists.reduce((sum, series) => sum + (series[t] as number), 0));
}

/** Mean price of the three weeks, the default reference. */
const MEAN_PRICE = 8 / 3;

describe("decomposeContributions", () => {
  it.each(["identity", "log1p"] as const)(
    "adds up to the fitted value of every week (%s target)",
    (transform) => {
      const parts = decomposeContributions(model(transform), columns);
      const totals = partsTotal(parts);
      parts.fitted.forEach((fitted, t) => {
        expect(Math.abs((totals[t] as number) - fitted)).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(fitted))
        );
      });
      if (transform === "log1p") expect(parts.attribution).toBe(MULTIPLICATIVE_ATTRIBUTION);
    }
  );

  it("measures price from its mean and media from zero spend, by hand (additive)", () => {
    const parts = decomposeContributions(model("identity"), columns);
    // Base: intercept 10 + price term at the mean −1·8/3 (media and the interaction at zero spend are 0).
    for (const value of parts.base) expect(value).toBeCloseTo(10 - MEAN_PRICE, 12);
    // Week 2: google 6; stage 1 change with social at zero is 0.5·8 = 4, so google drops to 2 and the term by 3·4 = 12.
    expect(parts.indirect.social?.[2]).toBeCloseTo(12, 12);
    // Week 0: no social spend, nothing is mediated.
    expect(parts.indirect.social?.[0]).toBe(0);
    // Interaction price×social (0.5·3·8 = 12 above its reference 0) shared half and half.
    expect(parts.direct.social?.[2]).toBeCloseTo(2 * 8 + 6, 12);
    expect(parts.controls.price?.[2]).toBeCloseTo(-(3 - MEAN_PRICE) + 6, 12);
    expect(parts.references).toEqual([
      { driver: "price", kind: "mean", value: MEAN_PRICE },
      { driver: "social", kind: "zero", value: 0 },
      { driver: "google", kind: "zero", value: 0 },
    ]);
  });

  it("moves a control's part by coefficient × (mean − base) when the user chooses its base", () => {
    const atMean = decomposeContributions(model("identity"), columns);
    const atTwo = decomposeContributions(model("identity"), columns, {
      contributionBase: { price: 2 },
    });
    atMean.fitted.forEach((_, t) => {
      const shift = (atTwo.controls.price?.[t] as number) - (atMean.controls.price?.[t] as number);
      expect(shift).toBeCloseTo(-1 * (MEAN_PRICE - 2), 12);
      expect((atTwo.base[t] as number) + shift).toBeCloseTo(atMean.base[t] as number, 12);
    });
    expect(atTwo.references[0]).toEqual({ driver: "price", kind: "user", value: 2 });
  });

  it("takes mean references over the given weeks only", () => {
    const parts = decomposeContributions(model("identity"), columns, { referenceWeeks: [0, 1] });
    expect(parts.references[0]?.value).toBe(2.5);
  });

  it("splits the multiplicative gap to the base in proportion to the log-scale moves", () => {
    const parts = decomposeContributions(model("log1p"), columns);
    // Base: expm1(1 − 0.01·8/3); week 2 moves: price −0.01·(3 − 8/3) + half of 0.001·24, social 0.02·8 + 0.012.
    const base = Math.expm1(1 - 0.01 * MEAN_PRICE);
    for (const value of parts.base) expect(value).toBeCloseTo(base, 12);
    const priceMove = -0.01 * (3 - MEAN_PRICE) + 0.012;
    const socialMove = 0.02 * 8 + 0.012;
    expect(
      (parts.controls.price?.[2] as number) / (parts.direct.social?.[2] as number)
    ).toBeCloseTo(priceMove / socialMove, 12);
  });

  it("gives media at zero spend no contribution", () => {
    const zero = new Float64Array(3);
    const parts = decomposeContributions(model("identity"), {
      ...columns,
      social: zero,
      google: zero,
    });
    for (const series of [parts.direct.social, parts.indirect.social, parts.mediator])
      for (const value of series ?? []) expect(value).toBe(0);
  });

  it.each([
    [{ social: 1 }, "not a control column"],
    [{ price: Number.NaN }, "must be a number"],
  ])("rejects the contribution base %p with a clear message", (contributionBase, text) => {
    const run = () => decomposeContributions(model("identity"), columns, { contributionBase });
    expect(run).toThrow(InvalidParameterError);
    expect(run).toThrow(text);
  });

  it("rejects a base of 0 or less for a logged column", () => {
    const logged = model("log1p");
    const stage = {
      ...logged.outcomeStage,
      features: logged.outcomeStage.features.map((f) =>
        f.kind === "control" ? { ...f, transform: "log" as const } : f
      ),
    };
    const run = () =>
      decomposeContributions({ ...logged, outcomeStage: stage }, columns, {
        contributionBase: { price: 0 },
      });
    expect(run).toThrow("must be above 0");
  });
});

describe("contributionParts", () => {
  it("lists every part once, with its reference, adding up to the fitted total", () => {
    const parts = decomposeContributions(model("identity"), columns);
    const list = contributionParts(parts, model("identity").roles);
    expect(list.map((p) => p.key)).toEqual([
      "base",
      "price",
      "social_direct",
      "social_via_mediator",
      "google_own",
    ]);
    expect(list[1]?.reference).toBe("vs mean 2.667");
    expect(list[4]?.reference).toBe("vs zero spend");
    parts.fitted.forEach((fitted, t) => {
      const total = list.reduce((sum, part) => sum + (part.values[t] as number), 0);
      expect(total).toBeCloseTo(fitted, 12);
    });
  });
});
