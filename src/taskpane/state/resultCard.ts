import type { Interval } from "../../core/analysis/types";
import type { DiagnosticStatus } from "../../core/diagnostics/checkStatus";
import type { MmmRun } from "../../core/pipeline/types";
import { TABLE_TITLE_PREFIX } from "../../core/tables/constants";
import { withReadableNames } from "../../core/tables/withReadableNames";
import { ROAS_CONFIDENCE_RULE } from "../constants";

/**
 * How sure the data are about a ROAS: see ROAS_CONFIDENCE_RULE. "unknown" = no interval in this run; "pending" = the
 * run is provisional and its intervals are still being computed.
 */
export type RoasConfidence = "tight" | "moderate" | "wide" | "unknown" | "pending";

/** The note of a ROAS whose interval is still being computed (a provisional run). */
export const PENDING_INTERVAL_NOTE = "interval coming: the bootstrap is still running";

/** One channel's line on the result card. */
export interface ResultCardChannel {
  readonly channel: string;
  readonly roas: number | null;
  readonly roasInterval: Interval | null;
  readonly confidence: RoasConfidence;
  /** Plain-language note on the ROAS interval (what it means for a decision). */
  readonly note: string;
  /** Share of the effect via the mediator; null for the mediator itself or without a total. */
  readonly shareMediated: number | null;
  readonly shareInterval: Interval | null;
}

const ratio = (value: number): string => value.toFixed(1);

/**
 * Classifies a ROAS interval by its width relative to the estimate (ROAS_CONFIDENCE_RULE).
 * @param roas - The point estimate.
 * @param interval - Its 90% interval, or null.
 * @returns tight, moderate, wide or unknown.
 * @example roasConfidence(2, { lower: 1.2, upper: 4 }) // => "wide"
 */
export function roasConfidence(roas: number | null, interval: Interval | null): RoasConfidence {
  if (roas === null || interval === null || !Number.isFinite(roas) || roas === 0) return "unknown";
  if (interval.lower <= 0) return "wide";
  const relative = (interval.upper - interval.lower) / Math.abs(roas);
  if (relative <= ROAS_CONFIDENCE_RULE.tight) return "tight";
  return relative >= ROAS_CONFIDENCE_RULE.wide ? "wide" : "moderate";
}

function noteOf(confidence: RoasConfidence, interval: Interval | null): string {
  if (confidence === "pending") return PENDING_INTERVAL_NOTE;
  if (confidence === "unknown" || interval === null)
    return "no interval: run with bootstrap replicates to see how sure this is";
  const low = ratio(interval.lower);
  const high = ratio(interval.upper);
  if (confidence === "tight") return `tight: the data pin it between ${low} and ${high}`;
  if (confidence === "moderate")
    return `moderate: somewhere between ${low} and ${high}; fine for direction, not for fine-tuning`;
  return `wide: the data cannot tell ${low} from ${high} — consider a lift test`;
}

/**
 * The result card's lines: ROAS per channel (social channels, then the mediator) with its 90% interval and a
 * plain-language confidence note, and the share mediated with its interval. Every number is read from the run; a
 * provisional run's lines say their interval is coming.
 * @param run - The pipeline's result.
 * @returns One line per channel with spend.
 * @example resultCardChannels(run)[0] // => { channel: "facebook_spend", roas: 2.1, confidence: "wide", … }
 */
export function resultCardChannels(run: MmmRun): readonly ResultCardChannel[] {
  const observed = run.intervals?.observed ?? null;
  const social = run.result.effects.channels.map((c): ResultCardChannel => {
    const intervals = observed?.channels.find((i) => i.channel === c.channel) ?? null;
    const roasInterval = intervals?.roas ?? null;
    const confidence = run.complete ? roasConfidence(c.roas, roasInterval) : "pending";
    return {
      channel: c.channel,
      roas: c.roas,
      roasInterval,
      confidence,
      note: noteOf(confidence, roasInterval),
      shareMediated: c.shareMediated,
      shareInterval: intervals?.shareMediated ?? null,
    };
  });
  const mediator = run.result.effects.mediator;
  if (!mediator) return social;
  const roasInterval = observed?.mediator?.roas ?? null;
  const confidence = run.complete ? roasConfidence(mediator.roas, roasInterval) : "pending";
  return [
    ...social,
    {
      channel: mediator.channel,
      roas: mediator.roas,
      roasInterval,
      confidence,
      note: noteOf(confidence, roasInterval),
      shareMediated: null,
      shareInterval: null,
    },
  ];
}

/** The verdict at the head of the result card. */
export interface ResultCardVerdict {
  readonly status: DiagnosticStatus;
  /** The verdict's one sentence. */
  readonly summary: string;
  /** Each driving finding in plain words: "TikTok spend is always on: … Pause it for a few weeks." */
  readonly drivers: readonly string[];
}

/**
 * The result card's verdict: the run's health status, its sentence and the findings that drive it, with columns
 * named in words. Read from the run (`MmmRun.health`); null when the run made no verdict.
 * @param run - The pipeline's result.
 * @returns The verdict lines, or null.
 * @example resultCardVerdict(run)?.status // => "review"
 */
export function resultCardVerdict(run: MmmRun): ResultCardVerdict | null {
  const health = run.health;
  if (!health) return null;
  return {
    status: health.status,
    summary: health.summary,
    drivers: health.drivers.map((driver) =>
      withReadableNames(
        [`${driver.title}:`, driver.finding, driver.recommendation]
          .filter((text) => text.length > 0)
          .join(" "),
        driver.columns
      )
    ),
  };
}

/** The sheet the table model writes `result.calibration` to (calibrationTable's title). */
const CALIBRATION_SHEET = `${TABLE_TITLE_PREFIX} Calibration`;

/**
 * The result card's calibration line: how many lift tests calibrated the fit and where to read before/after. The
 * count is read from the run (`result.calibration`); nothing is computed here.
 * @param run - The pipeline's result.
 * @returns The line, or null when the fit had no tests.
 * @example resultCardCalibration(run) // => "The fit was calibrated with 2 lift tests: …"
 */
export function resultCardCalibration(run: MmmRun): string | null {
  const calibration = run.result.calibration;
  if (!calibration) return null;
  const count = calibration.tests.length;
  return (
    `The fit was calibrated with ${count} lift test${count === 1 ? "" : "s"}: the ${CALIBRATION_SHEET} sheet ` +
    "shows each measured lift beside the model's before and after calibration."
  );
}
