import { beforeAll, describe, expect, it } from "@jest/globals";
import { replicateRunner } from "../../../src/core/analysis/replicateRunner";
import type { ChannelShape, MmmResult } from "../../../src/core/model/types";
import { fitSimulated, type SimulatedFit } from "./fitSimulated";

let fit: SimulatedFit;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
}, 120_000);

const shapes: ChannelShape[] = [0, 0.5, 0.85].map((decay) => ({
  adstock: { kind: "geometric", decay, maxLag: 13 },
  saturation: { kind: "hill", halfSaturation: 2000 + 1000 * decay, shape: 1 },
}));

/** The fit as if its tests had chosen facebook's shape among `shapes` (no tests to redraw). */
const withPlausible = (): MmmResult => ({
  ...fit.result,
  calibration: {
    tests: [],
    iterations: 0,
    method: "",
    plausibleShapes: { facebook_spend: shapes },
  },
});

const facebookShape = (replicate: { fit: { model: MmmResult["model"] } } | null): ChannelShape => {
  const entry = replicate!.fit.model.hyperparameters.outcome.channels.find(
    (c) => c.channel === "facebook_spend"
  )!;
  return { adstock: entry.adstock, saturation: entry.saturation };
};

describe("replicateRunner with shapes chosen by lift tests", () => {
  it("gives every re-tuned replicate one of the plausible shapes, the same for the same index", async () => {
    const job = { dataset: fit.dataset, seed: 9, blockLength: 8, tuning: "retuned" as const };
    const run = replicateRunner({ ...job, result: withPlausible() });
    const drawn = await Promise.all([0, 1, 2, 3, 4, 5].map((index) => run(index)));
    for (const replicate of drawn) expect(shapes).toContainEqual(facebookShape(replicate));
    expect(new Set(drawn.map((r) => JSON.stringify(facebookShape(r)))).size).toBeGreaterThan(1);
    expect(facebookShape(await run(3))).toEqual(facebookShape(drawn[3]!));
    // Without plausible shapes the re-tuned replicate keeps the search's own choice (no draw).
    const plain = await replicateRunner({ ...job, result: fit.result })(3);
    expect(shapes).not.toContainEqual(facebookShape(plain));
  }, 120_000);

  it("keeps the fit's shapes under held tuning", async () => {
    const run = replicateRunner({
      dataset: fit.dataset,
      result: withPlausible(),
      seed: 9,
      blockLength: 8,
      tuning: "fixed",
    });
    const entry = fit.result.hyperparameters.outcome.channels.find(
      (c) => c.channel === "facebook_spend"
    )!;
    expect(facebookShape(await run(0))).toEqual({
      adstock: entry.adstock,
      saturation: entry.saturation,
    });
  }, 120_000);
});
