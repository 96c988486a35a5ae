import type { BudgetPlan } from "../../core/analysis/types";
import type { ResponsePoint } from "../../core/optimizer/responseCurve";
import { channelColor } from "../channelColors";
import { COLORS, HALF_CHART_WIDTH } from "../constants";
import { figureHtml } from "../figureHtml";
import { renderChart } from "../renderChart";
import type { ReportSection } from "../types";

/** Revenue of a curve at `spend`, by linear interpolation between its points (clamped to its ends). */
function curveAt(curve: readonly ResponsePoint[], spend: number): number {
  const first = curve[0];
  if (first === undefined) return Number.NaN;
  let previous = first;
  for (const point of curve) {
    if (point.spend >= spend) {
      const width = point.spend - previous.spend;
      const share = width > 0 ? (spend - previous.spend) / width : 0;
      return previous.revenue + share * (point.revenue - previous.revenue);
    }
    previous = point;
  }
  return previous.revenue;
}

/** Charts per row of the small-multiple grid of response curves. */
const CURVE_COLUMNS = 2;

/**
 * One small chart per channel of weekly incremental revenue against weekly spend (the budget plan's response
 * curves), with the current spend (grey) and the recommended spend (green) marked on the curve.
 *
 * @param budget - `planBudget`'s result (its curves)
 * @param socialChannels - `roles.social`, for the channel colours shared with the other charts
 * @returns the section
 * @example
 * (await responseCurvesSection(plan, ["tiktok_spend"])).heading; // => "Response curves"
 * @see Jin et al. (2017), Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects
 */
export async function responseCurvesSection(
  budget: BudgetPlan,
  socialChannels: readonly string[]
): Promise<ReportSection> {
  const channels = budget.channels.map((line) => line.channel);
  const colors = channels.map((name) => {
    const index = socialChannels.indexOf(name);
    return index < 0 ? COLORS.mediator : channelColor(index).direct;
  });
  const curve = budget.channels.flatMap((line) =>
    line.curve.map((p) => ({ channel: line.channel, spend: p.spend, revenue: p.revenue }))
  );
  // Marks sit on the drawn curve (social curves include the mediated path, the plan's revenue columns do not).
  const marks = budget.channels.flatMap((line) => [
    {
      channel: line.channel,
      spend: line.current,
      revenue: curveAt(line.curve, line.current),
      at: "Current",
    },
    {
      channel: line.channel,
      spend: line.recommended,
      revenue: curveAt(line.curve, line.recommended),
      at: "Recommended",
    },
  ]);
  const svg = await renderChart(
    {
      columns: CURVE_COLUMNS,
      facet: {
        field: "channel",
        type: "nominal",
        sort: channels,
        title: null,
        header: { labelFontSize: 12, labelFontWeight: 600 },
      },
      data: {
        values: [
          ...curve.map((c) => ({ ...c, layer: "curve" })),
          ...marks.map((m) => ({ ...m, layer: "mark" })),
        ],
      },
      spec: {
        width: HALF_CHART_WIDTH,
        height: 160,
        layer: [
          {
            transform: [{ filter: "datum.layer === 'curve'" }],
            mark: { type: "line", strokeWidth: 2 },
            encoding: {
              x: {
                field: "spend",
                type: "quantitative",
                title: "Weekly spend",
                axis: { format: "~s" },
              },
              y: {
                field: "revenue",
                type: "quantitative",
                title: "Weekly revenue",
                axis: { format: "~s" },
              },
              color: {
                field: "channel",
                type: "nominal",
                legend: null,
                scale: { domain: channels, range: colors },
              },
            },
          },
          {
            transform: [{ filter: "datum.layer === 'mark'" }],
            mark: { type: "point", filled: true, size: 80, stroke: "#ffffff", strokeWidth: 1 },
            encoding: {
              x: { field: "spend", type: "quantitative" },
              y: { field: "revenue", type: "quantitative" },
              fill: {
                field: "at",
                type: "nominal",
                title: null,
                scale: {
                  domain: ["Current", "Recommended"],
                  range: [COLORS.current, COLORS.recommended],
                },
              },
              shape: {
                field: "at",
                type: "nominal",
                title: null,
                scale: { domain: ["Current", "Recommended"], range: ["circle", "diamond"] },
              },
            },
          },
        ],
      },
      resolve: { scale: { x: "independent", y: "independent" } },
    } as never,
    "chart-response",
    "Response curve of each channel with current and recommended spend"
  );
  const caption =
    "Weekly incremental revenue against weekly spend, from zero to twice the largest observed week. Social " +
    "channels include the revenue that comes through the mediator; the mediator's own curve is direct only. " +
    "Where a curve flattens, the next unit of spend pays less.";
  return { id: "curves", heading: "Response curves", html: figureHtml(svg, caption) };
}
