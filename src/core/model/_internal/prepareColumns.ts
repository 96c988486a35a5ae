import type { Dataset, Series } from "../../types";
import { MAD_TO_SD, OUTLIER_IQR_FACTOR, OUTLIER_ROBUST_Z } from "../constants";
import type { OutlierOptions } from "../types";

/** Columns ready to fit and the warnings of the outlier screen. */
export interface PreparedColumns {
  readonly columns: Readonly<Record<string, Series>>;
  readonly warnings: readonly string[];
}

function quantile(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return (
    (sorted[below] as number) +
    ((sorted[above] as number) - (sorted[below] as number)) * (position - below)
  );
}

/** Lower and upper fences of a column under the chosen rule. */
export function outlierFences(
  values: Series,
  method: OutlierOptions["method"]
): { lower: number; upper: number } {
  const sorted = Float64Array.from(values).sort();
  if (method === "iqr") {
    const q1 = quantile(sorted, 0.25);
    const q3 = quantile(sorted, 0.75);
    return {
      lower: q1 - OUTLIER_IQR_FACTOR * (q3 - q1),
      upper: q3 + OUTLIER_IQR_FACTOR * (q3 - q1),
    };
  }
  const median = quantile(sorted, 0.5);
  const deviations = Float64Array.from(values, (value) => Math.abs(value - median)).sort();
  const spread = MAD_TO_SD * quantile(deviations, 0.5);
  return { lower: median - OUTLIER_ROBUST_Z * spread, upper: median + OUTLIER_ROBUST_Z * spread };
}

/**
 * Copies the dataset's columns and, when asked, screens the outcome and mediator for outliers (listed as
 * warnings) and caps them at the fence.
 */
export function prepareColumns(dataset: Dataset, outliers: OutlierOptions | null): PreparedColumns {
  const columns: Record<string, Series> = { ...dataset.columns };
  const warnings: string[] = [];
  if (outliers) {
    const screened = [
      dataset.roles.outcome,
      ...(dataset.roles.mediator ? [dataset.roles.mediator] : []),
    ];
    for (const name of screened) {
      const values = dataset.columns[name] as Series;
      const { lower, upper } = outlierFences(values, outliers.method);
      const flagged: string[] = [];
      const capped = values.map((value, t) => {
        if (value >= lower && value <= upper) return value;
        flagged.push(`${dataset.weeks[t] ?? t} (${value})`);
        return Math.min(Math.max(value, lower), upper);
      });
      if (flagged.length > 0) {
        warnings.push(
          `Column '${name}' has ${flagged.length} unusual week(s) by the ${outliers.method === "iqr" ? "IQR" : "robust z"} ` +
            `rule: ${flagged.join(", ")}.` +
            (outliers.cap
              ? ` They were capped to [${lower.toPrecision(6)}, ${upper.toPrecision(6)}] before fitting.`
              : " They were kept as they are.")
        );
        if (outliers.cap) columns[name] = capped;
      }
    }
  }
  return { columns, warnings };
}
