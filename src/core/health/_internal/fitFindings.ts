/**
 * The findings assessHealth weighs, one small function per source. Each returns findings without points; the
 * verdict adds them. Only review and fail findings are returned (a pass is the absence of a finding).
 */
import type { Interval, Intervals } from "../../analysis/types";
import type { DiagnosticStatus } from "../../diagnostics/checkStatus";
import type { Effects, MmmResult } from "../../model/types";
import type { FitDiagnostics } from "../../analysis/types";
import type { HealthThresholds } from "../constants";
import type { DataCheck, HealthFinding, NaiveComparison, PlaceboResult } from "../types";
import { formatNumber, formatShare } from "./summaryStatistics";

/** A finding before the verdict gives it points. */
export type RawFinding = Omit<HealthFinding, "points">;

/** Total effects of every channel (social and mediator) of one variant, with ROAS. */
function totals(effects: Effects): { channel: string; total: number; roas: number | null }[] {
  const out = effects.channels.map((c) => ({ channel: c.channel, total: c.total, roas: c.roas }));
  if (effects.mediator) {
    const m = effects.mediator;
    out.push({ channel: m.channel, total: m.total, roas: m.roas });
  }
  return out;
}

/** Channels whose |total| is at least the material share of the summed |totals|. */
function materialChannels(effects: Effects, share: number): Set<string> {
  const all = totals(effects);
  const sum = all.reduce((s, c) => s + Math.abs(c.total), 0);
  return new Set(
    all.filter((c) => sum > 0 && Math.abs(c.total) >= share * sum).map((c) => c.channel)
  );
}

/** The holdout forecast against the naive seasonal one: review above naiveRatioReview, fail above naiveRatioFail. */
export function holdoutFinding(
  comparison: NaiveComparison | null,
  t: HealthThresholds
): RawFinding[] {
  if (!comparison || !Number.isFinite(comparison.ratio)) return [];
  const status: DiagnosticStatus =
    comparison.ratio > t.naiveRatioFail
      ? "fail"
      : comparison.ratio > t.naiveRatioReview
        ? "review"
        : "pass";
  if (status === "pass") return [];
  return [
    {
      id: "holdoutVsNaive",
      kind: "holdoutVsNaive",
      status,
      title: "The model barely beats last year's revenue on the holdout weeks",
      finding:
        `On the last ${comparison.holdoutWeeks} weeks (kept out of the fit) the model's forecast is off by ` +
        `${formatShare(comparison.modelWape)} (WAPE), against ${formatShare(comparison.naiveWape)} for simply repeating ` +
        "revenue of the same week a year earlier.",
      recommendation:
        "The drivers the model found do not forecast well: check the data checks (level breaks, collapsing weeks), " +
        "add a missing driver as a control, or treat its effects as rough.",
      columns: [],
      weeks: [],
    },
  ];
}

/**
 * Total ROAS of each channel and the mediator outside the plausible range (observed variant); the mediator has
 * limits of its own (HEALTH_THRESHOLDS.mediatorRoasReview).
 */
export function roasFindings(result: MmmResult, t: HealthThresholds): RawFinding[] {
  const mediator = result.effects.mediator?.channel;
  return totals(result.effects).flatMap((c): RawFinding[] => {
    if (c.roas === null) return [];
    const review = c.channel === mediator ? t.mediatorRoasReview : t.roasReview;
    const fail = c.channel === mediator ? t.mediatorRoasFail : t.roasFail;
    const status: DiagnosticStatus =
      c.roas > fail ? "fail" : c.roas > review || c.roas < 0 ? "review" : "pass";
    if (status === "pass") return [];
    return [
      {
        id: `implausibleRoas:${c.channel}`,
        kind: "implausibleRoas",
        status,
        title: `${c.channel}'s return is implausible`,
        finding:
          `The model credits ${c.channel} with ${formatNumber(c.roas)} of revenue per unit of spend ` +
          `(${c.roas < 0 ? "below 0" : `above ${review}, which few media returns reach`}).`,
        recommendation:
          "Check whether it moves with another channel or with a season, and compare it with a lift test before " +
          "moving budget on it.",
        columns: [c.channel],
        weeks: [],
      },
    ];
  });
}

/**
 * The observed variant's interval of every channel's total effect, the mediator's own last (the set the interval
 * check and bench:health read).
 */
export function totalIntervals(
  intervals: Intervals
): { readonly channel: string; readonly interval: Interval }[] {
  return [
    ...intervals.observed.channels.map((c) => ({ channel: c.channel, interval: c.total })),
    ...(intervals.observed.mediator
      ? [
          {
            channel: intervals.observed.mediator.channel,
            interval: intervals.observed.mediator.total,
          },
        ]
      : []),
  ];
}

/** Material channels whose bootstrap interval of the total effect is wider than intervalWidthRatio × |estimate|. */
export function intervalFindings(
  result: MmmResult,
  intervals: Intervals | null,
  t: HealthThresholds
): RawFinding[] {
  if (!intervals) return [];
  const material = materialChannels(result.effects, t.materialEffectShare);
  const bounds = totalIntervals(intervals);
  return totals(result.effects).flatMap((c): RawFinding[] => {
    const interval = bounds.find((b) => b.channel === c.channel)?.interval;
    if (!interval || !material.has(c.channel)) return [];
    const width = interval.upper - interval.lower;
    if (!(width > t.intervalWidthRatio * Math.abs(c.total))) return [];
    return [
      {
        id: `intervalWidth:${c.channel}`,
        kind: "intervalWidth",
        status: "review",
        title: `${c.channel}'s effect is not pinned down`,
        finding:
          `Its ${formatShare(intervals.level)} interval (${formatNumber(interval.lower, 0)} to ` +
          `${formatNumber(interval.upper, 0)}) is more than ${formatNumber(t.intervalWidthRatio)} times as wide as the ` +
          `estimate itself (${formatNumber(c.total, 0)}).`,
        recommendation:
          "Do not move much budget on this channel alone; a lift test or a period of varied spend would narrow it.",
        columns: [c.channel],
        weeks: [],
      },
    ];
  });
}

/** Material channels whose total changes sign, and pairs whose ROAS order swaps, between the two mediator variants. */
export function variantFindings(result: MmmResult, t: HealthThresholds): RawFinding[] {
  const predicted = result.variants.predicted?.effects;
  if (!predicted) return [];
  const observed = result.effects;
  const material = new Set([
    ...materialChannels(observed, t.materialEffectShare),
    ...materialChannels(predicted, t.materialEffectShare),
  ]);
  const other = new Map(totals(predicted).map((c) => [c.channel, c]));
  const mine = totals(observed).filter((c) => material.has(c.channel) && other.has(c.channel));
  const findings: RawFinding[] = [];
  for (const c of mine) {
    const p = other.get(c.channel);
    if (p && c.total * p.total < 0) {
      findings.push({
        id: `variantFlip:sign:${c.channel}`,
        kind: "variantFlip",
        status: "fail",
        title: `${c.channel}'s effect changes sign with the mediator variant`,
        finding: `Total effect ${formatNumber(c.total, 0)} with the observed mediator, ${formatNumber(p.total, 0)} with the predicted one.`,
        recommendation:
          "The data cannot say whether this channel helps; do not act on it without a lift test.",
        columns: [c.channel],
        weeks: [],
      });
    }
  }
  const above = (a: number, b: number) => a > b * (1 + t.rankFlipGap);
  for (let i = 0; i < mine.length; i++) {
    for (let j = i + 1; j < mine.length; j++) {
      const a = mine[i];
      const b = mine[j];
      const pa = a ? other.get(a.channel) : undefined;
      const pb = b ? other.get(b.channel) : undefined;
      if (
        !a ||
        !b ||
        !pa ||
        !pb ||
        a.roas === null ||
        b.roas === null ||
        pa.roas === null ||
        pb.roas === null
      )
        continue;
      const flipped =
        (above(a.roas, b.roas) && above(pb.roas, pa.roas)) ||
        (above(b.roas, a.roas) && above(pa.roas, pb.roas));
      if (!flipped) continue;
      findings.push({
        id: `variantFlip:rank:${a.channel}:${b.channel}`,
        kind: "variantFlip",
        status: "review",
        title: `${a.channel} and ${b.channel} swap places with the mediator variant`,
        finding:
          `ROAS ${formatNumber(a.roas)} vs ${formatNumber(b.roas)} with the observed mediator, ` +
          `${formatNumber(pa.roas)} vs ${formatNumber(pb.roas)} with the predicted one.`,
        recommendation:
          "Which of the two returns more depends on a modelling choice; do not rank them on this fit alone.",
        columns: [a.channel, b.channel],
        weeks: [],
      });
    }
  }
  return findings;
}

/** diagnoseFit's stability, residual (VIF left to the data checks' correlation) and non-linear checks. */
export function diagnosticFindings(diagnostics: FitDiagnostics | null): RawFinding[] {
  if (!diagnostics) return [];
  const findings: RawFinding[] = [];
  for (const stage of diagnostics.stages) {
    for (const check of stage.stabilityChecks) {
      if (check.status === "pass") continue;
      findings.push({
        id: `stability:${check.id}`,
        kind: "stability",
        status: check.status,
        title: check.label,
        finding: check.message,
        recommendation:
          "Read this channel's effect as an average over changing periods; a longer or steadier history helps.",
        columns: [],
        weeks: [],
      });
    }
    for (const check of stage.residualChecks) {
      if (check.status === "pass" || check.id.startsWith("vif")) continue;
      findings.push({
        id: `residuals:${stage.stage}:${check.id}`,
        kind: "residuals",
        status: check.status,
        title: `${check.label} (${stage.stage} stage)`,
        finding: check.message,
        recommendation:
          "Intervals may be too narrow; a missing driver (a holiday, an event) is the usual cause.",
        columns: [],
        weeks: [],
      });
    }
  }
  const nonLinear = diagnostics.nonLinear?.check;
  if (nonLinear && nonLinear.status !== "pass") {
    findings.push({
      id: "nonLinear",
      kind: "nonLinear",
      status: nonLinear.status,
      title: nonLinear.label,
      finding: nonLinear.message,
      recommendation:
        "A driver or shape is missing from the model; look for events or interactions in the weeks it misses.",
      columns: [],
      weeks: [],
    });
  }
  return findings;
}

/** The placebo check, when one was run and did not pass. */
export function placeboFinding(placebo: PlaceboResult | null | undefined): RawFinding[] {
  if (!placebo || placebo.status === "pass") return [];
  return [
    {
      id: `placebo:${placebo.channel}`,
      kind: "placebo",
      status: placebo.status,
      title: `A placebo channel (${placebo.channel}) gets an effect`,
      finding: placebo.message,
      recommendation:
        "Effects of this size can arise from nothing; treat smaller channel effects as noise.",
      columns: [placebo.channel],
      weeks: [],
    },
  ];
}

/** The data checks that did not pass, as findings of kind "data". */
export function dataFindings(checks: readonly DataCheck[]): RawFinding[] {
  return checks
    .filter((c) => c.status !== "pass")
    .map((c) => ({
      id: `data:${c.id}`,
      kind: "data" as const,
      status: c.status,
      title: c.title,
      finding: c.finding,
      recommendation: c.recommendation,
      columns: c.columns,
      weeks: c.weeks,
    }));
}
