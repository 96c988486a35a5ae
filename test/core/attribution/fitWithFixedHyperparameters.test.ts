import { describe, expect, it, jest } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import { fitWithFixedHyperparameters } from "../../../src/core/attribution/fitWithFixedHyperparameters";
import { simulatedDataset } from "../model/helpers/simulatedDataset";

jest.setTimeout(120000);

describe("fitWithFixedHyperparameters", () => {
  const { dataset } = simulatedDataset({ seed: 21 });

  it("reproduces the tuned fit's effects on all weeks and refits cheaply on resampled weeks", async () => {
    const result = await fitMmm(dataset, { form: "additive" });
    const same = fitWithFixedHyperparameters(dataset, result.hyperparameters, { form: "additive" });
    expect(same.effects.channels.map((c) => c.total)).toEqual(
      result.effects.channels.map((c) => c.total)
    );
    expect(same.predictedEffects?.variant).toBe("predicted");
    const rows = Int32Array.from({ length: 104 }, (_, index) => (index * 7) % 104);
    const started = Date.now();
    const refit = fitWithFixedHyperparameters(
      dataset,
      result.hyperparameters,
      { form: "additive" },
      rows
    );
    const elapsed = Date.now() - started;
    expect(refit.effects.channels).toHaveLength(4);
    expect(refit.elasticity.column).toBe("average_price");
    expect(refit.promoLift.column).toBe("promotions");
    // Generous bound (jest's sandbox is slow); outside jest a refit takes a few milliseconds.
    expect(elapsed).toBeLessThan(2000);
  });

  it("rejects row indices outside the data", async () => {
    const result = await fitMmm(dataset, { form: "additive" });
    expect(() =>
      fitWithFixedHyperparameters(dataset, result.hyperparameters, {}, [0, 1, 104])
    ).toThrow(InvalidParameterError);
  });
});
