import { describe, expect, it, jest } from "@jest/globals";
import { existsSync, readFileSync } from "fs";
import { decomposeContributions } from "../../../src/core/attribution/decomposeContributions";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import type { Contributions, MmmResult } from "../../../src/core/model/types";
import type { Dataset } from "../../../src/core/types";
import { simulatedDataset } from "../model/helpers/simulatedDataset";

// Fits take well under a second in node; jest's sandbox makes numeric loops several times slower.
jest.setTimeout(180000);

/** Relative tolerance of "adds up exactly" (the 1e-9). */
const ADD_UP_TOLERANCE = 1e-9;

const sum = (values: ArrayLike<number>): number => Array.from(values).reduce((a, b) => a + b, 0);

function drivers(parts: Contributions): Float64Array[] {
  return [
    parts.trend,
    parts.seasonality,
    parts.mediator,
    ...Object.values(parts.controls),
    ...Object.values(parts.direct),
    ...Object.values(parts.indirect),
  ];
}

/** Checks base + Σ drivers = fitted every week and over all weeks, and that the base is one level. */
function expectExactWaterfall(parts: Contributions): void {
  const list = drivers(parts);
  parts.fitted.forEach((fitted, t) => {
    const total = list.reduce(
      (acc, series) => acc + (series[t] as number),
      parts.base[t] as number
    );
    expect(Math.abs(total - fitted)).toBeLessThanOrEqual(ADD_UP_TOLERANCE * Math.abs(fitted));
    expect(parts.base[t]).toBe(parts.base[0]);
  });
  const overWeeks = sum(parts.base) + list.reduce((acc, series) => acc + sum(series), 0);
  expect(Math.abs(overWeeks - sum(parts.fitted))).toBeLessThanOrEqual(
    ADD_UP_TOLERANCE * Math.abs(sum(parts.fitted))
  );
}

describe("decomposeContributions on simulated fits", () => {
  const { dataset } = simulatedDataset({ seed: 3 });
  const price = "average_price";
  let additive: MmmResult;

  it("adds up exactly in the additive form, price averaging 0 against its mean", async () => {
    additive = await fitMmm(dataset, { form: "additive", priceCutoff: "never" });
    const parts = additive.contributions;
    expectExactWaterfall(parts);
    const meanFitted = sum(parts.fitted) / parts.fitted.length;
    expect(Math.abs(sum(parts.controls[price] as Float64Array) / parts.fitted.length)).toBeLessThan(
      ADD_UP_TOLERANCE * meanFitted
    );
    // Seasonality and trend are measured from their mean too.
    expect(Math.abs(sum(parts.seasonality) / parts.fitted.length)).toBeLessThan(
      ADD_UP_TOLERANCE * meanFitted
    );
    expect(parts.references.find((r) => r.driver === price)?.kind).toBe("mean");
  });

  it("moves price's part by coefficient × (mean − base) per week with a chosen base", () => {
    const stage = additive.model.outcomeStage;
    const index = stage.features.findIndex((f) => f.kind === "control" && f.column === price);
    const coefficient = stage.coefficients[index] as number;
    const mean = additive.contributions.references.find((r) => r.driver === price)?.value as number;
    const chosen = mean - 3;
    const atMean = decomposeContributions(additive.model, dataset.columns);
    const atChosen = decomposeContributions(additive.model, dataset.columns, {
      contributionBase: { [price]: chosen },
    });
    expectExactWaterfall(atChosen);
    atMean.fitted.forEach((_, t) => {
      const shift =
        (atChosen.controls[price]?.[t] as number) - (atMean.controls[price]?.[t] as number);
      expect(shift).toBeCloseTo(coefficient * (mean - chosen), 6);
    });
  });

  it("agrees with the counterfactual effects in the additive form", () => {
    const parts = additive.contributions;
    for (const effect of additive.effects.channels) {
      const scale = Math.max(1, Math.abs(effect.total));
      expect(Math.abs(sum(parts.indirect[effect.channel] ?? []) - effect.indirect)).toBeLessThan(
        1e-9 * scale
      );
      expect(Math.abs(sum(parts.direct[effect.channel] ?? []) - effect.direct)).toBeLessThan(
        1e-6 * scale
      );
    }
    const mediated = Object.values(parts.indirect).reduce((acc, series) => acc + sum(series), 0);
    const mediatorTotal = additive.effects.mediator?.total as number;
    expect(Math.abs(sum(parts.mediator) + mediated - mediatorTotal)).toBeLessThan(
      1e-6 * Math.abs(mediatorTotal)
    );
  });

  it("gives media at zero spend no contribution", () => {
    const zero = new Float64Array(dataset.weeks.length);
    const channel = dataset.roles.social[0] as string;
    const parts = decomposeContributions(additive.model, { ...dataset.columns, [channel]: zero });
    for (const value of parts.direct[channel] ?? []) expect(value).toBe(0);
    for (const value of parts.indirect[channel] ?? []) expect(value).toBe(0);
  });

  it("adds up exactly in the multiplicative form", async () => {
    const result = await fitMmm(dataset, { form: "multiplicative" });
    expect(result.form).toBe("multiplicative");
    expectExactWaterfall(result.contributions);
    for (const channel of dataset.roles.social) {
      const total =
        sum(result.contributions.direct[channel] ?? []) +
        sum(result.contributions.indirect[channel] ?? []);
      expect(Number.isFinite(total)).toBe(true);
    }
  });

  it("rejects a contribution base that names no control before fitting", async () => {
    await expect(fitMmm(dataset, { contributionBase: { revenue: 1 } })).rejects.toThrow(
      InvalidParameterError
    );
    await expect(fitMmm(dataset, { contributionBase: { [price]: -1 } })).rejects.toThrow(
      "must be above 0"
    );
  });
});

const REAL_DATA = "/work/shared/data/mmm_weekly_assessment.csv";
const maybe = existsSync(REAL_DATA) ? it : it.skip;
if (!existsSync(REAL_DATA))
  console.log(`Skipping the real-data decomposition: ${REAL_DATA} is absent.`);

describe("decomposeContributions on the real assessment data", () => {
  maybe.each(["additive", "multiplicative"] as const)(
    "adds up exactly and states each share of fitted revenue (%s)",
    async (form) => {
      const lines = readFileSync(REAL_DATA, "utf8").trim().split("\n");
      const headers = (lines[0] as string).split(",");
      const rows = lines.slice(1).map((line) => line.split(","));
      const columns: Record<string, Float64Array> = {};
      headers
        .slice(1)
        .forEach((h, j) => (columns[h] = Float64Array.from(rows, (row) => Number(row[j + 1]))));
      const dataset: Dataset = {
        weeks: rows.map((row) => row[0] as string),
        roles: {
          date: "week",
          outcome: "revenue",
          mediator: "google_spend",
          social: ["facebook_spend", "tiktok_spend", "instagram_spend", "snapchat_spend"],
          controls: ["average_price", "promotions", "emails_send", "sms_send", "social_followers"],
        },
        columns,
        sourceRows: rows.map((_, index) => index + 2),
        headers,
      };
      const result = await fitMmm(dataset, { form });
      const parts = result.contributions;
      expectExactWaterfall(parts);
      const fitted = sum(parts.fitted);
      const share = (values: ArrayLike<number>) => ((100 * sum(values)) / fitted).toFixed(1);
      const price = parts.controls.average_price as Float64Array;
      console.log(
        `Real data (${form}): base ${share(parts.base)}%, trend ${share(parts.trend)}%, seasonality ` +
          `${share(parts.seasonality)}%, average_price ${share(price)}% of fitted revenue; price part ` +
          `${(sum(price) / price.length).toFixed(0)} per week on average, reference ` +
          JSON.stringify(parts.references.find((r) => r.driver === "average_price"))
      );
      expect(parts.references.find((r) => r.driver === "average_price")?.kind).toBe("mean");
    }
  );
});
