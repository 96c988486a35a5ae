import { CancelledError } from "../errors";
import { fitWithFixedHyperparameters } from "../attribution/fitWithFixedHyperparameters";
import { createRetuner } from "../model/retuneHyperparameters";
import { predictModel } from "../model/predictModel";
import type { RandomSource } from "../random/createRandom";
import { movingBlockIndices } from "../uncertainty/movingBlockIndices";
import { replicateRandom } from "../uncertainty/replicateRandom";
import { drawLiftTests } from "../experiments/drawLiftTests";
import { LIFT_DRAW_SEED_OFFSET, SHAPE_DRAW_SEED_OFFSET } from "./constants";
import { drawPlausibleShapes } from "./_internal/drawPlausibleShapes";
import { fitOptionsOf } from "./_internal/fitOptionsOf";
import { noisyPath, outcomeScale } from "./_internal/predictionBand";
import type { Replicate, ReplicateJob } from "./types";

/**
 * Makes the function that computes one bootstrap replicate of a job: resample blocks of weeks with the replicate's
 * own seeded stream, re-tune (or keep) the hyperparameters, refit both stages and draw a noisy revenue path.
 *
 * Why a separate unit: replicate i depends only on (job, i), so replicates can run in any thread, chunk or order —
 * a pool of workers builds one runner per worker from the same job and gives byte-identical results for any
 * number of workers.
 *
 * @param job - data, fit, seed, block length and tuning (plain data: it crosses worker boundaries)
 * @param signal - checked inside the re-tuning search; aborting makes the runner throw CancelledError
 * @returns index (and optionally its random stream) → the replicate, or null when its refit failed
 * @example
 * const run = replicateRunner(job);
 * const first = await run(0); // => { fit, path } or null
 */
export function replicateRunner(
  job: ReplicateJob,
  signal?: { readonly aborted: boolean }
): (index: number, random?: RandomSource) => Promise<Replicate | null> {
  const { dataset, result, blockLength, seed } = job;
  const n = dataset.weeks.length;
  const fitOptions = fitOptionsOf(result.options);
  const series = result.series.stage2;
  const scale = outcomeScale(result.model.outcomeStage.targetTransform);
  const residuals = series.actual.map(
    (value, t) => scale.forward(value) - scale.forward(series.fitted[t] as number)
  );
  const retune =
    job.tuning === "retuned"
      ? createRetuner(dataset, result.hyperparameters, fitOptions, signal)
      : null;
  return async (index, random = replicateRandom(seed, index)) => {
    const rows = movingBlockIndices(n, blockLength, random);
    try {
      const plausible = result.calibration?.plausibleShapes;
      const retuned = retune ? await retune(rows) : null;
      // A re-tuned replicate of a fit whose tests chose a shape draws that channel's shape from the shapes the data
      // accepted (held tuning keeps the fit's shapes, as it says).
      const settings = retuned
        ? plausible
          ? drawPlausibleShapes(
              retuned,
              plausible,
              replicateRandom(seed + SHAPE_DRAW_SEED_OFFSET, index)
            )
          : retuned
        : result.hyperparameters;
      // Lift tests (if any) are redrawn from their own stream, so a run without tests draws exactly as before.
      const tests = result.calibration?.tests.map((entry) => entry.test) ?? [];
      const options =
        tests.length > 0
          ? {
              ...fitOptions,
              liftTests: drawLiftTests(tests, replicateRandom(seed + LIFT_DRAW_SEED_OFFSET, index)),
            }
          : fitOptions;
      const fit = fitWithFixedHyperparameters(dataset, settings, options, rows);
      const fitted = predictModel(
        fit.model,
        { columns: dataset.columns, periods: n },
        { history: "none" }
      ).revenue;
      return { fit, path: noisyPath(fitted, residuals, scale, random) };
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      return null;
    }
  };
}
