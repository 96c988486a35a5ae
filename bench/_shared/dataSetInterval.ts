import { createRandom } from "../../src/core/random/createRandom";
import type { ChannelError } from "./channelErrors";
import { quantile } from "./statistics";

/** A percentile interval of a benchmark figure. */
export interface FigureInterval {
  readonly low: number;
  readonly high: number;
}

/** Options of `dataSetInterval`. */
export interface DataSetIntervalOptions {
  /** Resamples drawn (2,000 keep the 5% and 95% points steady to about a tenth of a point). */
  readonly replicates?: number;
  /** Coverage of the interval (0.9 → the 5th to 95th percentile). */
  readonly level?: number;
  readonly seed?: number;
}

/** Default resamples of `dataSetInterval`. */
export const DATA_SET_INTERVAL_REPLICATES = 2000;

/** Default coverage of `dataSetInterval`, the benchmarks' usual 90%. */
export const DATA_SET_INTERVAL_LEVEL = 0.9;

/** Default seed of `dataSetInterval`, so the same run prints the same interval. */
export const DATA_SET_INTERVAL_SEED = 20261123;

/**
 * How precisely a run's data sets pin down one of its figures: a percentile bootstrap that resamples whole data
 * sets (scenario and seed) with replacement, since the channels of one data set share its noise draw and its fitted
 * shapes and so are not independent. It answers "would another draw of the same scenarios give the same median?",
 * which decides whether a figure a point off its target has missed it or merely drawn unlucky data sets.
 *
 * @param records - the records the figure is computed from (any methods and channels)
 * @param figure - the figure, computed from a set of records (e.g. the product's median ROAS error)
 * @param options - replicates, level and seed (defaults: 2,000, 0.9, a fixed seed)
 * @returns the interval; NaN bounds when there are no records
 * @example
 * dataSetInterval(at104, (group) => summarizeErrors(group.filter((r) => r.method === "product")).roasMedian);
 * // => { low: 0.22, high: 0.29 }
 */
export function dataSetInterval(
  records: readonly ChannelError[],
  figure: (records: readonly ChannelError[]) => number,
  options: DataSetIntervalOptions = {}
): FigureInterval {
  const clusters = new Map<string, ChannelError[]>();
  for (const record of records) {
    const key = `${record.scenario}#${record.replicate}`;
    const cluster = clusters.get(key);
    if (cluster) cluster.push(record);
    else clusters.set(key, [record]);
  }
  const groups = [...clusters.values()];
  if (groups.length === 0) return { low: Number.NaN, high: Number.NaN };
  const random = createRandom(options.seed ?? DATA_SET_INTERVAL_SEED);
  const level = options.level ?? DATA_SET_INTERVAL_LEVEL;
  const values: number[] = [];
  for (let r = 0; r < (options.replicates ?? DATA_SET_INTERVAL_REPLICATES); r++) {
    const resample: ChannelError[] = [];
    for (let i = 0; i < groups.length; i++)
      resample.push(...(groups[Math.floor(random() * groups.length)] as ChannelError[]));
    const value = figure(resample);
    if (Number.isFinite(value)) values.push(value);
  }
  return { low: quantile(values, (1 - level) / 2), high: quantile(values, (1 + level) / 2) };
}
