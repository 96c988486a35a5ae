import type { MmmResult } from "../../../core/model/types";
import type { Dataset } from "../../../core/types";
import { CHART_HEIGHT, CHART_WIDTH, COLORS } from "../constants";
import { channelColor } from "../channelColors";
import { figureHtml } from "../figureHtml";
import { formatNumber } from "../formatNumber";
import { contributionsTable } from "../../../core/tables/contributionsTable";
import type { Table } from "../../../core/tables/types";
import { escapeHtml } from "../escapeHtml";
import { htmlTable } from "../htmlTable";
import { renderChart } from "../renderChart";
import type { ReportSection } from "../types";
import { addDays, weekAxis } from "../weekAxis";

/** Days each weekly bar spans: 6 of 7, leaving a thin gap between weeks. */
const BAR_DAYS = 6;

/** Legend name of baseline and controls netted (multiplicative form). */
const NET_BASE = "Baseline and controls (net)";

/** One part of the decomposition: its legend name, colour and weekly values. */
interface Part {
  readonly name: string;
  readonly color: string;
  readonly values: ArrayLike<number>;
}

/** The chart's parts: baseline and controls (or their net), the mediator's own part, each channel's two paths. */
function chartParts(result: MmmResult): Part[] {
  const c = result.contributions;
  const roles = result.roles;
  const controlNames = Object.keys(c.controls);
  const controlsSum = new Float64Array(c.baseline.length);
  for (const name of controlNames) {
    const values = c.controls[name] as Float64Array;
    for (let t = 0; t < controlsSum.length; t++)
      controlsSum[t] = (controlsSum[t] as number) + (values[t] as number);
  }
  const baseline: Part = {
    name: "Baseline (intercept, trend, season)",
    color: COLORS.baseline,
    values: c.baseline,
  };
  const channelParts: Part[] = [];
  roles.social.forEach((channel, i) => {
    const colors = channelColor(i);
    const direct = c.direct[channel];
    const indirect = c.indirect[channel];
    if (direct)
      channelParts.push({
        name: `${channel} direct`,
        color: colors.direct,
        values: direct,
      });
    if (indirect && roles.mediator !== null) {
      channelParts.push({
        name: `${channel} via ${roles.mediator}`,
        color: colors.indirect,
        values: indirect,
      });
    }
  });
  const own: Part[] =
    roles.mediator === null
      ? []
      : [
          {
            name: `${roles.mediator} own`,
            color: COLORS.mediator,
            values: c.mediator,
          },
        ];
  const controlsPart: Part = {
    name: "Controls",
    color: COLORS.controls,
    values: controlsSum,
  };
  // Multiplicative form: baseline and log-price parts are measured from a zero price and offset each other by
  // many times the revenue, which would hide every media part; the chart shows their net instead.
  const base: Part[] =
    result.form === "multiplicative" && controlNames.length > 0
      ? [
          {
            name: NET_BASE,
            color: COLORS.baseline,
            values: c.baseline.map((v, t) => v + (controlsSum[t] as number)),
          },
        ]
      : [baseline, ...(controlNames.length > 0 ? [controlsPart] : [])];
  return [...base, ...own, ...channelParts];
}

/**
 * Stacks the parts of every week: positive parts upward from 0 and negative parts downward, in the parts' order
 * (so the baseline sits at the bottom), as ranged bars spanning 6 of the week's 7 days.
 */
function stackedRows(weeks: readonly string[], chart: readonly Part[]): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  weeks.forEach((week, t) => {
    let up = 0;
    let down = 0;
    const end = addDays(week, BAR_DAYS);
    for (const part of chart) {
      const value = part.values[t] as number;
      if (value === 0) continue;
      const low = value > 0 ? up : down + value;
      const high = value > 0 ? up + value : down;
      if (value > 0) up = high;
      else down = low;
      rows.push({ week, end, part: part.name, low, high });
    }
  });
  return rows;
}

/** One part's total over all weeks, from the Contributions table. */
interface PartTotal {
  readonly label: string;
  readonly total: number;
}

/**
 * The Contributions table's parts as rows: each part's total over all weeks and its share of the fitted total (the
 * weekly table, summed by column; same labels as the sheet and the CSV), then its notes.
 */
function totalsTable(table: Table): string {
  const sums = table.columns.map((_, c) =>
    table.rows.reduce((sum, row) => sum + (typeof row[c] === "number" ? row[c] : 0), 0)
  );
  const fittedIndex = table.columns.findIndex((column) => column.key === "fitted");
  const fitted = sums[fittedIndex] ?? Number.NaN;
  const parts: PartTotal[] = table.columns
    .map((column, c) => ({ label: column.label, total: sums[c] ?? Number.NaN, unit: column.unit }))
    .filter((part, c) => part.unit !== "date" && c !== fittedIndex);
  return (
    htmlTable(
      [
        { header: "Part", cell: (p: PartTotal) => p.label },
        { header: "Total", cell: (p) => formatNumber(p.total), kind: "number" },
        {
          header: "Share of fitted",
          cell: (p) => formatNumber(p.total / fitted, "percent"),
        },
      ],
      parts,
      {
        caption: "Contribution totals over all weeks",
        footer: [{ label: table.columns[fittedIndex]?.label ?? "Fitted total", total: fitted }],
      }
    ) + table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join("")
  );
}

/**
 * Weekly contributions as stacked bars: baseline, controls (summed), the mediator's own part, and each social
 * channel's direct part and its part through the mediator; then a table of each part's total and share of fitted
 * revenue (every control on its own row).
 *
 * @param dataset - the fitted data (its weeks)
 * @param result - `fitMmm`'s result (observed-variant contributions)
 * @returns the section
 * @example
 * (await contributionsSection(dataset, result)).heading; // => "Weekly contributions"
 * @see https://vega.github.io/vega-lite/docs/stack.html
 */
export async function contributionsSection(
  dataset: Dataset,
  result: MmmResult
): Promise<ReportSection> {
  const chart = chartParts(result);
  const rows = stackedRows(dataset.weeks, chart);
  const svg = await renderChart(
    {
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      data: { values: rows },
      mark: { type: "rect" },
      encoding: {
        x: weekAxis("week"),
        x2: { field: "end" },
        y: {
          field: "low",
          type: "quantitative",
          title: result.roles.outcome,
          axis: { format: "~s" },
        },
        y2: { field: "high" },
        color: {
          field: "part",
          type: "nominal",
          title: null,
          sort: null,
          scale: { domain: chart.map((p) => p.name), range: chart.map((p) => p.color) },
        },
      },
    } as never,
    "chart-contributions",
    "Weekly contributions stacked by source"
  );
  const tableMarkup = totalsTable(contributionsTable(result, dataset.weeks));
  return {
    id: "contributions",
    heading: "Weekly contributions",
    html:
      figureHtml(
        svg,
        chart[0]?.name === NET_BASE
          ? `${result.contributions.attribution} Baseline and controls are shown as their net: in this form they are ` +
              "measured from a zero price and offset each other (see the table)."
          : result.contributions.attribution
      ) + tableMarkup,
  };
}
