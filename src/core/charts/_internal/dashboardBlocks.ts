import type { MmmRun } from "../../pipeline/types";
import { HOLDOUT_SHADE_HEADROOM } from "../constants";
import type { DashboardCell, DashboardColumnFormat } from "../types";
import { floatingBar } from "./floatingBar";

/** A data block before it is placed on the sheet. */
export interface BlockDraft {
  readonly id: string;
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly DashboardCell[])[];
  readonly formats: readonly DashboardColumnFormat[];
}

const cell = (value: number | null | undefined): DashboardCell =>
  value === null || value === undefined || !Number.isFinite(value) ? "" : value;

/**
 * ROAS per channel (social channels, then the mediator) with its 90% interval and the floating-bar parts that draw
 * the interval (see floatingBar). Channels without spend have no ROAS and are left out.
 */
export function roasBlock(run: MmmRun): BlockDraft {
  const effects = run.result.effects;
  const observed = run.intervals?.observed ?? null;
  const lines = [
    ...effects.channels.map((c) => ({
      channel: c.channel,
      roas: c.roas,
      interval: observed?.channels.find((i) => i.channel === c.channel)?.roas ?? null,
    })),
    ...(effects.mediator
      ? [
          {
            channel: effects.mediator.channel,
            roas: effects.mediator.roas,
            interval: observed?.mediator?.roas ?? null,
          },
        ]
      : []),
  ].filter((line) => line.roas !== null && Number.isFinite(line.roas));
  const withIntervals = observed !== null;
  const header = ["Channel", "ROAS"];
  if (withIntervals)
    header.push("ROAS 90% low", "ROAS 90% high", "Bar base (hidden)", "Bar above 0", "Bar below 0");
  const rows = lines.map((line) => {
    const row: DashboardCell[] = [line.channel, cell(line.roas)];
    if (withIntervals) {
      const i = line.interval;
      const parts = i ? floatingBar(i.lower, i.upper) : null;
      row.push(
        cell(i?.lower),
        cell(i?.upper),
        cell(parts?.base),
        cell(parts?.above),
        cell(parts?.below)
      );
    }
    return row;
  });
  return {
    id: "roas",
    title: withIntervals
      ? `ROAS per channel (revenue per unit of spend) with its ${run.intervals?.replicates ?? 0}-replicate 90% bootstrap interval`
      : "ROAS per channel (revenue per unit of spend)",
    header,
    rows,
    formats: header.map((_, c) => (c === 0 ? "text" : "ratio")),
  };
}

/** Total effect per social channel split into its direct path and the path via the mediator, and the share mediated. */
export function pathsBlock(run: MmmRun): BlockDraft {
  const observed = run.intervals?.observed ?? null;
  const header = ["Channel", "Direct", "Via mediator", "Total", "Share mediated"];
  if (observed) header.push("Share 90% low", "Share 90% high");
  const rows = run.result.effects.channels.map((c) => {
    const row: DashboardCell[] = [
      c.channel,
      cell(c.direct),
      cell(c.indirect),
      cell(c.total),
      cell(c.shareMediated),
    ];
    if (observed) {
      const share = observed.channels.find((i) => i.channel === c.channel)?.shareMediated ?? null;
      row.push(cell(share?.lower), cell(share?.upper));
    }
    return row;
  });
  return {
    id: "paths",
    title: "Revenue per channel over the data: direct path vs via the mediator",
    header,
    rows,
    formats: header.map((_, c) => (c === 0 ? "text" : c >= 4 ? "share" : "money")),
  };
}

/** Weekly spend and revenue of each channel's response curve, two columns per channel (padded with blanks). */
export function responseBlock(run: MmmRun): BlockDraft | null {
  const budget = run.budget;
  if (!budget) return null;
  const length = Math.max(0, ...budget.channels.map((line) => line.curve.length));
  const header = budget.channels.flatMap((line) => [
    `${line.channel} spend`,
    `${line.channel} revenue`,
  ]);
  const rows = Array.from({ length }, (_, r) =>
    budget.channels.flatMap((line) => {
      const point = line.curve[r];
      return [cell(point?.spend), cell(point?.revenue)];
    })
  );
  return {
    id: "response",
    title: "Response curves: weekly incremental revenue by weekly spend",
    header,
    rows,
    formats: header.map(() => "money"),
  };
}

/** Current vs recommended weekly spend per channel, with the weekly revenue at each. */
export function budgetBlock(run: MmmRun): BlockDraft | null {
  const budget = run.budget;
  if (!budget) return null;
  const header = [
    "Channel",
    "Current weekly spend",
    "Recommended weekly spend",
    "Revenue at current",
    "Revenue at recommended",
    "Marginal ROAS",
  ];
  return {
    id: "budget",
    title: `Budget plan: current vs recommended weekly spend. ${budget.window.statement}`,
    header,
    rows: budget.channels.map((line) => [
      line.channel,
      cell(line.current),
      cell(line.recommended),
      cell(line.currentRevenue),
      cell(line.recommendedRevenue),
      cell(line.marginalRoas),
    ]),
    formats: header.map((_, c) => (c === 0 ? "text" : c === 5 ? "ratio" : "money")),
  };
}

/**
 * Actual and fitted outcome per week, the holdout shading (on in holdout weeks, at the chart's top) and the
 * prediction band when the bootstrap ran.
 */
export function fitBlock(run: MmmRun, weeks: readonly string[]): BlockDraft {
  const series = run.result.series.stage2;
  const band = run.intervals?.predictionBand ?? null;
  const outcome = run.result.roles.outcome;
  const values = [...series.actual, ...series.fitted, ...(band ? [...band.upper] : [])].filter(
    Number.isFinite
  );
  const top = Math.max(0, ...values) * (1 + HOLDOUT_SHADE_HEADROOM);
  const header = ["Week", `${outcome} actual`, `${outcome} fitted`, "Holdout weeks"];
  if (band) header.push("Band 90% low", "Band 90% high");
  const rows = Array.from(series.actual, (actual, i) => {
    const row: DashboardCell[] = [
      weeks[i] ?? "",
      cell(actual),
      cell(series.fitted[i]),
      series.isHoldout[i] ? top : "",
    ];
    if (band) row.push(cell(band.lower[i]), cell(band.upper[i]));
    return row;
  });
  return {
    id: "fit",
    title: `${outcome} per week: actual vs fitted${band ? " with the 90% prediction band" : ""}`,
    header,
    rows,
    formats: header.map((_, c) => (c === 0 ? "text" : "money")),
  };
}
