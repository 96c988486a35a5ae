import { DEFAULT_FOURIER_ORDER, ON_OFF_MIN_ZERO_SHARE } from "../../model/constants";
import type { FitOptions } from "../../model/types";
import type { ColumnName, Dataset } from "../../types";

/** Parameters per media input beside its coefficient: decay, half-saturation and Hill shape. */
const SHAPE_PARAMETERS = 3;

/** Parameters of each stage the model will search, counted as the fit lays the stages out. */
export interface ParameterCount {
  /** Stage 1 (mediator ~ social + controls + trend + seasonality); null without a mediator. */
  readonly mediator: number | null;
  /** Stage 2 (outcome ~ mediator + social direct paths + controls + trend + seasonality). */
  readonly outcome: number;
}

/**
 * Counts the parameters the fit will estimate or tune in each stage: per media input its coefficient and three shape
 * parameters (plus an on/off term when the input is off often enough for the search to try one), one per control
 * and lag, the intercept, the trend, two per Fourier order, interactions, and the price cut-off the search may add.
 * It counts what the search may use, not what it keeps: an upper bound, which is what adequacy is about.
 */
export function countParameters(dataset: Dataset, fit: FitOptions = {}): ParameterCount {
  const roles = dataset.roles;
  const n = dataset.weeks.length;
  const onOffAllowed = fit.onOff !== "never";
  const mediaParameters = (column: ColumnName): number => {
    const series = dataset.columns[column];
    let zeros = 0;
    if (series) for (const value of series) if (value === 0) zeros++;
    const onOff = onOffAllowed && n > 0 && zeros / n >= ON_OFF_MIN_ZERO_SHARE ? 1 : 0;
    return 1 + SHAPE_PARAMETERS + onOff;
  };
  const base = 2 + 2 * (fit.fourierOrder ?? DEFAULT_FOURIER_ORDER); // intercept + trend + seasonality
  const lags = Object.values(fit.controlLags ?? {}).reduce((sum, lag) => sum + lag, 0);
  const controls = roles.controls.length + lags + (fit.interactions?.length ?? 0);
  const social = roles.social.reduce((sum, column) => sum + mediaParameters(column), 0);
  const hasPrice = fit.priceColumn !== null && roles.controls.some((c) => /price/i.test(c));
  const cutoff = hasPrice && fit.priceCutoff !== "never" ? 1 : 0;
  const direct = fit.directPaths === false ? 0 : social;
  const mediator = roles.mediator === null ? 0 : mediaParameters(roles.mediator);
  return {
    mediator: roles.mediator === null ? null : base + controls + social,
    outcome: base + controls + direct + mediator + cutoff,
  };
}
