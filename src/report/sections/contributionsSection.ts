import { contributionParts, type ContributionPart } from "../../core/attribution/contributionParts";
import type { MmmResult } from "../../core/model/types";
import type { Dataset } from "../../core/types";
import { CHART_HEIGHT, CHART_WIDTH, COLORS } from "../constants";
import { channelColor } from "../channelColors";
import { figureHtml } from "../figureHtml";
import { formatNumber } from "../formatNumber";
import { contributionsTable } from "../../core/tables/contributionsTable";
import type { Table } from "../../core/tables/types";
import { escapeHtml } from "../escapeHtml";
import { htmlTable } from "../htmlTable";
import { renderChart } from "../renderChart";
import type { ReportSection } from "../types";
import { addDays, weekAxis } from "../weekAxis";

/** Days each weekly bar spans: 6 of 7, leaving a thin gap between weeks. */
const BAR_DAYS = 6;

/** One part of the decomposition: its legend name, colour, weekly values and, for the table, its kind and reference. */
interface Part {
  readonly name: string;
  readonly kind: string;
  readonly reference: string;
  readonly color: string;
  readonly values: ArrayLike<number>;
}

/** Table wording of each part kind. */
const KIND_TEXT: Record<ContributionPart["kind"], string> = {
  base: "base",
  trend: "trend",
  seasonality: "seasonality",
  control: "control",
  direct: "direct",
  viaMediator: "via mediator",
  mediatorOwn: "mediator own",
};

function parts(result: MmmResult): { readonly chart: Part[]; readonly table: Part[] } {
  const roles = result.roles;
  const all = contributionParts(result.contributions, roles);
  const colorOf = (part: ContributionPart): string => {
    const channel = roles.social.indexOf(part.column ?? "");
    if (part.kind === "direct") return channelColor(channel).direct;
    if (part.kind === "viaMediator") return channelColor(channel).indirect;
    if (part.kind === "mediatorOwn") return COLORS.mediator;
    if (part.kind === "control") return COLORS.controls;
    return COLORS.baseline;
  };
  const table: Part[] = all.map((part) => ({
    name: part.label,
    kind: KIND_TEXT[part.kind],
    reference: part.kind === "base" ? "" : part.reference,
    color: colorOf(part),
    values: part.values,
  }));
  // The chart sums the controls (and trend with seasonality) into one band each, so media stay readable.
  const summed = (name: string, kinds: readonly string[], color: string): Part[] => {
    const members = all.filter((part) => kinds.includes(part.kind));
    if (members.length === 0) return [];
    const values = new Float64Array(result.contributions.fitted.length);
    for (const member of members)
      for (let t = 0; t < values.length; t++)
        values[t] = (values[t] as number) + (member.values[t] as number);
    return [{ name, kind: "", reference: "", color, values }];
  };
  const media = table.filter((_, i) =>
    ["direct", "viaMediator", "mediatorOwn"].includes(all[i]?.kind ?? "")
  );
  const own = media.filter((part) => part.kind === "mediator own");
  const chart: Part[] = [
    table[0] as Part,
    ...summed("Trend and seasonality", ["trend", "seasonality"], COLORS.current),
    ...summed("Controls", ["control"], COLORS.controls),
    ...own,
    ...media.filter((part) => part.kind !== "mediator own"),
  ];
  return { chart, table };
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

/** One part's total over all weeks, from the Contributions table's total row. */
interface PartTotal {
  readonly label: string;
  readonly total: number;
}

/**
 * The Contributions table's parts as rows (same labels, with their references, as the sheet and the CSV): each
 * part's total over all weeks — the table's own total row — and its share of the fitted total, then its notes.
 */
function totalsTable(table: Table): string {
  const sums = table.total ?? [];
  const fittedIndex = table.columns.findIndex((column) => column.key === "fitted");
  const fitted = typeof sums[fittedIndex] === "number" ? (sums[fittedIndex] as number) : Number.NaN;
  const parts: PartTotal[] = table.columns
    .map((column, c) => ({
      label: column.label,
      total: typeof sums[c] === "number" ? (sums[c] as number) : Number.NaN,
      unit: column.unit,
    }))
    .filter((part, c) => part.unit !== "date" && c !== fittedIndex);
  return (
    htmlTable(
      [
        { header: "Part", cell: (p: PartTotal) => p.label },
        { header: "Total", cell: (p) => formatNumber(p.total), kind: "number" },
        {
          header: "Share of fitted",
          cell: (p) => formatNumber(p.total / fitted, "percent"),
          kind: "number",
        },
      ],
      parts,
      {
        caption: "Contribution totals over all weeks (the parts add up to the total)",
        footer: [{ label: table.columns[fittedIndex]?.label ?? "Fitted total", total: fitted }],
      }
    ) + table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join("")
  );
}

/**
 * Weekly contributions as stacked bars: the base (every driver at its reference), trend and seasonality, controls
 * (summed), the mediator's own part, and each social channel's direct part and its part through the mediator; then
 * a table of each part's reference, total and share of fitted revenue (every control on its own row) with a total
 * row that the parts add up to.
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
  const { chart } = parts(result);
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
        "Each driver is measured against a stated reference: controls against their mean over the fitted weeks " +
          "(or the base you chose), media against zero spend, trend and seasonality against their mean; the base " +
          `is the fitted revenue with every driver there. ${result.contributions.attribution}`
      ) + tableMarkup,
  };
}
