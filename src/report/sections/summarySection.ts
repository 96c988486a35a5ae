import type { BudgetPlan } from "../../core/analysis/types";
import type { HealthVerdict } from "../../core/health/types";
import type { MmmResult } from "../../core/model/types";
import { escapeHtml } from "../escapeHtml";
import { formatNumber } from "../formatNumber";
import { STATUS_TEXT } from "../statusBadge";
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

/** The verdict as a badge, its sentence and the findings that drive it, each with what would help. */
function verdictHtml(health: HealthVerdict | null): string {
  if (health === null)
    return '<p class="verdict">Health verdict: not assessed (see Diagnostics and warnings).</p>';
  const drivers = health.drivers.map(
    (d) =>
      `<li><strong>${escapeHtml(d.title)}</strong>: ${escapeHtml(d.finding)}` +
      (d.recommendation ? ` ${escapeHtml(d.recommendation)}` : "") +
      "</li>"
  );
  return (
    `<p class="verdict">Health verdict: <span class="badge badge-${health.status}">` +
    `${STATUS_TEXT[health.status]}</span> ${escapeHtml(health.summary)}</p>` +
    (drivers.length > 0 ? `<ul class="verdict-drivers">${drivers.join("")}</ul>` : "")
  );
}

/**
 * The health verdict first (its badge, sentence and driving findings), then the headline figures a reader looks for:
 * out-of-sample fit, how much of revenue media drives and, unless the verdict fails, the channel with the highest
 * ROAS and (with a budget plan) the weekly gain of the recommended split. A failed verdict means those figures are
 * not to be acted on, so the page never leads with them then; under "review" they carry a "read with care" note.
 *
 * @param result - `fitMmm`'s result
 * @param budget - optional budget plan
 * @param health - the run's verdict, or null when it was not made
 * @returns the section
 * @example
 * summarySection(result, null, null).heading; // => "At a glance"
 * @see ./fitMetricsSection.ts, ./effectsSection.ts, ./budgetSection.ts for the detail behind each figure
 */
export function summarySection(
  result: MmmResult,
  budget: BudgetPlan | null,
  health: HealthVerdict | null = null
): ReportSection {
  const status = health?.status ?? null;
  const caution = status === "review" ? "; read with care (verdict: review)" : "";
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
  if (best !== null && status !== "fail") {
    tiles.push({
      label: "Highest ROAS",
      value: formatNumber(best.roas, "ratio"),
      note: `${best.channel}${caution}`,
    });
  }
  if (budget !== null && status !== "fail") {
    // The plan maximised revenue net of induced google spend in a two-stage model, so that is its headline gain.
    tiles.push(
      budget.mediator === null
        ? {
            label: "Budget plan, same total",
            value: `${formatNumber(budget.expectedChange, "signedAmount")} / week`,
            note: `${formatNumber(budget.expectedChange / budget.revenueCurrent, "signedPercent")} predicted revenue${caution}`,
          }
        : {
            label: "Budget plan, same total",
            value: `${formatNumber(budget.expectedNetChange, "signedAmount")} / week`,
            note: `net of induced google spend; revenue ${formatNumber(budget.expectedChange, "signedAmount")}${caution}`,
          }
    );
  }
  const withheld =
    status === "fail"
      ? '<p class="note">ROAS and the budget plan are not summarised here because the verdict is Fail: the ' +
        "figures further down are not fit to act on until the findings above are fixed.</p>"
      : "";
  return {
    id: "summary",
    heading: "At a glance",
    html: verdictHtml(health) + statTiles(tiles) + withheld,
  };
}
