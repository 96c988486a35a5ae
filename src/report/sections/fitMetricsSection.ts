import type { FitDiagnostics } from "../../core/analysis/types";
import type { ForecastScore, MmmResult, StageMetrics } from "../../core/model/types";
import { escapeHtml } from "../escapeHtml";
import { formatNumber } from "../formatNumber";
import { htmlTable } from "../htmlTable";
import { statTiles } from "../statTiles";
import type { ReportSection } from "../types";

type Metric = "r2" | "rmse" | "mape" | "wape";

interface MetricRow {
  readonly stage: string;
  readonly scoredOn: string;
  readonly weeks: string;
  readonly values: Readonly<Record<Metric, string>>;
}

const METRIC_STYLE = { r2: "statistic", rmse: "amount", mape: "percent", wape: "percent" } as const;

function sampleSd(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const squares = values.reduce((a, b) => a + (b - mean) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

const single = (score: ForecastScore): Record<Metric, string> => ({
  r2: formatNumber(score.r2, "statistic"),
  rmse: formatNumber(score.rmse),
  mape: formatNumber(score.mape, "percent"),
  wape: formatNumber(score.wape, "percent"),
});

function cvCells(metrics: StageMetrics): Record<Metric, string> {
  const cell = (metric: Metric): string => {
    const sd = sampleSd(metrics.cv.folds.map((fold) => fold[metric]));
    const mean = formatNumber(metrics.cv.mean[metric], METRIC_STYLE[metric]);
    return Number.isFinite(sd) ? `${mean} ± ${formatNumber(sd, METRIC_STYLE[metric])}` : mean;
  };
  return { r2: cell("r2"), rmse: cell("rmse"), mape: cell("mape"), wape: cell("wape") };
}

function stageRows(stage: string, metrics: StageMetrics): MetricRow[] {
  const rows: MetricRow[] = [
    {
      stage,
      scoredOn: "Training weeks (in sample)",
      weeks: formatNumber(metrics.train.n, "count"),
      values: single(metrics.train),
    },
    {
      stage,
      scoredOn: `CV mean ± sd (${metrics.cv.folds.length} folds)`,
      weeks: formatNumber(
        metrics.cv.folds.reduce((a, fold) => a + fold.n, 0),
        "count"
      ),
      values: cvCells(metrics),
    },
  ];
  if (metrics.holdout !== null) {
    rows.push({
      stage,
      scoredOn: "Holdout weeks (out of sample)",
      weeks: formatNumber(metrics.holdout.n, "count"),
      values: single(metrics.holdout),
    });
  }
  return rows;
}

/**
 * Fit quality of both stages: R², RMSE, MAPE and WAPE on the training weeks, across the CV folds (mean ± sd) and
 * on the holdout weeks, with the chosen model form and its CV score beside the other form's.
 *
 * @param result - `fitMmm`'s result
 * @param diagnostics - optional; its non-linear check's finding is quoted under the table
 * @returns the section
 * @example
 * fitMetricsSection(result).heading; // => "Fit quality"
 * @see https://en.wikipedia.org/wiki/Mean_absolute_percentage_error (WAPE: Σ|error| / Σ|actual|)
 */
export function fitMetricsSection(
  result: MmmResult,
  diagnostics: FitDiagnostics | null
): ReportSection {
  const roles = result.roles;
  const outcome = result.metrics.stage2;
  const rows = [
    ...(result.metrics.stage1 === null || roles.mediator === null
      ? []
      : stageRows(`Stage 1: ${roles.mediator}`, result.metrics.stage1)),
    ...stageRows(`Stage 2: ${roles.outcome}`, outcome),
  ];
  const headline = outcome.holdout ?? outcome.cv.mean;
  const scope = outcome.holdout === null ? "CV mean" : "holdout";
  const scores = result.formScores;
  const other = result.form === "additive" ? scores.multiplicative : scores.additive;
  const tiles = statTiles([
    { label: `R² of ${roles.outcome} (${scope})`, value: formatNumber(headline.r2, "statistic") },
    { label: `WAPE (${scope})`, value: formatNumber(headline.wape, "percent") },
    {
      label: "Model form",
      value: result.form,
      note:
        other === null
          ? `CV WAPE ${formatNumber(scores[result.form], "percent")}`
          : `CV WAPE ${formatNumber(scores[result.form], "percent")} vs ${formatNumber(other, "percent")}`,
    },
  ]);
  const table = htmlTable(
    [
      { header: "Stage", cell: (r: MetricRow) => r.stage },
      { header: "Scored on", cell: (r) => r.scoredOn },
      { header: "Weeks", cell: (r) => r.weeks, kind: "number" },
      { header: "R²", cell: (r) => r.values.r2, kind: "number" },
      { header: "RMSE", cell: (r) => r.values.rmse, kind: "number" },
      { header: "MAPE", cell: (r) => r.values.mape, kind: "number" },
      { header: "WAPE", cell: (r) => r.values.wape, kind: "number" },
    ],
    rows
  );
  const notes = [
    "RMSE is in the target's own units (spend for stage 1, revenue for stage 2). MAPE skips weeks whose actual is 0; " +
      "WAPE (total absolute error over total actual) does not, so it is the fairer figure for the often-zero mediator.",
  ];
  if (diagnostics?.nonLinear) notes.push(diagnostics.nonLinear.check.message);
  const noteHtml = notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join("");
  return { id: "fit", heading: "Fit quality", html: `${tiles}${table}${noteHtml}` };
}
