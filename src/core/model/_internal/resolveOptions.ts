import { validateContributionBase } from "../validateContributionBase";
import { InvalidParameterError } from "../../errors";
import type { Dataset } from "../../types";
import {
  DEFAULT_CROSS_FIT_BLOCKS,
  DEFAULT_CV_FOLDS,
  DEFAULT_FOURIER_ORDER,
  DEFAULT_HOLDOUT_SHARE,
  DEFAULT_SEASON_PERIOD,
  DEFAULT_VARIANT_DISAGREEMENT,
} from "../constants";
import type { FitOptions, ResolvedFitOptions } from "../types";

/** Price and promotion columns found by name among the controls. */
const PRICE_PATTERN = /price/i;
const PROMOTION_PATTERN = /promo/i;

/**
 * Fills every default of `FitOptions` and checks the columns it names exist.
 *
 * @throws {InvalidParameterError} when an option is out of range or names a column the data lacks
 */
export function resolveOptions(dataset: Dataset, options: FitOptions = {}): ResolvedFitOptions {
  const controls = dataset.roles.controls;
  const pick = (given: string | null | undefined, pattern: RegExp, name: string): string | null => {
    if (given === null) return null;
    if (given !== undefined) {
      if (!controls.includes(given)) {
        throw new InvalidParameterError(
          name,
          `${name} '${given}' is not a control column (controls: ${controls.join(", ") || "none"}).`
        );
      }
      return given;
    }
    return controls.find((column) => pattern.test(column)) ?? null;
  };
  const resolved: ResolvedFitOptions = {
    form: options.form ?? "auto",
    directPaths: options.directPaths ?? true,
    nonNegativeMedia: options.nonNegativeMedia ?? true,
    holdoutShare: options.holdoutShare ?? DEFAULT_HOLDOUT_SHARE,
    cvFolds: options.cvFolds ?? null,
    crossFitBlocks: options.crossFitBlocks ?? DEFAULT_CROSS_FIT_BLOCKS,
    priceColumn: pick(options.priceColumn, PRICE_PATTERN, "priceColumn"),
    promotionColumn: pick(options.promotionColumn, PROMOTION_PATTERN, "promotionColumn"),
    interactions: options.interactions ?? [],
    outliers: options.outliers ?? null,
    controlLags: options.controlLags ?? {},
    fourierOrder: options.fourierOrder ?? DEFAULT_FOURIER_ORDER,
    seasonPeriod: options.seasonPeriod ?? DEFAULT_SEASON_PERIOD,
    onOff: options.onOff ?? "auto",
    priceCutoff: options.priceCutoff ?? "auto",
    variantDisagreement: options.variantDisagreement ?? DEFAULT_VARIANT_DISAGREEMENT,
    finalFit: options.finalFit ?? "all",
    contributionBase: options.contributionBase ?? {},
    fitTime: options.fitTime ?? null,
  };
  if (!["auto", "additive", "multiplicative"].includes(resolved.form)) {
    throw new InvalidParameterError(
      "form",
      `form must be "auto", "additive" or "multiplicative" (got "${resolved.form}").`
    );
  }
  if (!["auto", "never"].includes(resolved.priceCutoff)) {
    throw new InvalidParameterError(
      "priceCutoff",
      `priceCutoff must be "auto" or "never" (got "${String(resolved.priceCutoff)}").`
    );
  }
  if (!(resolved.holdoutShare >= 0 && resolved.holdoutShare < 1)) {
    throw new InvalidParameterError(
      "holdoutShare",
      `holdoutShare must be at least 0 and below 1 (got ${resolved.holdoutShare}).`
    );
  }
  for (const [name, value, least] of [
    ["cvFolds", resolved.cvFolds ?? DEFAULT_CV_FOLDS, 1],
    ["crossFitBlocks", resolved.crossFitBlocks, 2],
    ["fourierOrder", resolved.fourierOrder, 0],
  ] as const) {
    if (!(Number.isInteger(value) && value >= least)) {
      throw new InvalidParameterError(
        name,
        `${name} must be a whole number, at least ${least} (got ${value}).`
      );
    }
  }
  const known = new Set([
    ...dataset.roles.social,
    ...controls,
    ...(dataset.roles.mediator ? [dataset.roles.mediator] : []),
  ]);
  for (const interaction of resolved.interactions) {
    for (const column of [interaction.left, interaction.right]) {
      if (!known.has(column)) {
        throw new InvalidParameterError(
          "interactions",
          `Interaction column '${column}' is not a channel or control of the data.`
        );
      }
    }
  }
  for (const [column, lag] of Object.entries(resolved.controlLags)) {
    if (!controls.includes(column)) {
      throw new InvalidParameterError(
        "controlLags",
        `controlLags names '${column}', which is not a control column.`
      );
    }
    if (!(Number.isInteger(lag) && lag >= 1 && lag < dataset.weeks.length)) {
      throw new InvalidParameterError(
        "controlLags",
        `The lag of '${column}' must be a whole number of weeks, 1 or more (got ${lag}).`
      );
    }
  }
  // The price column is logged in the multiplicative form, which "auto" may choose: its base must be above 0.
  validateContributionBase(
    resolved.contributionBase,
    controls,
    resolved.priceColumn === null ? [] : [resolved.priceColumn]
  );
  return resolved;
}
