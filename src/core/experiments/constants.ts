/** Named constants of experiments/. */

/**
 * Headers a lift-test table must have (matched without case, spaces or underscores): the channel, the test's first
 * and last week, the measured lift or ROAS (one of the two columns, the other may be absent or blank), its standard
 * error and the path ("total" or "direct"; blank = "total").
 */
export const LIFT_TEST_HEADERS = {
  channel: "channel",
  startWeek: "start_week",
  endWeek: "end_week",
  lift: "lift",
  roas: "roas",
  standardError: "standard_error",
  path: "path",
} as const;

/** Path of a test whose path cell is blank: most tests leave Google to react as usual, which measures the total. */
export const DEFAULT_LIFT_PATH = "total";

/** Days a data week covers from its date: a test date up to 6 days after the last week still falls in it. */
export const DAYS_PER_WEEK = 7;
