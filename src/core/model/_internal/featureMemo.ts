import type { Series } from "../../types";

/**
 * Most memoised features kept per input column; past it the column's memo starts again. Why: a search tries some
 * 30 transforms per channel and a bootstrap a few hundred, so this bounds memory (2,000 weeks: 256 × 16 KB = 4 MB
 * per column) without ever evicting what one fit reuses.
 */
const MAX_FEATURES_PER_COLUMN = 256;

/** Most memoised trend and season columns (pure functions of a few integers). Why: as above, a bound. */
const MAX_POSITION_FEATURES = 512;

/**
 * Features already built from an input column, by the column object and the feature's key. Input columns are never
 * modified in place (every change makes a new array), so a column object and a key fix the feature; the memo goes
 * with the column when the column is dropped.
 */
const byColumn = new WeakMap<Series, Map<string, Series>>();
const byPosition = new Map<string, Series>();

/**
 * The feature `key` of `column`, built once. Why: a counterfactual or a bootstrap refit rebuilds every feature of
 * a stage although only one channel's column changed; the rest are the very same arrays.
 * @param column - the input column the feature is built from
 * @param key - what the feature is (transform and its settings)
 * @param build - builds it (called at most once per column and key while the memo holds it)
 * @returns the feature column (shared: callers never write into it)
 * @example memoByColumn(spend, "adstock|0.5", () => applyAdstock(spend, spec)); // => Float64Array
 */
export function memoByColumn(column: Series, key: string, build: () => Series): Series {
  let memo = byColumn.get(column);
  if (!memo) {
    memo = new Map();
    byColumn.set(column, memo);
  }
  return lookUp(memo, MAX_FEATURES_PER_COLUMN, key, build);
}

/**
 * A trend or season column by its key (kind, settings, offset and length), built once.
 * @param key - the column's full description
 * @param build - builds it
 * @returns the column (shared: callers never write into it)
 * @example memoByPosition("trend|104|0|104", () => linearTrend(104, { offset: 0, span: 104 }));
 */
export function memoByPosition(key: string, build: () => Series): Series {
  return lookUp(byPosition, MAX_POSITION_FEATURES, key, build);
}

/** The memo's value for `key`, built and stored when absent; a memo at `limit` entries starts again. */
function lookUp(
  memo: Map<string, Series>,
  limit: number,
  key: string,
  build: () => Series
): Series {
  let value = memo.get(key);
  if (!value) {
    if (memo.size >= limit) memo.clear();
    value = build();
    memo.set(key, value);
  }
  return value;
}
