/**
 * How a time-series split chooses its training weeks (see `timeSeriesSplits`):
 * - `expanding`: every week before the test block (less the gap);
 * - `rolling`: only the latest `windowSize` weeks before the test block (less the gap);
 * - `blocked`: the series is cut into contiguous blocks and each fold trains on the blocks before its test block.
 */
export type SplitScheme = "expanding" | "rolling" | "blocked";

/**
 * Every split scheme, in the order a user interface should list them (the default, `DEFAULT_SPLIT_SCHEME`, first).
 *
 * @example
 * SPLIT_SCHEMES.includes("rolling"); // => true
 */
export const SPLIT_SCHEMES: readonly SplitScheme[] = ["expanding", "rolling", "blocked"];
