import { InvalidParameterError } from "../errors";
import type { Dataset, Series } from "../types";
import { liftTestWindow } from "./liftTestWindow";
import type { LiftTest, WindowedLiftTest } from "./types";

/**
 * Maps lift tests onto the data: weeks to indices, and a ROAS test to incremental revenue (ROAS and its standard
 * error times the channel's spend over the test weeks), the unit the calibration compares.
 *
 * @param tests - validated lift tests
 * @param dataset - the data the model is fitted on
 * @returns one windowed test per test, in order
 * @throws {InvalidParameterError} for a channel that is not social, weeks outside the data, a test without
 *   spend in its weeks given as ROAS, or a standard error that is not above 0
 * @example
 * windowLiftTests([test], dataset)[0].lift; // => 52000
 */
export function windowLiftTests(tests: readonly LiftTest[], dataset: Dataset): WindowedLiftTest[] {
  return tests.map((test) => {
    if (!dataset.roles.social.includes(test.channel)) {
      throw new InvalidParameterError(
        "liftTests",
        `The lift test of '${test.channel}' names no social channel of the data; choose one of: ` +
          `${dataset.roles.social.join(", ")}.`
      );
    }
    if (!(test.standardError > 0)) {
      throw new InvalidParameterError(
        "liftTests",
        `The lift test of '${test.channel}' has standard error ${test.standardError}; it must be above 0.`
      );
    }
    const { start, end, readoutEnd } = liftTestWindow(test, dataset.weeks);
    const values = dataset.columns[test.channel] as Series;
    let spend = 0;
    for (let t = start; t <= end; t++) spend += values[t] as number;
    const perSpend = test.lift === null;
    if (perSpend && !(spend > 0)) {
      throw new InvalidParameterError(
        "liftTests",
        `The lift test of '${test.channel}' gives a ROAS, but the channel has no spend in its weeks ` +
          `${test.startWeek} to ${test.endWeek}; give the lift in revenue instead.`
      );
    }
    const factor = perSpend ? spend : 1;
    return {
      channel: test.channel,
      path: test.path,
      start,
      end,
      readoutEnd,
      lift: (test.lift ?? test.roas ?? 0) * factor,
      standardError: test.standardError * factor,
      test,
      spend,
    };
  });
}
