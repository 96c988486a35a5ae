import type { BudgetPlan } from "../../core/analysis/types";
import type { MmmResult } from "../../core/model/types";
import { formatNumber } from "../formatNumber";
import { statTiles, type StatTile } from "../statTiles";
import type { ReportSection } from "../types";

const total = (values: ArrayLike<number>): number => Array.from(values).reduce((a, b) => a + b, 0);

/** Share of fitted revenue that the media parts (direct, via mediator, mediator's own) account for. */
function mediaShare(result: MmmResult): number {
  const c = result.contributions;
  const media =
    Object.values(c.direct).reduce((a, v) => a + total(v), 0) +
    Object.values(c.indirect).reduce((a, v) => a + total(v), 0) +
    total(c.mediator);
  return media / total(c.fitted);
}

/**
 * The headline figures a reader looks for first: out-of-sample fit, how much of revenue media drives, the channel
 * with the highest ROAS, and (with a budget plan) the weekly gain of the recommended split.
 *
 * @param result - `fitMmm`'s result
 * @param budget - optional budget plan
 * @returns the section
 * @example
 * summarySection(result, null).heading; // => "At a glance"
 * @see ./fitMetricsSection.ts, ./effectsSection.ts, ./budgetSection.ts for the detail behind each figure
 */
export function summarySection(result: MmmResult, budget: BudgetPlan | null): ReportSection {
  const outcome = result.metrics.stage2;
  const scope = outcome.holdout === null ? "CV mean" : "holdout";
  const score = outcome.holdout ?? outcome.cv.mean;
  const effects = result.effects;
  const candidates = [
    ...effects.channels.map((e) => ({ channel: e.channel, roas: e.roas })),
    ...(effects.mediator === null
      ? []
      : [{ channel: effects.mediator.channel, roas: effects.mediator.roas }]),
  ].filter(
    (e): e is { channel: string; roas: number } => e.roas !== null && Number.isFinite(e.roas)
  );
  const best = candidates.reduce<(typeof candidates)[number] | null>(
    (top, e) => (top === null || e.roas > top.roas ? e : top),
    null
  );
  const tiles: StatTile[] = [
    {
      label: `Fit on ${scope} weeks`,
      value: `R² ${formatNumber(score.r2, "statistic")}`,
      note: `typical weekly error ${formatNumber(score.wape, "percent")} (WAPE)`,
    },
    {
      label: "Revenue driven by media",
      value: formatNumber(mediaShare(result), "percent"),
      note: "of fitted revenue, all weeks",
    },
  ];
  if (best !== null) {
    tiles.push({
      label: "Highest ROAS",
      value: formatNumber(best.roas, "ratio"),
      note: best.channel,
    });
  }
  if (budget !== null) {
    tiles.push({
      label: "Budget plan, same total",
      value: `${formatNumber(budget.expectedChange, "signedAmount")} / week`,
      note: `${formatNumber(budget.expectedChange / budget.revenueCurrent, "signedPercent")} predicted revenue`,
    });
  }
  return { id: "summary", heading: "At a glance", html: statTiles(tiles) };
}
