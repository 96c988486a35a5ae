/** Input and building blocks of report.html. */
import type { BudgetPlan, FitDiagnostics, Intervals, Sensitivity } from "../core/analysis/types";
import type { LiftTestCandidate } from "../core/experiments/rankLiftTests";
import type { DataCheck, HealthVerdict } from "../core/health/types";
import type { MmmResult } from "../core/model/types";
import type { Dataset } from "../core/types";

/**
 * The optional analysis steps. Each one given adds its sections (or its parts of a section: interval whiskers,
 * the prediction band); one missing or null is left out of the report without a placeholder.
 */
export interface ReportAnalysis {
  /** `bootstrapIntervals` result: effect and ROAS intervals, the prediction band. */
  readonly intervals?: Intervals | null;
  /** `diagnoseFit` result: pass/review/fail checks per stage, CV spread. */
  readonly diagnostics?: FitDiagnostics | null;
  /** `sensitivityAnalysis` result: elasticity, promotion lift and the price × promotion grid. */
  readonly sensitivity?: Sensitivity | null;
  /** `planBudget` result: current vs recommended spend and the response curves. */
  readonly budget?: BudgetPlan | null;
  /** Checks of the data made before the fit (`MmmRun.dataChecks`): the Data checks section. */
  readonly dataChecks?: readonly DataCheck[];
  /** The run's health verdict (`MmmRun.health`): heads At a glance. */
  readonly health?: HealthVerdict | null;
  /** The run's ranked lift-test candidates (`MmmRun.testPlan`): the Experiments section. */
  readonly testPlan?: readonly LiftTestCandidate[] | null;
}

/** What {@link buildReport} needs. */
export interface ReportInput {
  /** The data the result was fitted on. */
  readonly dataset: Dataset;
  /** `fitMmm`'s result. */
  readonly result: MmmResult;
  /** Optional analysis sections. */
  readonly analysis?: ReportAnalysis;
  /** Page title (plain text; escaped). Default "Marketing mix model report". */
  readonly title?: string;
  /** When the report was made (plain text such as an ISO time; escaped). Left out when not given. */
  readonly generatedAt?: string;
  /** Name of the data file shown under the title (plain text; escaped). Left out when not given. */
  readonly source?: string;
}

/** One section of the page: its anchor id, its heading (plain text) and its body (HTML, already escaped). */
export interface ReportSection {
  readonly id: string;
  readonly heading: string;
  readonly html: string;
}
