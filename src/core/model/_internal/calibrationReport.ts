import type { WindowedLiftTest } from "../../experiments/types";
import type { CalibrationReport } from "../types";
import type { CalibratedOutcome } from "./calibrateOutcome";

const METHOD =
  "Each lift test adds (model lift − measured lift)² / SE² to the fit, next to each stage's squared residuals over " +
  "its residual variance σ²: the model lift is the counterfactual revenue over the test weeks with the channel at 0 " +
  "in them, through stage 1's prediction of Google for a 'total' test; a test with a read-out end week also counts " +
  "the revenue of its read-out weeks after the test, so the carry-over it measured is compared like for like. " +
  "Stage 2's coefficients and, for a 'total' " +
  "test, the channel's stage-1 coefficients (its pull on Google, so the mediated part is calibrated too) are " +
  "refitted in turn with the test as a weighted extra row, linearised, until no lift moves; the test's pull lands " +
  "on the stage whose data resist it least. A tested channel's stage-2 shape (carry-over and saturation) is then " +
  "chosen again: every shape of a small grid is calibrated to the tests, and of those that fit the weeks within 20% " +
  "of the best, the one whose total ROAS is the median is kept, because any shape can match one test once its " +
  "coefficient moves but the shapes turn it into different ROAS (liftTestShapes: false keeps the search's shapes; " +
  "a test whose SE exceeds half its lift changes no shape). The penalty stays as the search chose it.";

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
