import type { MmmResult } from "../../core/model/types";
import type { Dataset } from "../../core/types";
import { BAR_STEP, COLORS, HALF_CHART_WIDTH } from "../constants";
import { figureHtml } from "../figureHtml";
import { formatNumber } from "../formatNumber";
import { htmlTable } from "../htmlTable";
import { renderChart } from "../renderChart";
import { statTiles } from "../statTiles";
import type { ReportSection } from "../types";

interface SpendRow {
  readonly channel: string;
  readonly role: string;
  readonly total: number;
  readonly weekly: number;
  readonly activeWeeks: number;
  readonly share: number;
}

const sum = (values: ArrayLike<number>): number => Array.from(values).reduce((a, b) => a + b, 0);

function spendRows(dataset: Dataset): SpendRow[] {
  const roles = dataset.roles;
  const channels = [
    ...roles.social.map((name) => ({ name, role: "social" })),
    ...(roles.mediator === null ? [] : [{ name: roles.mediator, role: "mediator" }]),
  ];
  const totals = channels.map((c) => sum(dataset.columns[c.name] ?? []));
  const all = totals.reduce((a, b) => a + b, 0);
  return channels.map((c, i) => {
    const values = Array.from(dataset.columns[c.name] ?? []);
    const total = totals[i] as number;
    return {
      channel: c.name,
      role: c.role,
      total,
      weekly: total / Math.max(values.length, 1),
      activeWeeks: values.filter((v) => v > 0).length,
      share: all > 0 ? total / all : Number.NaN,
    };
  });
}

function rolesTable(dataset: Dataset): string {
  const roles = dataset.roles;
  const used = new Set<string>([
    roles.date,
    roles.outcome,
    ...(roles.mediator === null ? [] : [roles.mediator]),
    ...roles.social,
    ...roles.controls,
  ]);
  const ignored = dataset.headers.filter((h) => !used.has(h));
  const rows = [
    { role: "Week (date)", columns: [roles.date] },
    { role: "Outcome", columns: [roles.outcome] },
    { role: "Mediator (stage 1 target)", columns: roles.mediator === null ? [] : [roles.mediator] },
    { role: "Social channels", columns: [...roles.social] },
    { role: "Controls", columns: [...roles.controls] },
    { role: "Not used", columns: ignored },
  ].filter((row) => row.columns.length > 0);
  return htmlTable(
    [
      { header: "Role", cell: (r) => r.role },
      { header: "Columns", cell: (r) => r.columns.join(", ") },
    ],
    rows,
    { caption: "Column roles" }
  );
}

/**
 * The data summary: headline figures (weeks, dates, train/holdout split, revenue, spend), the column roles and the
 * spend of every channel (table and bar chart).
 *
 * @param dataset - the fitted data
 * @param result - `fitMmm`'s result (for the holdout split)
 * @returns the section
 * @example
 * (await dataSummarySection(dataset, result)).heading; // => "Data summary"
 * @see ../buildReport.ts
 */
export async function dataSummarySection(
  dataset: Dataset,
  result: MmmResult
): Promise<ReportSection> {
  const data = result.data;
  const spend = spendRows(dataset);
  const revenue = sum(dataset.columns[dataset.roles.outcome] ?? []);
  const holdoutWeeks = data.weeks - data.trainWeeks;
  const tiles = statTiles([
    {
      label: "Weeks",
      value: formatNumber(data.weeks, "count"),
      note: `${data.start} to ${data.end}`,
    },
    {
      label: "Training / holdout",
      value: `${formatNumber(data.trainWeeks, "count")} / ${formatNumber(holdoutWeeks, "count")}`,
      note: data.holdoutStart === null ? "no holdout weeks" : `holdout from ${data.holdoutStart}`,
    },
    { label: `Total ${dataset.roles.outcome}`, value: formatNumber(revenue) },
    {
      label: "Total media spend",
      value: formatNumber(spend.reduce((a, r) => a + r.total, 0)),
      note: `${spend.length} channels`,
    },
  ]);
  const table = htmlTable(
    [
      { header: "Channel", cell: (r: SpendRow) => r.channel },
      { header: "Role", cell: (r) => r.role },
      { header: "Total spend", cell: (r) => formatNumber(r.total), kind: "number" },
      { header: "Mean per week", cell: (r) => formatNumber(r.weekly), kind: "number" },
      {
        header: "Weeks with spend",
        cell: (r) => formatNumber(r.activeWeeks, "count"),
        kind: "number",
      },
      { header: "Share of spend", cell: (r) => formatNumber(r.share, "percent"), kind: "number" },
    ],
    spend,
    { caption: "Spend per channel (all weeks)" }
  );
  const svg = await renderChart(
    {
      width: HALF_CHART_WIDTH,
      height: { step: BAR_STEP },
      data: { values: spend.map((r) => ({ channel: r.channel, total: r.total, role: r.role })) },
      mark: { type: "bar", cornerRadiusEnd: 2 },
      encoding: {
        y: { field: "channel", type: "nominal", sort: null, title: null },
        x: { field: "total", type: "quantitative", title: "Total spend", axis: { format: "~s" } },
        color: {
          field: "role",
          type: "nominal",
          scale: { domain: ["social", "mediator"], range: [COLORS.fitted, COLORS.mediator] },
          title: null,
        },
      },
    },
    "chart-spend",
    "Total spend per channel"
  );
  return {
    id: "data",
    heading: "Data summary",
    html: `${tiles}<div class="two-col"><div>${rolesTable(dataset)}</div>${figureHtml(svg)}</div>${table}`,
  };
}
