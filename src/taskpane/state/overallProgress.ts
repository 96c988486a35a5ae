import { STEP_LABELS } from "../../core/pipeline/constants";
import type { FitProgress } from "./paneState";

/** The phases of one Fit model press, in order, as the overall progress bar counts them. */
export type ProgressPhase = "fit" | "bootstrap" | "analysis" | "write";

/**
 * Share of the whole press each phase takes, from a measured run of the 104-week sample with default options on this
 * 2-core machine (one thread, with the cheaper warm-started replicate of issue 15): fit 0.3 s, bootstrap 6.6 s,
 * diagnostics + scenarios + budget + health 1.0 s; writing the sheets about 0.3 s in the preview page. Only the bar's
 * position uses them; the time left is measured from the replicate rate.
 */
export const PROGRESS_PHASE_WEIGHTS: Readonly<Record<ProgressPhase, number>> = {
  fit: 0.04,
  bootstrap: 0.8,
  analysis: 0.12,
  write: 0.04,
};

const PHASES: readonly ProgressPhase[] = ["fit", "bootstrap", "analysis", "write"];

/** Labels of the pipeline's steps after the bootstrap (diagnostics, placebo, scenarios, budget). */
const ANALYSIS_STAGES: ReadonlySet<string> = new Set(Object.values(STEP_LABELS));

/**
 * Which phase a progress report belongs to: the bootstrap's label, the pipeline's later steps, else the fit's searches.
 * @param progress - the last progress report
 * @param writing - whether the sheets are being written
 * @returns the phase
 * @example progressPhase({ stage: "bootstrap", done: 3, total: 200 }, false) // => "bootstrap"
 */
export function progressPhase(progress: FitProgress | null, writing: boolean): ProgressPhase {
  if (writing) return "write";
  if (!progress) return "fit";
  if (progress.stage === "bootstrap") return "bootstrap";
  return ANALYSIS_STAGES.has(progress.stage) ? "analysis" : "fit";
}

/**
 * Position of the one overall bar, 0–1: the weights of the phases before this one plus this phase's share done.
 * @param progress - the last progress report
 * @param writing - whether the sheets are being written
 * @returns the fraction done
 * @example overallFraction({ stage: "bootstrap", done: 100, total: 200 }, false) // => 0.46
 */
export function overallFraction(progress: FitProgress | null, writing: boolean): number {
  const phase = progressPhase(progress, writing);
  const before = PHASES.slice(0, PHASES.indexOf(phase)).reduce(
    (sum, p) => sum + PROGRESS_PHASE_WEIGHTS[p],
    0
  );
  const within =
    phase === "write" || !progress || progress.total <= 0
      ? 0
      : Math.min(1, Math.max(0, progress.done / progress.total));
  return Math.min(1, before + PROGRESS_PHASE_WEIGHTS[phase] * within);
}

/**
 * Seconds left, from the measured replicate rate: the replicates still to run at the rate so far, plus the steps
 * after the bootstrap in proportion to their weight. Null outside the bootstrap or before its first batch.
 * @param progress - the last progress report
 * @param bootstrapStartedAt - when the bootstrap started (the point estimates arrived), in ms
 * @param now - the time of the progress report, in ms (same clock)
 * @returns seconds, or null when there is nothing to measure yet
 * @example secondsLeft({ stage: "bootstrap", done: 50, total: 200 }, 0, 5000) // => 16.4 (15 s + the later steps)
 */
export function secondsLeft(
  progress: FitProgress | null,
  bootstrapStartedAt: number | null,
  now: number
): number | null {
  if (!progress || progress.stage !== "bootstrap" || bootstrapStartedAt === null) return null;
  if (progress.done <= 0 || now <= bootstrapStartedAt) return null;
  const perReplicate = (now - bootstrapStartedAt) / 1000 / progress.done;
  const tail =
    (PROGRESS_PHASE_WEIGHTS.analysis + PROGRESS_PHASE_WEIGHTS.write) /
    PROGRESS_PHASE_WEIGHTS.bootstrap;
  return (progress.total - progress.done) * perReplicate + progress.total * perReplicate * tail;
}

/**
 * "about N s left" in words a reader takes in at a glance: whole seconds under 10, then steps of 5 (a screen reader
 * hears it change less often).
 * @param seconds - secondsLeft's estimate
 * @returns the phrase
 * @example timeLeftText(23.4) // => "about 25 s left"
 */
export function timeLeftText(seconds: number): string {
  if (seconds < 1) return "less than a second left";
  const rounded = seconds < 10 ? Math.ceil(seconds) : Math.ceil(seconds / 5) * 5;
  return `about ${rounded} s left`;
}

/**
 * The sentence under the bar: which phase runs, how far the bootstrap is and the time left.
 * @param progress - the last progress report
 * @param writing - whether the sheets are being written
 * @param seconds - secondsLeft's estimate, or null
 * @returns the text
 * @example progressText({ stage: "bootstrap", done: 40, total: 200 }, false, 12) // => "Point estimates ready. Intervals: 40 of 200 replicates, about 15 s left."
 */
export function progressText(
  progress: FitProgress | null,
  writing: boolean,
  seconds: number | null
): string {
  const phase = progressPhase(progress, writing);
  if (phase === "write") return "Writing result sheets…";
  if (!progress || phase === "fit") return "Fitting the model…";
  if (phase === "analysis") return `Point estimates ready. Now: ${progress.stage}…`;
  const left = seconds === null ? "estimating the time left" : timeLeftText(seconds);
  return `Point estimates ready. Intervals: ${progress.done} of ${progress.total} replicates, ${left}.`;
}

/**
 * What the live region announces: the phase and, in the bootstrap, the time left — not every batch's replicate
 * count, so a screen reader hears a change only when the phase or the rounded time changes.
 * @param progress - the last progress report
 * @param writing - whether the sheets are being written
 * @param seconds - secondsLeft's estimate, or null
 * @returns the announcement
 * @example progressAnnouncement({ stage: "bootstrap", done: 40, total: 200 }, false, 12) // => "Point estimates ready; computing intervals, about 15 s left."
 */
export function progressAnnouncement(
  progress: FitProgress | null,
  writing: boolean,
  seconds: number | null
): string {
  if (progressPhase(progress, writing) !== "bootstrap")
    return progressText(progress, writing, null);
  return `Point estimates ready; computing intervals${seconds === null ? "" : `, ${timeLeftText(seconds)}`}.`;
}
