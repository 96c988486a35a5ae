import type { MmmRun } from "../../pipeline/types";
import { DASHBOARD_CHANNEL_COLORS, DASHBOARD_COLORS } from "../constants";
import type { DashboardChart, DashboardSeries } from "../types";
import type { BlockLayout } from "./layoutBlocks";

/** A chart before it is placed (placement adds `position`); `wide` charts take both grid columns. */
export type ChartDraft = Omit<DashboardChart, "position"> & { readonly wide: boolean };

const channelColor = (index: number): string =>
  DASHBOARD_CHANNEL_COLORS[index % DASHBOARD_CHANNEL_COLORS.length] ?? DASHBOARD_COLORS.point;

/** ROAS per channel; with intervals a floating bar per channel (stacked columns, hidden base) and ROAS as a dot. */
export function roasChart(run: MmmRun, layout: BlockLayout): ChartDraft {
  const r = (header: string) => layout.range("roas", header);
  const categories = r("Channel");
  const withIntervals = run.intervals !== null;
  const series: DashboardSeries[] = withIntervals
    ? [
        {
          name: "Bar base (hidden)",
          values: r("Bar base (hidden)"),
          categories,
          style: "hidden",
          color: "#ffffff",
          hideInLegend: true,
        },
        {
          name: "90% interval",
          values: r("Bar above 0"),
          categories,
          style: "light",
          color: DASHBOARD_COLORS.interval,
        },
        {
          name: "90% interval (below 0)",
          values: r("Bar below 0"),
          categories,
          style: "light",
          color: DASHBOARD_COLORS.interval,
          hideInLegend: true,
        },
        {
          name: "ROAS",
          values: r("ROAS"),
          categories,
          kind: "markers",
          style: "markers",
          color: DASHBOARD_COLORS.point,
        },
      ]
    : [
        {
          name: "ROAS",
          values: r("ROAS"),
          categories,
          style: "solid",
          color: DASHBOARD_COLORS.point,
        },
      ];
  return {
    id: "roas",
    kind: withIntervals ? "columnStacked" : "columnClustered",
    title: "ROAS per channel",
    xAxisTitle: "Channel",
    yAxisTitle: "Revenue per unit of spend",
    yFormat: "ratio",
    series,
    wide: false,
    note: withIntervals
      ? "Dot: ROAS; bar: 90% bootstrap interval (a floating bar: Excel's API has no custom error-bar values)."
      : "No intervals: run with bootstrap replicates ≥ 2 to see how sure each ROAS is.",
  };
}

/** Direct vs via-mediator revenue per social channel (stacked). */
export function pathsChart(layout: BlockLayout): ChartDraft {
  const r = (header: string) => layout.range("paths", header);
  const categories = r("Channel");
  return {
    id: "paths",
    kind: "columnStacked",
    title: "Direct vs via mediator",
    xAxisTitle: "Channel",
    yAxisTitle: "Revenue over the data",
    yFormat: "money",
    series: [
      {
        name: "Direct",
        values: r("Direct"),
        categories,
        style: "solid",
        color: DASHBOARD_COLORS.direct,
      },
      {
        name: "Via mediator",
        values: r("Via mediator"),
        categories,
        style: "solid",
        color: DASHBOARD_COLORS.indirect,
      },
    ],
    wide: false,
    note: "Each bar is a channel's total effect; the green part reaches revenue through the mediator.",
  };
}

/** Response curve per channel (lines) with the current and recommended weekly spend as points. */
export function responseChart(run: MmmRun, layout: BlockLayout): ChartDraft | null {
  if (!run.budget) return null;
  const b = (header: string) => layout.range("budget", header);
  return {
    id: "response",
    kind: "xyScatterLines",
    title: "Response curves",
    xAxisTitle: "Weekly spend",
    yAxisTitle: "Weekly revenue",
    yFormat: "money",
    series: [
      ...run.budget.channels.map((line, index): DashboardSeries => ({
        name: line.channel,
        values: layout.range("response", `${line.channel} revenue`),
        categories: layout.range("response", `${line.channel} spend`),
        style: "solid",
        color: channelColor(index),
      })),
      {
        name: "Current spend",
        values: b("Revenue at current"),
        categories: b("Current weekly spend"),
        kind: "markers",
        style: "markers",
        color: DASHBOARD_COLORS.current,
      },
      {
        name: "Recommended",
        values: b("Revenue at recommended"),
        categories: b("Recommended weekly spend"),
        kind: "markers",
        style: "markers",
        color: DASHBOARD_COLORS.recommended,
      },
    ],
    wide: false,
    note: "Grey points: today's weekly spend; green points: the plan's. Flat curve = more spend buys little.",
  };
}

/** Current vs recommended weekly spend per channel. */
export function budgetChart(run: MmmRun, layout: BlockLayout): ChartDraft | null {
  if (!run.budget) return null;
  const b = (header: string) => layout.range("budget", header);
  const categories = b("Channel");
  return {
    id: "budget",
    kind: "columnClustered",
    title: "Budget: current vs recommended",
    xAxisTitle: "Channel",
    yAxisTitle: "Weekly spend",
    yFormat: "money",
    series: [
      {
        name: "Current",
        values: b("Current weekly spend"),
        categories,
        style: "solid",
        color: DASHBOARD_COLORS.current,
      },
      {
        name: "Recommended",
        values: b("Recommended weekly spend"),
        categories,
        style: "solid",
        color: DASHBOARD_COLORS.recommended,
      },
    ],
    wide: false,
    note: "Same total budget, moved toward the channels whose next dollar returns most.",
  };
}

/** Actual vs fitted per week, holdout weeks shaded, with the prediction band when intervals ran. */
export function fitChart(run: MmmRun, layout: BlockLayout): ChartDraft {
  const f = (header: string) => layout.range("fit", header);
  const outcome = run.result.roles.outcome;
  const categories = f("Week");
  const band = run.intervals !== null;
  return {
    id: "fit",
    kind: "line",
    title: `${outcome}: actual vs fitted`,
    xAxisTitle: "Week",
    yAxisTitle: outcome,
    yFormat: "money",
    series: [
      {
        name: "Holdout weeks",
        values: f("Holdout weeks"),
        categories,
        kind: "column",
        style: "shade",
        color: DASHBOARD_COLORS.holdout,
      },
      ...(band
        ? [
            {
              name: "Band 90% low",
              values: f("Band 90% low"),
              categories,
              style: "dashed",
              color: DASHBOARD_COLORS.band,
            } as const,
            {
              name: "Band 90% high",
              values: f("Band 90% high"),
              categories,
              style: "dashed",
              color: DASHBOARD_COLORS.band,
            } as const,
          ]
        : []),
      {
        name: "Actual",
        values: f(`${outcome} actual`),
        categories,
        style: "solid",
        color: DASHBOARD_COLORS.actual,
      },
      {
        name: "Fitted",
        values: f(`${outcome} fitted`),
        categories,
        style: "solid",
        color: DASHBOARD_COLORS.fitted,
      },
    ],
    wide: true,
    note: band
      ? "Shaded: holdout weeks (not used to fit). Dashed: 90% prediction band."
      : "Shaded: holdout weeks (not used to fit).",
  };
}
