import type { RunAnalysis } from "./runFit";
import { csv, type OutputFile } from "./buildTables";

/**
 * The decision layer's CSV tables: the budget plan (current vs recommended weekly spend), response curves,
 * the price × promotion scenario grid and every diagnostic check with its status and plain-language message.
 */
export function buildAnalysisTables(analysis: RunAnalysis): OutputFile[] {
  const { budget, sensitivity, diagnostics } = analysis;
  const files: OutputFile[] = [];
  if (budget) {
    const budgetCsv = csv(
      [
        "channel",
        "current_weekly_spend",
        "recommended_weekly_spend",
        "min",
        "max",
        "current_weekly_incremental_revenue",
        "recommended_weekly_incremental_revenue",
        "marginal_roas",
        "at_bound",
      ],
      [
        ...budget.channels.map((c) => [
          c.channel,
          c.current,
          c.recommended,
          c.min,
          c.max,
          c.currentRevenue,
          c.recommendedRevenue,
          c.marginalRoas,
          c.bound ?? "",
        ]),
        // Sum of the lines above; the rows after it are information, not budget lines.
        [
          "Total",
          budget.totalCurrent,
          budget.totalRecommended,
          "",
          "",
          budget.incrementalCurrent,
          budget.incrementalRecommended,
          "",
          "",
        ],
        ...(budget.mediator
          ? [
              [
                `${budget.mediator.channel} (predicted; follows social spend; not in the total)`,
                budget.mediator.current,
                budget.mediator.recommended,
                "",
                "",
                "",
                "",
                "",
                "",
              ],
            ]
          : []),
        [
          "Predicted weekly revenue (baseline included)",
          "",
          "",
          "",
          "",
          budget.revenueCurrent,
          budget.revenueRecommended,
          "",
          "",
        ],
        [`Window: ${budget.window.statement}`, "", "", "", "", "", "", "", ""],
      ]
    );
    const curves = csv(
      ["channel", "weekly_spend", "weekly_revenue", "marginal_roas"],
      budget.channels.flatMap((c) =>
        c.curve.map((p) => [c.channel, p.spend, p.revenue, p.marginalRoas])
      )
    );
    files.push(
      { name: "budget.csv", text: budgetCsv },
      { name: "response_curves.csv", text: curves }
    );
  }
  if (sensitivity) {
    const grid = csv(
      ["price_change", "promotions", "revenue", "change", "change_share"],
      sensitivity.grid.scenarios.map((s) => [
        s.priceChange,
        s.promotions,
        s.revenue,
        s.change,
        s.changeShare,
      ])
    );
    files.push({ name: "sensitivity.csv", text: grid });
  }
  if (diagnostics) {
    const checks = csv(
      ["stage", "check", "status", "statistic", "p_value", "message"],
      diagnostics.stages.flatMap((stage) =>
        [...stage.residualChecks, ...stage.stabilityChecks].map((c) => [
          stage.stage,
          c.label,
          c.status,
          c.statistic ?? "",
          c.pValue ?? "",
          c.message,
        ])
      )
    );
    files.push({ name: "diagnostics.csv", text: checks });
  }
  return files;
}
