/**
 * Types of health/: the data checks made before a fit and the one health verdict made after it. Both are plain
 * JSON so the task pane, the runner, the sheets and the report can show them without computing anything.
 */
import type { FitDiagnostics, Interval, Intervals } from "../analysis/types";
import type { DiagnosticStatus } from "../diagnostics/checkStatus";
import type { FitOptions, MmmResult } from "../model/types";
import type { ColumnName, Dataset } from "../types";
import type { DataCheckThresholds, HealthFindingKind, HealthThresholds } from "./constants";

export type { HealthFindingKind };

/** Kinds of data check. */
export type DataCheckKind =
  | "weeksPerParameter"
  | "spendVariation"
  | "alwaysOn"
  | "zeroWeeks"
  | "correlation"
  | "outcomeCollapse"
  | "outcomeBreak";

/** One check of the data before a fit, as a table row shows it. */
export interface DataCheck {
  /** Stable id: the kind, then the columns it concerns, e.g. `alwaysOn:facebook_spend`. */
  readonly id: string;
  readonly kind: DataCheckKind;
  readonly status: DiagnosticStatus;
  /** Short title in plain words, e.g. "facebook_spend is always on". */
  readonly title: string;
  /** What was measured, with the numbers. */
  readonly finding: string;
  /** What would help (empty when the check passes). */
  readonly recommendation: string;
  /** Columns involved: `[columns]`. */
  readonly columns: readonly ColumnName[];
  /** ISO weeks involved (e.g. the weeks revenue collapses); empty when the check concerns whole columns. */
  readonly weeks: readonly string[];
  /** The measured figure the status was read from (weeks per parameter, CV, |r|, share…), when there is one. */
  readonly value: number | null;
}

/** Options of {@link checkDataAdequacy}. */
export interface CheckDataAdequacyOptions {
  /** The fit options the model will use (Fourier order, direct paths, price column). @defaultValue the fit's defaults */
  readonly fit?: FitOptions;
  /** Thresholds to override. @defaultValue {@link DATA_CHECK_THRESHOLDS} */
  readonly thresholds?: Partial<DataCheckThresholds>;
}

/** A placebo check's outcome (a channel known to have no effect, fitted like the others). Not built yet. */
export interface PlaceboResult {
  /** The placebo column. */
  readonly channel: ColumnName;
  /** pass when its estimated effect is indistinguishable from 0. */
  readonly status: DiagnosticStatus;
  /** Its estimated total effect (revenue units). */
  readonly estimate: number;
  /** Its interval, or null without a bootstrap. */
  readonly interval: Interval | null;
  /** Plain-words finding. */
  readonly message: string;
}

/** Everything {@link assessHealth} reads: what a pipeline has after a run. */
export interface HealthInput {
  readonly dataset: Dataset;
  readonly result: MmmResult;
  /** Bootstrap intervals, or null when the run made none. */
  readonly intervals: Intervals | null;
  /** `diagnoseFit`'s output, or null when it was skipped. */
  readonly diagnostics: FitDiagnostics | null;
  /** A placebo check, when one was run. */
  readonly placebo?: PlaceboResult | null;
  /** Data checks already made; computed from the dataset and the fit's options when absent. */
  readonly dataChecks?: readonly DataCheck[];
}

/** Options of {@link assessHealth}. */
export interface AssessHealthOptions {
  /** @defaultValue {@link HEALTH_THRESHOLDS} */
  readonly thresholds?: Partial<HealthThresholds>;
  /** Weight of each kind of finding. @defaultValue {@link HEALTH_WEIGHTS} */
  readonly weights?: Partial<Readonly<Record<HealthFindingKind, number>>>;
}

/** One finding weighed by the verdict. */
export interface HealthFinding {
  /** Stable id, e.g. `holdoutVsNaive`, `implausibleRoas:facebook_spend`, `data:alwaysOn:facebook_spend`. */
  readonly id: string;
  readonly kind: HealthFindingKind;
  readonly status: DiagnosticStatus;
  readonly title: string;
  readonly finding: string;
  readonly recommendation: string;
  readonly columns: readonly ColumnName[];
  readonly weeks: readonly string[];
  /** Points it adds: weight of its kind × (1 review, 2 fail); only the worst finding of a kind counts. */
  readonly points: number;
}

/** The model's holdout forecast against the naive seasonal forecast. */
export interface NaiveComparison {
  readonly holdoutWeeks: number;
  /** Σ|actual − model| / Σ|actual| over the holdout weeks (the training-only model's forecast). */
  readonly modelWape: number;
  /** The same for the naive forecast (revenue 52 weeks earlier, or the mean of the last year of training). */
  readonly naiveWape: number;
  /** modelWape / naiveWape: below 1 the model beats the naive forecast. */
  readonly ratio: number;
  /** Holdout weeks forecast by the same week a year earlier (the rest by last year's mean). */
  readonly seasonalWeeks: number;
}

/** The one verdict on a fit. */
export interface HealthVerdict {
  readonly status: DiagnosticStatus;
  /** Points summed over kinds (each kind's worst finding). */
  readonly score: number;
  /** One sentence saying what the verdict rests on. */
  readonly summary: string;
  /** The few findings that drive the verdict, most points first (empty when it passes cleanly). */
  readonly drivers: readonly HealthFinding[];
  /** Every finding that is not a pass, most points first. */
  readonly findings: readonly HealthFinding[];
  /** Null without holdout weeks. */
  readonly holdout: NaiveComparison | null;
}
