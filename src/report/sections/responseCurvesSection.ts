import type { BudgetPlan } from "../../core/analysis/types";
import { channelColor } from "../channelColors";
import { COLORS, HALF_CHART_WIDTH } from "../constants";
import { figureHtml } from "../figureHtml";
import { renderChart } from "../renderChart";
import type { ReportSection } from "../types";

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
  // The plan's line revenues are the same response as the curve, so the marks sit on it exactly.
  const marks = budget.channels.flatMap((line) => [
    { channel: line.channel, spend: line.current, revenue: line.currentRevenue, at: "Current" },
    {
      channel: line.channel,
      spend: line.recommended,
      revenue: line.recommendedRevenue,
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
    "Weekly incremental revenue against weekly spend, from zero to twice the largest recent week; each curve " +
    "includes the revenue that comes through the mediator. Where a curve flattens, the next unit of spend pays " +
    `less. ${budget.window.statement}`;
  return { id: "curves", heading: "Response curves", html: figureHtml(svg, caption) };
}
