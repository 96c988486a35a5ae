/** Named constants of experiments/. */

/**
 * Headers a lift-test table must have (matched without case, spaces or underscores): the channel, the test's first
 * and last week, the measured lift or ROAS (one of the two columns, the other may be absent or blank), its standard
 * error and the path ("total" or "direct"; blank = "total"). The read-out end week is optional (the column may be
 * absent or a cell blank = the end week): the last week whose revenue the measured lift counts, so a test read out
 * over a cool-down after the spend change is compared with the model's lift over the same weeks.
 */
export const LIFT_TEST_HEADERS = {
  channel: "channel",
  startWeek: "start_week",
  endWeek: "end_week",
  readoutEndWeek: "readout_end_week",
  lift: "lift",
  roas: "roas",
  standardError: "standard_error",
  path: "path",
} as const;

/** Path of a test whose path cell is blank: most tests leave Google to react as usual, which measures the total. */
export const DEFAULT_LIFT_PATH = "total";

/** Days a data week covers from its date: a test date up to 6 days after the last week still falls in it. */
export const DAYS_PER_WEEK = 7;

/**
 * Relative standard error (SE / lift) a planned test should reach by default: 0.2 gives a 90% interval of about
 * ±33% of the lift, enough to move a calibrated ROAS well beyond what 104 weeks of observational data pin down
 * (the simulator's median ROAS error is about 25%).
 */
export const DEFAULT_TARGET_RELATIVE_SE = 0.2;

/** Longest test the planner proposes, in weeks: past a year, seasonality and other changes swamp a test. */
export const MAX_PLANNED_TEST_WEEKS = 52;

/**
 * Spend change of the run's test-plan table: +50% for the test weeks is a common geo-test design, large enough to
 * measure and small enough to stay on the observed range of the response curve.
 */
export const DEFAULT_TEST_PLAN_CHANGE = 0.5;

/** Test length of the run's test-plan table, in weeks: a typical geo test (and the accuracy bench's test). */
export const DEFAULT_TEST_PLAN_WEEKS = 8;
