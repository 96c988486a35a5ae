import type { FitOptions } from "../../model/types";
import type { Dataset } from "../../types";
import type { DataCheckThresholds } from "../constants";
import type { DataCheck } from "../types";
import { formatNumber, medianOf } from "./summaryStatistics";

/** The price control the fit will use: the option, else the first control whose name contains "price". */
function priceColumnOf(dataset: Dataset, fit: FitOptions): string | null {
  if (fit.priceColumn !== undefined) return fit.priceColumn;
  return dataset.roles.controls.find((c) => /price/i.test(c)) ?? null;
}

/**
 * Weeks where the outcome collapses (below a small share of the median week), and, when a price column exists,
 * whether they are exactly the weeks priced at or above some cut-off (the lowest price among them).
 */
function collapseCheck(dataset: Dataset, fit: FitOptions, t: DataCheckThresholds): DataCheck {
  const outcome = dataset.roles.outcome;
  const y = dataset.columns[outcome] ?? new Float64Array(0);
  const limit = t.collapseShareOfMedian * medianOf(y);
  const indices = Array.from(y.keys()).filter((i) => (y[i] as number) < limit);
  const weeks = indices.map((i) => dataset.weeks[i] as string);
  const base = { id: "outcomeCollapse", kind: "outcomeCollapse" as const, value: indices.length };
  if (indices.length === 0) {
    return {
      ...base,
      status: "pass",
      title: `No week where ${outcome} collapses`,
      finding: `Every week's ${outcome} is at least ${formatNumber(limit)} (1% of the median week).`,
      recommendation: "",
      columns: [outcome],
      weeks: [],
    };
  }
  const priceColumn = priceColumnOf(dataset, fit);
  const price = priceColumn ? dataset.columns[priceColumn] : undefined;
  let pricePart = "";
  let columns = [outcome];
  if (priceColumn && price) {
    const cutoff = Math.min(...indices.map((i) => price[i] as number));
    const atOrAbove = Array.from(price.keys()).filter((i) => (price[i] as number) >= cutoff);
    const collapsed = atOrAbove.filter((i) => indices.includes(i)).length;
    if (collapsed === atOrAbove.length && collapsed === indices.length) {
      columns = [outcome, priceColumn];
      pricePart =
        ` They are exactly the ${collapsed} weeks with ${priceColumn} ≥ ${formatNumber(cutoff)} (the price cut-off): ` +
        `above that price ${outcome} falls to almost nothing, which a smooth price effect cannot bend to.`;
    } else {
      pricePart = ` They follow no single price cut-off (${collapsed} of the ${atOrAbove.length} weeks priced at or above ${formatNumber(cutoff)}).`;
    }
  }
  return {
    ...base,
    status: "review",
    title: `${outcome} collapses in ${indices.length} weeks`,
    finding:
      `${outcome} is below ${formatNumber(limit)} (1% of the median week) in ${indices.length} weeks: ${weeks.join(", ")}.` +
      pricePart,
    recommendation:
      "Check whether these weeks are real (a stock-out, an outage, a price test) or a recording gap. If real, keep " +
      'the fit\'s price cut-off on (priceCutoff "auto"); if not, correct or remove those rows.',
    columns,
    weeks,
  };
}

/** The largest jump between the median outcome of the quarter before and after a week. */
function breakCheck(dataset: Dataset, t: DataCheckThresholds): DataCheck {
  const outcome = dataset.roles.outcome;
  const y = dataset.columns[outcome] ?? new Float64Array(0);
  const w = t.breakWindowWeeks;
  let best = { index: -1, ratio: 1 };
  for (let i = w; i + w <= y.length; i++) {
    const before = medianOf(y.subarray(i - w, i));
    const after = medianOf(y.subarray(i, i + w));
    if (!(before > 0 && after > 0)) continue;
    const ratio = Math.max(after / before, before / after);
    if (ratio > best.ratio) best = { index: i, ratio };
  }
  const week = best.index >= 0 ? (dataset.weeks[best.index] as string) : null;
  const broken = week !== null && best.ratio >= t.breakRatio;
  return {
    id: "outcomeBreak",
    kind: "outcomeBreak",
    status: broken ? "review" : "pass",
    title: broken ? `${outcome} changes level around ${week}` : `${outcome} keeps its level`,
    finding:
      week === null
        ? `Too few weeks to compare quarters of ${outcome}.`
        : `The median ${outcome} of the ${w} weeks from ${week} differs from the ${w} weeks before by a factor of ` +
          `${formatNumber(best.ratio)} (the largest such jump; ${formatNumber(t.breakRatio)} or more counts as a break).`,
    recommendation: broken
      ? "Find out what changed then (a new market, a site change, a tracking change). Add it as a control column " +
        "(0 before, 1 after), or fit only the weeks after it."
      : "",
    columns: [outcome],
    weeks: broken && week !== null ? [week] : [],
    value: best.ratio,
  };
}

/** Checks of the outcome's level: collapsing weeks (with the price cut-off) and level breaks. */
export function outcomeChecks(
  dataset: Dataset,
  fit: FitOptions,
  t: DataCheckThresholds
): DataCheck[] {
  return [collapseCheck(dataset, fit, t), breakCheck(dataset, t)];
}
