import type { Intervals, VariantIntervals } from "../analysis/types";
import type { Effects, MmmResult } from "../model/types";
import {
  HEADLINE_VARIANT_REASON,
  PREDICTED_VARIANT_PURPOSE,
  TABLE_TITLE_PREFIX,
  VARIANT_READING,
} from "./constants";
import { boundCells, column, numberCell } from "./_internal/tableParts";
import type { Table, TableColumn, TableRow } from "./types";

/** What one row of the Effects table means. */
export const EFFECTS_DESCRIPTION =
  "One channel under one mediator variant: revenue over all weeks lost if its spend had been zero (total), split " +
  "into the direct path and the path through the mediator, the share mediated, ROAS (total ÷ spend) and net ROAS " +
  "(total less the mediator spend the channel induced, ÷ spend).";

/** Rows of one mediator variant: each social channel, then the mediator's own spend; interval cells when asked. */
function variantRows(
  effects: Effects,
  intervals: VariantIntervals | null,
  withIntervals: boolean
): TableRow[] {
  const reading = VARIANT_READING[effects.variant];
  const rows: TableRow[] = effects.channels.map((e) => {
    const ci = intervals?.channels.find((c) => c.channel === e.channel);
    const row = [
      effects.variant,
      e.channel,
      reading,
      "social",
      numberCell(e.spend),
      numberCell(e.total),
      numberCell(e.direct),
      numberCell(e.indirect),
      numberCell(e.shareMediated),
      numberCell(e.roas),
      numberCell(e.roasMediated),
      numberCell(e.inducedMediatorSpend),
      numberCell(e.netRoas),
    ];
    return withIntervals
      ? [
          ...row,
          ...boundCells(ci?.total),
          ...boundCells(ci?.shareMediated),
          ...boundCells(ci?.roas),
          ...boundCells(ci?.netRoas),
        ]
      : row;
  });
  if (effects.mediator) {
    const m = effects.mediator;
    // The mediator's own spend has no paths to split: direct, indirect and share mediated stay empty.
    const row = [
      effects.variant,
      m.channel,
      reading,
      "mediator",
      numberCell(m.spend),
      numberCell(m.total),
      null,
      null,
      null,
      numberCell(m.roas),
      null,
      // The mediator induces no spend of its own, and its ROAS net of its own spend would be ROAS − 1.
      null,
      null,
    ];
    const mi = intervals?.mediator;
    rows.push(
      withIntervals
        ? [...row, ...boundCells(mi?.total), null, null, ...boundCells(mi?.roas), null, null]
        : row
    );
  }
  return rows;
}

/**
 * The Effects table: per mediator variant and channel, spend, total effect, the direct and mediated parts, the share
 * mediated and ROAS (sums over all weeks); with intervals, their low/high bounds. The observed-mediator variant comes
 * first and is the headline; the predicted variant follows, labelled a sensitivity check.
 * @param result - the run's fit result.
 * @param intervals - bootstrap intervals, or null (no interval columns).
 * @returns The table (no total row: effects of different channels overlap in the mediator and do not add up).
 * @example effectsTable(result, null).rows[0]?.slice(0, 3) // => ["observed", "facebook_spend", "headline"]
 * @see https://doi.org/10.1037/a0020761 (Imai, Keele & Tingley 2010: direct and indirect effects)
 */
export function effectsTable(result: MmmResult, intervals: Intervals | null): Table {
  const mediator = result.roles.mediator ?? "mediator";
  const level = intervals ? `${Math.round(intervals.level * 100)}%` : "";
  const key = intervals ? `${Math.round(intervals.level * 100)}` : "";
  const intervalColumns: TableColumn[] = intervals
    ? [
        column(`total_ci${key}_low`, `Total ${level} low`, "currency"),
        column(`total_ci${key}_high`, `Total ${level} high`, "currency"),
        column(`share_mediated_ci${key}_low`, `Share mediated ${level} low`, "percent"),
        column(`share_mediated_ci${key}_high`, `Share mediated ${level} high`, "percent"),
        column(`roas_ci${key}_low`, `ROAS ${level} low`, "ratio"),
        column(`roas_ci${key}_high`, `ROAS ${level} high`, "ratio"),
        column(`net_roas_ci${key}_low`, `Net ROAS ${level} low`, "ratio"),
        column(`net_roas_ci${key}_high`, `Net ROAS ${level} high`, "ratio"),
      ]
    : [];
  const predicted = result.variants.predicted;
  const twoStage = result.roles.mediator !== null;
  const notes = [
    ...(twoStage
      ? [
          `Headline: the observed ${mediator} variant (standard causal mediation), because ${HEADLINE_VARIANT_REASON}.`,
        ]
      : []),
    ...(predicted ? [`The predicted ${mediator} variant is ${PREDICTED_VARIANT_PURPOSE}.`] : []),
    `Each effect is measured against zero spend of that channel over all ${result.data.weeks} weeks` +
      (twoStage ? `; the ${mediator} row is its own spend's effect (no paths to split).` : "."),
    ...(twoStage
      ? [
          `Net ROAS counts as cost the ${mediator} a social channel induced (stage 1's prediction with and without ` +
            `the channel): (total effect − induced ${mediator}) ÷ spend.`,
        ]
      : []),
    ...(intervals ? [`Intervals: ${intervals.method}`] : []),
  ];
  return {
    id: "effects",
    title: `${TABLE_TITLE_PREFIX} Effects`,
    fileName: "effects.csv",
    description: EFFECTS_DESCRIPTION,
    columns: [
      column("variant", "Variant", "text"),
      column("channel", "Channel", "text"),
      column("reading", "Reading", "text"),
      column("role", "Role", "text"),
      column("spend", "Spend", "currency"),
      column("total", "Total effect", "currency"),
      column("direct", "Direct effect", "currency"),
      column("indirect", `Effect via ${mediator}`, "currency"),
      column("share_mediated", "Share mediated", "percent"),
      column("roas", "ROAS", "ratio"),
      column("roas_mediated", "ROAS via mediator", "ratio"),
      column("induced_mediator_spend", `Induced ${mediator}`, "currency"),
      column("net_roas", `Net ROAS (after induced ${mediator})`, "ratio"),
      ...intervalColumns,
    ],
    rows: [
      ...variantRows(
        result.variants.observed.effects,
        intervals?.observed ?? null,
        intervals !== null
      ),
      ...(predicted
        ? variantRows(predicted.effects, intervals?.predicted ?? null, intervals !== null)
        : []),
    ],
    total: null,
    notes,
  };
}
