import type { Intervals, VariantIntervals } from "../../core/analysis/types";
import type { Effects, MmmResult } from "../../core/model/types";
import {
  FORMAT_CURRENCY,
  FORMAT_GENERAL,
  FORMAT_NUMBER,
  FORMAT_PERCENT,
  SHEET_NAMES,
} from "../constants";
import type { CellValue, SheetSpec } from "./SheetSpec";

const orBlank = (value: number | null): CellValue =>
  value === null || !Number.isFinite(value) ? "" : value;

/** Intervals of a variant the bootstrap did not cover (blank cells). */
const EMPTY_PREDICTED: VariantIntervals = { variant: "predicted", channels: [], mediator: null };

/** Interval bounds as two cells (blank without intervals). */
const bounds = (interval: { lower: number; upper: number } | null | undefined): CellValue[] =>
  interval ? [interval.lower, interval.upper] : ["", ""];

/** Rows of one mediator variant: each social channel, then the mediator's own spend; intervals appended when given. */
function variantRows(effects: Effects, intervals: VariantIntervals | null): CellValue[][] {
  const withIntervals = intervals !== null;
  const rows: CellValue[][] = effects.channels.map((effect) => {
    const ci = intervals?.channels.find((c) => c.channel === effect.channel);
    const row: CellValue[] = [
      effects.variant,
      effect.channel,
      effect.spend,
      effect.total,
      effect.direct,
      effect.indirect,
      orBlank(effect.shareMediated),
      orBlank(effect.roas),
      orBlank(effect.roasMediated),
    ];
    return withIntervals
      ? [...row, ...bounds(ci?.total), ...bounds(ci?.shareMediated), ...bounds(ci?.roas)]
      : row;
  });
  if (effects.mediator) {
    const m = effects.mediator;
    const row: CellValue[] = [
      effects.variant,
      m.channel,
      m.spend,
      m.total,
      m.total,
      0,
      "",
      orBlank(m.roas),
      "",
    ];
    const mi = intervals?.mediator;
    rows.push(withIntervals ? [...row, ...bounds(mi?.total), "", "", ...bounds(mi?.roas)] : row);
  }
  return rows;
}

/**
 * Maps a fit result to the MMM Effects sheet: per channel and mediator variant, spend, total effect, the direct and
 * mediated parts, the share mediated and ROAS (sums over all weeks, revenue units).
 * @param result - fitMmm's result.
 * @param intervals - Bootstrap intervals; when given, low/high columns of total effect, share mediated and ROAS.
 * @returns The sheet; the observed variant first, then the predicted-mediator variant when there is one.
 * @example effectsSheet(result).rows[0] // => ["observed", "facebook_spend", 52000, 81000, 30000, 51000, 0.63, 1.56, 0.98]
 * @see https://doi.org/10.1037/a0020761 (Imai, Keele & Tingley 2010: direct and indirect effects)
 */
export function effectsSheet(result: MmmResult, intervals: Intervals | null = null): SheetSpec {
  const mediator = result.roles.mediator ?? "mediator";
  const level = intervals ? `${Math.round(intervals.level * 100)}%` : "";
  const intervalHeader = intervals
    ? [
        `Total ${level} low`,
        `Total ${level} high`,
        `Share mediated ${level} low`,
        `Share mediated ${level} high`,
        `ROAS ${level} low`,
        `ROAS ${level} high`,
      ]
    : [];
  const intervalFormats = intervals
    ? [
        FORMAT_CURRENCY,
        FORMAT_CURRENCY,
        FORMAT_PERCENT,
        FORMAT_PERCENT,
        FORMAT_NUMBER,
        FORMAT_NUMBER,
      ]
    : [];
  return {
    name: SHEET_NAMES.effects,
    header: [
      "Variant",
      "Channel",
      "Spend",
      "Total effect",
      "Direct effect",
      `Effect via ${mediator}`,
      "Share mediated",
      "ROAS",
      "ROAS via mediator",
      ...intervalHeader,
    ],
    rows: [
      ...variantRows(result.variants.observed.effects, intervals?.observed ?? null),
      ...(result.variants.predicted
        ? variantRows(
            result.variants.predicted.effects,
            intervals ? (intervals.predicted ?? EMPTY_PREDICTED) : null
          )
        : []),
    ],
    numberFormats: [
      FORMAT_GENERAL,
      FORMAT_GENERAL,
      FORMAT_CURRENCY,
      FORMAT_CURRENCY,
      FORMAT_CURRENCY,
      FORMAT_CURRENCY,
      FORMAT_PERCENT,
      FORMAT_NUMBER,
      FORMAT_NUMBER,
      ...intervalFormats,
    ],
  };
}
