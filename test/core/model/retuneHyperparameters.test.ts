import { beforeAll, describe, expect, it } from "@jest/globals";
import { fitOptionsOf } from "../../../src/core/analysis/_internal/fitOptionsOf";
import { CancelledError } from "../../../src/core/errors";
import { createRetuner } from "../../../src/core/model/retuneHyperparameters";
import { createRandom } from "../../../src/core/random/createRandom";
import { movingBlockIndices } from "../../../src/core/uncertainty/movingBlockIndices";
import { fitSimulated, type SimulatedFit } from "../analysis/fitSimulated";

let fit: SimulatedFit;
beforeAll(async () => {
  // The full fit (both forms): the retuner must repeat whichever form, cut-off and two-part choice it made.
  fit = await fitSimulated({ seed: 101 }, { form: "auto" });
}, 60_000);

const allWeeks = () => Array.from({ length: fit.dataset.weeks.length }, (_, t) => t);

describe("createRetuner", () => {
  it("on the weeks themselves (each drawn once) repeats the fit's own search exactly", async () => {
    const retune = createRetuner(
      fit.dataset,
      fit.result.hyperparameters,
      fitOptionsOf(fit.result.options)
    );
    expect(await retune(allWeeks())).toEqual(fit.result.hyperparameters);
  }, 60_000);

  it("on a resample is deterministic and can choose other shapes", async () => {
    const retune = createRetuner(
      fit.dataset,
      fit.result.hyperparameters,
      fitOptionsOf(fit.result.options)
    );
    const n = fit.dataset.weeks.length;
    const resamples = [1, 2, 3, 4].map((seed) => movingBlockIndices(n, 8, createRandom(seed)));
    const first = await retune(resamples[0]!);
    expect(await retune(resamples[0]!)).toEqual(first);
    const settings = [
      first,
      ...(await Promise.all(resamples.slice(1).map((rows) => retune(rows)))),
    ];
    const shapes = settings.map((s) => JSON.stringify(s.outcome.channels));
    expect(new Set(shapes).size).toBeGreaterThan(1);
    for (const s of settings) {
      expect(s.form).toBe(fit.result.hyperparameters.form);
      expect(s.mediator?.activeWeeksOnly).toBe(
        fit.result.hyperparameters.mediator?.activeWeeksOnly
      );
    }
  }, 60_000);

  it("throws CancelledError when its signal is aborted", async () => {
    const retune = createRetuner(
      fit.dataset,
      fit.result.hyperparameters,
      fitOptionsOf(fit.result.options),
      {
        aborted: true,
      }
    );
    await expect(retune(allWeeks())).rejects.toBeInstanceOf(CancelledError);
  });
});
