import type { Series } from "../../types";
import type { TimeSplit } from "../../validation/timeSeriesSplits";
import {
  ADSTOCK_MAX_LAG,
  DECAY_GRID,
  PRICE_CUTOFF_MAX_CANDIDATES,
  PRICE_CUTOFF_MIN_GAIN,
  PRICE_CUTOFF_MIN_WEEKS,
  PRICE_CUTOFF_TOP_SHARE,
  SEARCH_ALPHA,
} from "../constants";
import type { ChannelHyperparameters, StageHyperparameters } from "../types";
import { buildFeatures, buildMedia } from "./buildFeatures";
import { fitCrossProducts, predictRows, type CrossProducts } from "./crossProducts";
import { crossProductsForFolds } from "./crossProductsForFolds";
import { transformTarget } from "./fitStage";
import { meanNonzero } from "./searchStage";
import { nonNegativeFlags, stageFeatures, type StagePlan } from "./stagePlan";

/** Inputs of the price cut-off choice. */
export interface PriceCutoffInput {
  /** The outcome stage's layout with the given cut-off (null = none). */
  readonly planFor: (cutoff: number | null) => StagePlan;
  readonly columns: Readonly<Record<string, Series>>;
  readonly price: Series;
  /** Training weeks (candidates come from their prices). */
  readonly train: readonly number[];
  readonly folds: readonly TimeSplit[];
}

/**
 * Cut-off candidates: midpoints between the distinct prices of the top `PRICE_CUTOFF_TOP_SHARE` of training weeks,
 * each with at least `PRICE_CUTOFF_MIN_WEEKS` training weeks at or above it.
 *
 * @param price - price per week: `[periods]`
 * @param train - training week indices
 * @returns thresholds in price units, highest first
 * @example
 * priceCutoffCandidates(Float64Array.from({ length: 20 }, (_, t) => t + 1), [...Array(20).keys()]); // => [17.5]
 */
export function priceCutoffCandidates(price: Series, train: readonly number[]): number[] {
  const values = train.map((row) => price[row] as number).sort((a, b) => b - a);
  const most = Math.floor(PRICE_CUTOFF_TOP_SHARE * values.length);
  const out: number[] = [];
  for (let count = PRICE_CUTOFF_MIN_WEEKS; count <= most && count < values.length; count++) {
    const above = values[count - 1] as number;
    const below = values[count] as number;
    // Six significant digits: a readable threshold (109.26, not 109.25999999999999), still strictly between.
    if (above > below) out.push(Number(((above + below) / 2).toPrecision(6)));
  }
  return out;
}

/**
 * Chooses the price cut-off of the outcome stage by blocked CV: each candidate threshold (and none) is scored by the
 * RMSE of the stage on its fitted scale, with every channel at a neutral transform (decay 0.25, Hill at its mean
 * adstocked spend); a threshold is kept only if it lowers the error by at least `PRICE_CUTOFF_MIN_GAIN`.
 *
 * @param input - the outcome plan for a given cut-off, columns, price, training weeks and CV folds
 * @returns the chosen threshold in price units, or null for none
 * @example
 * choosePriceCutoff({ planFor, columns, price, train, folds }); // => 109.26 on the assessment data
 * @see Hastie, Tibshirani & Friedman (2009), The Elements of Statistical Learning, §7.10 (choosing by CV).
 */
export function choosePriceCutoff(input: PriceCutoffInput): number | null {
  const all = priceCutoffCandidates(input.price, input.train);
  // At most PRICE_CUTOFF_MAX_CANDIDATES, evenly spread (long data would otherwise try dozens).
  const stride = Math.ceil(all.length / PRICE_CUTOFF_MAX_CANDIDATES);
  const candidates = all.filter((_, index) => index % stride === 0);
  if (candidates.length === 0 || input.folds.length === 0) return null;
  const base = input.planFor(null);
  const decay = DECAY_GRID[1] ?? 0;
  const channels: ChannelHyperparameters[] = base.channels.map((channel) => {
    const adstock = { kind: "geometric" as const, decay, maxLag: ADSTOCK_MAX_LAG };
    const spec = { kind: "media" as const, name: "", column: "", adstock, scale: 1 };
    const unit = meanNonzero(
      buildMedia({ ...spec, saturation: { kind: "none" } }, input.columns[channel] as Series)
    );
    return {
      channel,
      adstock,
      saturation: { kind: "hill", halfSaturation: unit, shape: 1 },
      onOff: false,
    };
  });
  const settings: StageHyperparameters = {
    stage: "outcome",
    channels,
    activeWeeksOnly: false,
    alpha: SEARCH_ALPHA,
    l1Ratio: 0,
    cvScore: 0,
  };
  const y = transformTarget(input.columns[base.target] as Series, base.targetTransform);
  const context = { offset: 0 };
  const trainRows = input.folds.map((fold) => fold.train);
  const score = (cutoff: number | null): number => {
    // fitStage and evaluateStage per fold, with the folds' cross-products built in one pass and the prediction
    // made at the test weeks only (the same sums in the same order: identical scores).
    const plan = input.planFor(cutoff);
    const features = stageFeatures(plan, channels);
    const design = buildFeatures(features, input.columns, context);
    const nonNegative = nonNegativeFlags(plan, features);
    const products = crossProductsForFolds(design, y, trainRows);
    let total = 0;
    input.folds.forEach((fold, f) => {
      const fit = fitCrossProducts(products[f] as CrossProducts, {
        alpha: settings.alpha,
        l1Ratio: settings.l1Ratio,
        nonNegative,
      });
      const linear = predictRows(design, fit, fold.test);
      let sum = 0;
      fold.test.forEach((row, i) => {
        const error = (linear[i] as number) - (y[row] as number);
        sum += error * error;
      });
      total += Math.sqrt(sum / Math.max(fold.test.length, 1));
    });
    return total / input.folds.length;
  };
  const none = score(null);
  let best: number | null = null;
  let bestScore = none * (1 - PRICE_CUTOFF_MIN_GAIN);
  for (const cutoff of candidates) {
    const value = score(cutoff);
    if (value < bestScore) {
      bestScore = value;
      best = cutoff;
    }
  }
  return best;
}
