import type { Interval } from "../core/analysis/types";
import type { MmmResult } from "../core/model/types";
import type { SimulationTruth } from "../core/simulate/simulationTruth";
import type { RunAnalysis } from "./runFit";

function fmt(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? "—"
    : value.toFixed(digits);
}

function range(interval: Interval | null | undefined): string {
  return interval ? `[${fmt(interval.lower)}, ${fmt(interval.upper)}]` : "";
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join("  ");
}

/**
 * The demo's printout: per channel the true and estimated total ROAS (with its 90% interval) and share mediated,
 * then elasticity, promotion lift, the holdout scores and the budget plan's top move, so a newcomer sees at once
 * how close the fit came to the known truth.
 */
export function demoSummary(
  result: MmmResult,
  analysis: RunAnalysis,
  truth: SimulationTruth,
  seconds: number,
  outDir: string
): string {
  const widths = [16, 9, 9, 16, 10, 10];
  const intervals = analysis.intervals?.observed;
  const lines = [
    `Fitted ${result.data.weeks} weeks (${result.data.start} to ${result.data.end}) in ${seconds.toFixed(1)} s; ` +
      `form: ${result.form}.`,
    "",
    pad(["channel", "true ROAS", "est. ROAS", "90% interval", "true share", "est. share"], widths),
  ];
  for (const effect of result.effects.channels) {
    const t = truth.channels[effect.channel];
    const ci = intervals?.channels.find((c) => c.channel === effect.channel);
    lines.push(
      pad(
        [
          effect.channel,
          fmt(t?.roas),
          fmt(effect.roas),
          range(ci?.roas),
          fmt(t?.shareMediated),
          fmt(effect.shareMediated),
        ],
        widths
      )
    );
  }
  if (result.effects.mediator !== null) {
    const m = result.effects.mediator;
    lines.push(
      pad(
        [m.channel, fmt(truth.google.roas), fmt(m.roas), range(intervals?.mediator?.roas), "", ""],
        widths
      )
    );
  }
  const holdout = result.metrics.stage2.holdout;
  const sensitivity = analysis.sensitivity;
  const budget = analysis.budget;
  const moves = [...(budget?.channels ?? [])].sort(
    (a, b) => Math.abs(b.recommended - b.current) - Math.abs(a.recommended - a.current)
  );
  const top = moves[0];
  lines.push(
    "",
    `price elasticity: true ${fmt(truth.elasticity)}, estimated ${fmt(result.elasticity.value)} ` +
      range(sensitivity?.elasticity.interval),
    `promotion lift:   true ${fmt(truth.promoLift)}, estimated ${fmt(result.promoLift.value)} ` +
      range(sensitivity?.promoLift.interval),
    holdout === null
      ? "no holdout weeks"
      : `revenue holdout (${holdout.n} weeks): R² ${fmt(holdout.r2)}, WAPE ${fmt(holdout.wape * 100, 1)}%`,
    top === undefined || budget === null
      ? ""
      : `budget: biggest move ${top.channel} ${fmt(top.current, 0)} → ${fmt(top.recommended, 0)} a week; ` +
          `expected change ${fmt(budget.expectedChange, 0)} revenue a week ` +
          range(budget.expectedChangeInterval) +
          (budget.mediator === null
            ? ""
            : `, ${fmt(budget.expectedNetChange, 0)} net of induced google spend ` +
              range(budget.expectedNetChangeInterval)),
    ...result.warnings.map((w) => `warning: ${w}`),
    "",
    `Outputs in ${outDir}: results.json, report.html, CSV tables, demo-data.csv and truth.json.`,
    ""
  );
  return lines.join("\n");
}
