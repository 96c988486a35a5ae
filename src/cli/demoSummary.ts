import type { MmmResult } from "../core/model/types";
import type { SimulationTruth } from "../core/simulate/simulationTruth";

function fmt(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? "—"
    : value.toFixed(digits);
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join("  ");
}

/**
 * The demo's printout: per channel the true and estimated total ROAS and share mediated, then elasticity,
 * promotion lift and the holdout scores, so a newcomer sees at once how close the fit came to the known truth.
 */
export function demoSummary(
  result: MmmResult,
  truth: SimulationTruth,
  seconds: number,
  outDir: string
): string {
  const widths = [18, 10, 10, 12, 12];
  const lines = [
    `Fitted ${result.data.weeks} weeks (${result.data.start} to ${result.data.end}) in ${seconds.toFixed(2)} s; form: ${result.form}.`,
    "",
    pad(["channel", "true ROAS", "est. ROAS", "true share", "est. share"], widths),
  ];
  for (const effect of result.effects.channels) {
    const t = truth.channels[effect.channel];
    lines.push(
      pad(
        [
          effect.channel,
          fmt(t?.roas),
          fmt(effect.roas),
          fmt(t?.shareMediated),
          fmt(effect.shareMediated),
        ],
        widths
      )
    );
  }
  if (result.effects.mediator !== null) {
    lines.push(
      pad(
        [
          result.effects.mediator.channel,
          fmt(truth.google.roas),
          fmt(result.effects.mediator.roas),
          "",
          "",
        ],
        widths
      )
    );
  }
  const holdout = result.metrics.stage2.holdout;
  lines.push(
    "",
    `price elasticity: true ${fmt(truth.elasticity)}, estimated ${fmt(result.elasticity.value)}`,
    `promotion lift:   true ${fmt(truth.promoLift)}, estimated ${fmt(result.promoLift.value)}`,
    holdout === null
      ? "no holdout weeks"
      : `revenue holdout (${holdout.n} weeks): R² ${fmt(holdout.r2)}, WAPE ${fmt(holdout.wape * 100, 1)}%`,
    ...result.warnings.map((w) => `warning: ${w}`),
    "",
    `Outputs in ${outDir}: results.json, CSV tables, demo-data.csv and truth.json.`,
    ""
  );
  return lines.join("\n");
}
