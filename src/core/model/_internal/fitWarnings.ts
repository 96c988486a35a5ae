import type { Dataset } from "../../types";
import type { ResolvedFitOptions } from "../types";
import type { Plans } from "./buildPlans";

/** Plain-words warnings about identification and options switched on. */
export function fitWarnings(dataset: Dataset, options: ResolvedFitOptions, plans: Plans): string[] {
  const warnings: string[] = [];
  const mediator = dataset.roles.mediator;
  if (mediator && options.directPaths) {
    warnings.push(
      `The "predicted ${mediator}" variant is an instrumental-variable idea that is valid only when social spend ` +
        `has no direct path to revenue. With direct paths on (the default), it separates the direct and indirect ` +
        `effects only through the shapes of the response curves; treat it as a sensitivity check.`
    );
  }
  if (options.interactions.length > 0) {
    const names = options.interactions.map((entry) => `${entry.left} × ${entry.right}`).join(", ");
    warnings.push(
      `Interaction terms are on: ${names}. Their contributions are shared half and half between the two columns.`
    );
  }
  const lags = Object.entries(options.controlLags);
  if (lags.length > 0) {
    warnings.push(
      `Lagged controls are on: ${lags.map(([column, lag]) => `${column} (${lag} week${lag === 1 ? "" : "s"})`).join(", ")}.`
    );
  }
  if (!options.nonNegativeMedia) {
    warnings.push(
      "Media coefficients may be negative (nonNegativeMedia is off): a negative effect usually means confounding, not harm."
    );
  }
  if (options.priceColumn && plans.outcome.targetTransform === "log1p" && !plans.logPrice) {
    warnings.push(
      `'${options.priceColumn}' is not positive in every week, so it enters as a level, not a log; its coefficient is not an elasticity.`
    );
  }
  return warnings;
}
