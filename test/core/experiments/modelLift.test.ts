import { describe, expect, it } from "@jest/globals";
import { modelLift } from "../../../src/core/experiments/modelLift";
import type { FittedModel } from "../../../src/core/model/types";

/** Sums of a few exact binary fractions: agreement to rounding. */
const TOLERANCE = 1e-12;
const INTERCEPT = 10;
const COEFFICIENT = 2;
const DECAY = 0.5;

/** A single-stage additive model by hand: revenue = 10 + 2 · geometric adstock (decay) of social spend. */
function model(decay: number): FittedModel {
  return {
    schema: "mmm-model/1",
    form: "additive",
    variant: "observed",
    roles: { date: "week", outcome: "revenue", mediator: null, social: ["social"], controls: [] },
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
    mediatorStage: null,
    outcomeStage: {
      stage: "outcome",
      target: "revenue",
      targetTransform: "identity",
      floorAtZero: false,
      activeWeeksOnly: false,
      features: [
        {
          kind: "media",
          name: "social",
          column: "social",
          adstock: { kind: "geometric", decay },
          saturation: { kind: "none" },
          scale: 1,
        },
      ],
      intercept: INTERCEPT,
      coefficients: [COEFFICIENT],
      featureScales: [1],
    },
    data: { start: "2024-01-01", end: "2024-02-12", weeks: 7 },
    lastControls: {},
    history: {},
    fitTime: null,
  };
}

// Spend only in the test weeks 1–2, so the whole carry-over after week 2 comes from the test's spend.
const SPEND = [0, 4, 4, 0, 0, 0, 0];
const columns = { social: Float64Array.from(SPEND), revenue: new Float64Array(SPEND.length) };
const test = { channel: "social", path: "total", start: 1, end: 2 } as const;

/** Coefficient × adstocked test spend in week t (the spend before week 1 is 0, so that is all of it). */
const effect = (decay: number, t: number): number => {
  let sum = 0;
  for (let l = 0; l <= t; l++) sum += decay ** l * (SPEND[t - l] as number);
  return COEFFICIENT * sum;
};

describe("modelLift", () => {
  it("counts the carry-over up to the read-out end for a channel with decay", () => {
    const within = modelLift(model(DECAY), columns, test);
    const readout = modelLift(model(DECAY), columns, { ...test, readoutEnd: 4 });
    expect(Math.abs(within.lift - (effect(DECAY, 1) + effect(DECAY, 2)))).toBeLessThan(TOLERANCE);
    const carryOver = effect(DECAY, 3) + effect(DECAY, 4);
    expect(carryOver).toBeGreaterThan(0);
    expect(Math.abs(readout.lift - within.lift - carryOver)).toBeLessThan(TOLERANCE);
    // The spend is the test weeks' alone: the read-out weeks change what is counted, not what was spent.
    expect(readout.spend).toBe(within.spend);
    expect(within.spend).toBe(8);
  });

  it("equals the test-weeks lift when the channel has no carry-over", () => {
    const within = modelLift(model(0), columns, test);
    const readout = modelLift(model(0), columns, { ...test, readoutEnd: 6 });
    expect(within.lift).toBeCloseTo(COEFFICIENT * 8, 12);
    expect(readout.lift).toBe(within.lift);
  });

  it("treats a read-out end at the end week as no read-out", () => {
    const within = modelLift(model(DECAY), columns, test);
    expect(modelLift(model(DECAY), columns, { ...test, readoutEnd: 2 })).toEqual(within);
  });
});
