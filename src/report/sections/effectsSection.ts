import type { Interval, Intervals } from "../../core/analysis/types";
import type { MmmResult } from "../../core/model/types";
import { BAR_STEP, COLORS, HALF_CHART_WIDTH } from "../constants";
import { escapeHtml } from "../escapeHtml";
import { figureHtml } from "../figureHtml";
import { effectsTable } from "../../core/tables/effectsTable";
import { tableHtml } from "../tableHtml";
import { renderChart } from "../renderChart";
import type { ReportSection } from "../types";

const EFFECT_TITLE = "Revenue over all weeks";
const ROAS_TITLE = "ROAS (revenue per unit of spend)";

interface EffectRow {
  readonly channel: string;
  readonly spend: number;
  readonly direct: number | null;
  readonly indirect: number | null;
  readonly total: number;
  readonly totalInterval: Interval | null;
  readonly shareMediated: number | null;
  readonly roas: number | null;
  readonly roasInterval: Interval | null;
}

function effectRows(result: MmmResult, intervals: Intervals | null): EffectRow[] {
  const effects = result.effects;
  const find = <T extends { readonly channel: string }>(
    list: readonly T[] | undefined,
    name: string
  ) => list?.find((item) => item.channel === name) ?? null;
  const rows: EffectRow[] = effects.channels.map((e) => {
    const ci = find(intervals?.observed.channels, e.channel);
    return {
      channel: e.channel,
      spend: e.spend,
      direct: e.direct,
      indirect: e.indirect,
      total: e.total,
      totalInterval: ci?.total ?? null,
      shareMediated: e.shareMediated,
      roas: e.roas,
      roasInterval: ci?.roas ?? null,
    };
  });
  if (effects.mediator !== null) {
    const m = effects.mediator;
    const ci = intervals?.observed.mediator ?? null;
    rows.push({
      channel: `${m.channel} (own)`,
      spend: m.spend,
      direct: null,
      indirect: null,
      total: m.total,
      totalInterval: ci?.total ?? null,
      shareMediated: null,
      roas: m.roas,
      roasInterval: ci?.roas ?? null,
    });
  }
  return rows;
}

async function pathChart(result: MmmResult, rows: readonly EffectRow[]): Promise<string> {
  const mediator = result.roles.mediator;
  const social = rows.filter((r) => r.direct !== null);
  const direct = "Direct";
  const via = mediator === null ? "Via mediator" : `Via ${mediator}`;
  const bars = social.flatMap((r) => [
    { channel: r.channel, path: direct, value: r.direct, order: 0 },
    ...(mediator === null ? [] : [{ channel: r.channel, path: via, value: r.indirect, order: 1 }]),
  ]);
  const whiskers = social
    .filter((r) => r.totalInterval !== null)
    .map((r) => ({
      channel: r.channel,
      lower: r.totalInterval?.lower,
      upper: r.totalInterval?.upper,
    }));
  const y = { field: "channel", type: "nominal", sort: null, title: null };
  const layers: Record<string, unknown>[] = [
    {
      data: { values: bars },
      mark: { type: "bar" },
      encoding: {
        y,
        x: {
          field: "value",
          type: "quantitative",
          stack: "zero",
          title: EFFECT_TITLE,
          axis: { format: "~s" },
        },
        color: {
          field: "path",
          type: "nominal",
          title: null,
          sort: null,
          scale:
            mediator === null
              ? { domain: [direct], range: [COLORS.direct] }
              : { domain: [direct, via], range: [COLORS.direct, COLORS.indirect] },
        },
        order: { field: "order", type: "quantitative" },
      },
    },
  ];
  if (whiskers.length > 0) layers.push(whiskerLayer(whiskers, y, COLORS.actual, EFFECT_TITLE));
  return renderChart(
    { width: HALF_CHART_WIDTH, height: { step: BAR_STEP }, layer: layers } as never,
    "chart-effects",
    "Effect of each social channel split into direct and via-mediator paths"
  );
}

async function roasChart(rows: readonly EffectRow[]): Promise<string> {
  const points = rows
    .filter((r) => r.roas !== null)
    .map((r) => ({
      channel: r.channel,
      roas: r.roas,
      lower: r.roasInterval?.lower,
      upper: r.roasInterval?.upper,
    }));
  const y = { field: "channel", type: "nominal", sort: null, title: null };
  const layers: Record<string, unknown>[] = [
    {
      data: { values: [{ one: 1 }] },
      mark: { type: "rule", color: "#9ca3af", strokeDash: [4, 3] },
      encoding: { x: { field: "one", type: "quantitative", title: ROAS_TITLE } },
    },
  ];
  const whiskers = points.filter((p) => p.lower !== undefined && p.upper !== undefined);
  if (whiskers.length > 0) layers.push(whiskerLayer(whiskers, y, COLORS.fitted, ROAS_TITLE));
  layers.push({
    data: { values: points },
    mark: { type: "point", filled: true, size: 70, color: COLORS.actual },
    encoding: {
      y,
      x: { field: "roas", type: "quantitative", title: ROAS_TITLE, axis: { tickCount: 6 } },
    },
  });
  return renderChart(
    { width: HALF_CHART_WIDTH, height: { step: BAR_STEP }, layer: layers } as never,
    "chart-roas",
    "Return on ad spend per channel with interval whiskers"
  );
}

/**
 * Causal effects per channel over all weeks: direct vs via-mediator stacked bars (with the total's interval),
 * ROAS with interval whiskers (when bootstrap intervals are given) and a table with both mediator variants' totals.
 *
 * @param result - `fitMmm`'s result (observed variant; the predicted variant's totals beside it)
 * @param intervals - optional bootstrap intervals
 * @returns the section
 * @example
 * (await effectsSection(result, null)).heading; // => "Effects by channel"
 * @see Pearl (2001), Direct and Indirect Effects
 */
export async function effectsSection(
  result: MmmResult,
  intervals: Intervals | null
): Promise<ReportSection> {
  const rows = effectRows(result, intervals);
  const table = effectsTable(result, intervals);
  const twoStage = result.roles.mediator !== null;
  // A single-stage model has no mediated path: its columns would be empty.
  const hidden = twoStage ? [] : ["indirect", "share_mediated", "reading"];
  const shown = table.columns
    .map((column) => column.key)
    .filter(
      (key) =>
        key !== "role" &&
        key !== "roas_mediated" &&
        !key.startsWith("share_mediated_ci") &&
        !hidden.includes(key)
    );
  const notes = [
    "Effects are the revenue lost over all weeks if the channel's spend had been zero. ROAS is that total divided by " +
      "the channel's spend; the dashed line marks a ROAS of 1 (the spend paid for itself).",
  ];
  const charts = `<div class="two-col">${figureHtml(await pathChart(result, rows))}${figureHtml(await roasChart(rows))}</div>`;
  const tableMarkup = tableHtml(table, {
    columns: shown,
    caption: twoStage
      ? "Effects over all weeks: the observed-mediator variant (headline), then the predicted one (sensitivity check)"
      : "Effects over all weeks",
  });
  const noteHtml = notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join("");
  return { id: "effects", heading: "Effects by channel", html: charts + tableMarkup + noteHtml };
}

/** The interval whiskers (fields lower and upper) drawn over a chart's bars or points, one per channel. */
function whiskerLayer(
  whiskers: readonly Record<string, unknown>[],
  y: Record<string, unknown>,
  color: string,
  title: string
): Record<string, unknown> {
  return {
    data: { values: whiskers },
    mark: { type: "errorbar", ticks: { size: 10 }, color, thickness: 1.5 },
    encoding: { y, x: { field: "lower", type: "quantitative", title }, x2: { field: "upper" } },
  };
}
