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

/** Rows of one mediator variant: each social channel, then the mediator's own spend. */
function variantRows(effects: Effects): CellValue[][] {
  const rows: CellValue[][] = effects.channels.map((effect) => [
    effects.variant,
    effect.channel,
    effect.spend,
    effect.total,
    effect.direct,
    effect.indirect,
    orBlank(effect.shareMediated),
    orBlank(effect.roas),
    orBlank(effect.roasMediated),
  ]);
  if (effects.mediator) {
    const m = effects.mediator;
    rows.push([effects.variant, m.channel, m.spend, m.total, m.total, 0, "", orBlank(m.roas), ""]);
  }
  return rows;
}

/**
 * Maps a fit result to the MMM Effects sheet: per channel and mediator variant, spend, total effect, the direct and
 * mediated parts, the share mediated and ROAS (sums over all weeks, revenue units).
 * @param result - fitMmm's result.
 * @returns The sheet; the observed variant first, then the predicted-mediator variant when there is one.
 * @example effectsSheet(result).rows[0] // => ["observed", "facebook_spend", 52000, 81000, 30000, 51000, 0.63, 1.56, 0.98]
 * @see https://doi.org/10.1037/a0020761 (Imai, Keele & Tingley 2010: direct and indirect effects)
 */
export function effectsSheet(result: MmmResult): SheetSpec {
  const mediator = result.roles.mediator ?? "mediator";
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
    ],
    rows: [
      ...variantRows(result.variants.observed.effects),
      ...(result.variants.predicted ? variantRows(result.variants.predicted.effects) : []),
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
    ],
  };
}
