import type { ChannelError } from "./channelErrors";
import { median, quantile } from "./statistics";

/** Median and 90th percentile of the errors of a group of channel records. */
export interface ErrorSummary {
  /** Records in the group. */
  readonly count: number;
  /** Relative error of total ROAS. */
  readonly roasMedian: number;
  readonly roasP90: number;
  /** Absolute error of share mediated (records with a defined true share). */
  readonly shareMedian: number;
  readonly shareP90: number;
  /** |total error| as a share of revenue (the measure reported for tiny channels). */
  readonly totalErrorMedian: number;
  readonly totalErrorP90: number;
}

/**
 * Summarises a group of channel-error records (NaN where the group has no defined value).
 *
 * @param records - the group (one method, any channels and data sets)
 * @returns count, median and 90th percentile of each error
 * @example
 * summarizeErrors(records.filter((r) => r.method === "product" && !r.tiny)).roasMedian; // => 0.18
 */
export function summarizeErrors(records: readonly ChannelError[]): ErrorSummary {
  const roas = defined(records.map((record) => record.roasRelativeError));
  const share = defined(records.map((record) => record.shareAbsoluteError));
  const totals = records.map((record) => record.totalErrorShareOfRevenue);
  return {
    count: records.length,
    roasMedian: median(roas),
    roasP90: quantile(roas, 0.9),
    shareMedian: median(share),
    shareP90: quantile(share, 0.9),
    totalErrorMedian: median(totals),
    totalErrorP90: quantile(totals, 0.9),
  };
}

function defined(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null && Number.isFinite(value));
}
