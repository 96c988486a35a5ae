import type { CalibrationReport } from "../model/types";
import { TABLE_TITLE_PREFIX } from "./constants";
import { column, numberCell } from "./_internal/tableParts";
import type { Table, TableRow } from "./types";

/** What one row of the Calibration table means. */
export const CALIBRATION_DESCRIPTION =
  "One lift test the fit was calibrated with: its channel, weeks (and the last week of its read-out, when the " +
  "measured lift counts weeks after the test) and path, the measured incremental revenue and its standard error, " +
  "and the model's lift over the same weeks before and after calibration, each also in standard errors from the " +
  "measurement.";

/** (model − measured) ÷ SE: how many of the test's standard errors the model is off. */
const standardErrorsOff = (model: number, measured: number, standardError: number) =>
  numberCell(standardError > 0 ? (model - measured) / standardError : null);

/** The note naming the channels whose carry-over and saturation the tests re-chose; none when no shape moved. */
const shapeNote = (channels: readonly string[]): string[] =>
  channels.length === 0
    ? []
    : [
        `The tests re-chose the carry-over and saturation of ${channels.join(", ")}: of the shapes the weeks ` +
          "accept, the one whose ROAS after calibration is the median (MMM Coefficients shows the shape in use).",
      ];

/**
 * The Calibration table: per lift test, the measured lift beside the model's before and after calibration, so an
 * analyst sees whether the data agreed with the experiment (before close to measured) and how far the fit moved.
 * @param calibration - the fit's calibration report (`MmmResult.calibration`).
 * @returns The table (no total row: tests may overlap in weeks and channels).
 * @example calibrationTable(result.calibration).rows[0]?.[0] // => "tiktok_spend"
 * @see https://facebookexperimental.github.io/Robyn/docs/calibration (lift tests as calibration)
 */
export function calibrationTable(calibration: CalibrationReport): Table {
  const rows: TableRow[] = calibration.tests.map((entry) => [
    entry.test.channel,
    entry.test.startWeek,
    entry.test.endWeek,
    entry.test.readoutEndWeek ?? null,
    entry.test.path,
    numberCell(entry.spend),
    numberCell(entry.measured),
    numberCell(entry.standardError),
    numberCell(entry.before),
    numberCell(entry.after),
    standardErrorsOff(entry.before, entry.measured, entry.standardError),
    standardErrorsOff(entry.after, entry.measured, entry.standardError),
  ]);
  return {
    id: "calibration",
    title: `${TABLE_TITLE_PREFIX} Calibration`,
    fileName: "calibration.csv",
    description: CALIBRATION_DESCRIPTION,
    columns: [
      column("channel", "Channel", "text"),
      column("start_week", "First week", "date"),
      column("end_week", "Last week", "date"),
      column("readout_end_week", "Last read-out week", "date"),
      column("path", "Path measured", "text"),
      column("spend", "Channel spend in the test weeks", "currency"),
      column("measured_lift", "Measured lift", "currency"),
      column("standard_error", "Standard error", "currency"),
      column("model_lift_before", "Model lift before calibration", "currency"),
      column("model_lift_after", "Model lift after calibration", "currency"),
      column("before_in_standard_errors", "Before − measured (SEs)", "number"),
      column("after_in_standard_errors", "After − measured (SEs)", "number"),
    ],
    rows,
    total: null,
    notes: [
      calibration.method,
      "Before is the fit without the tests; after is the reported fit. A model lift within about 2 standard errors " +
        "of the measurement agrees with the test; the interval of a tested channel's ROAS now reflects the test's " +
        "precision (each bootstrap replicate redraws the measured lift from its standard error).",
      ...shapeNote(calibration.shapesChanged ?? []),
    ],
  };
}
