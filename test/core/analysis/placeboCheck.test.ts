import { beforeAll, describe, expect, it } from "@jest/globals";
import { placeboCheck } from "../../../src/core/analysis/placeboCheck";
import type { PlaceboResult } from "../../../src/core/analysis/types";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import type { Dataset, Series } from "../../../src/core/types";
import { fitSimulated, type SimulatedFit } from "./fitSimulated";

/** Revenue per unit of the planted series' spend: about a real channel's ROAS, so a working check must see it. */
const PLANTED_ROAS = 3;
/** Replicates of the tests: enough for a 90% interval's ends to settle, few enough to keep the test quick. */
const REPLICATES = 20;

let fit: SimulatedFit;
let placebo: PlaceboResult;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
  placebo = await placeboCheck(fit.dataset, fit.result, { seed: 5, replicates: REPLICATES });
}, 300_000);

describe("placeboCheck", () => {
  it("copies a real social channel shifted by half the data under a new name", () => {
    expect(fit.dataset.roles.social).toContain(placebo.sourceChannel);
    expect(placebo.shiftWeeks).toBe(Math.floor(fit.dataset.weeks.length / 2));
    expect(placebo.placeboChannel).toBe(`placebo_${placebo.sourceChannel}`);
    expect(placebo.replicates - placebo.failed).toBeGreaterThan(REPLICATES / 2);
    expect(placebo.totalInterval.lower).toBeLessThanOrEqual(placebo.totalInterval.upper);
  });

  it("passes on simulated data where the shifted spend has no effect", () => {
    expect(placebo.check.status).toBe("pass");
    expect(placebo.realMedianRoas).not.toBeNull();
    expect(Math.abs(placebo.roas!)).toBeLessThan(placebo.realMedianRoas!);
  });

  it("asks for a review when revenue really follows the shifted spend", async () => {
    const { dataset } = fit;
    const source = placebo.sourceChannel;
    const values = dataset.columns[source] as Series;
    const n = values.length;
    const shift = Math.floor(n / 2);
    const outcome = dataset.roles.outcome;
    const revenue = (dataset.columns[outcome] as Series).map(
      (value, t) => value + PLANTED_ROAS * (values[(t - shift + n) % n] as number)
    );
    const planted: Dataset = { ...dataset, columns: { ...dataset.columns, [outcome]: revenue } };
    const result = await fitMmm(planted, { form: "additive" });
    const caught = await placeboCheck(planted, result, { seed: 5, replicates: REPLICATES });
    expect(caught.sourceChannel).toBe(source);
    expect(caught.check.status).toBe("review");
    expect(caught.totalInterval.lower).toBeGreaterThan(0);
  }, 300_000);

  it("rejects fewer than 2 replicates", async () => {
    await expect(placeboCheck(fit.dataset, fit.result, { replicates: 1 })).rejects.toThrow(
      InvalidParameterError
    );
  });
});
