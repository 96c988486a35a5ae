import type { WindowedLiftTest } from "../../experiments/types";
import type { CalibrationReport } from "../types";
import type { CalibratedOutcome } from "./calibrateOutcome";

const METHOD =
  "Each lift test adds σ²/SE² · (model lift − measured lift)² to stage 2's least squares (σ² the plain fit's " +
  "residual variance), as a weighted extra row: the model lift is the counterfactual revenue over the test weeks " +
  "with the channel at 0 in them, through stage 1's prediction of Google for a 'total' test. It is linear in stage " +
  "2's coefficients in the additive form (exact in one refit) and linearised and refitted until it settles in the " +
  "multiplicative form. Stage 1, the shapes and the penalty are as the plain search chose them, unless " +
  "liftTestShapes is on: then each tested channel's stage-2 carry-over is chosen again over the coarse decay grid " +
  "by CV error of the calibrated fits plus the tests' chi-square, so a shape that contradicts a test loses.";

/** The report of a calibration: per test, measured vs model lift before and after. */
export function calibrationReport(
  tests: readonly WindowedLiftTest[],
  calibration: CalibratedOutcome
): CalibrationReport {
  return {
    tests: tests.map((test, k) => ({
      test: test.test,
      measured: test.lift,
      standardError: test.standardError,
      before: calibration.before[k] as number,
      after: calibration.after[k] as number,
      spend: test.spend,
    })),
    iterations: calibration.iterations,
    method: METHOD,
  };
}
