import Papa from "papaparse";
import { contributionParts } from "../core/decomposition/contributionParts";
import type { MmmResult } from "../core/model/types";

/** One CSV file of the runner's output: its name and text. */
export interface OutputFile {
  readonly name: string;
  readonly text: string;
}

/** One CSV table as text (papaparse), header first, \n line ends. */
export function csv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return (
    Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { newline: "\n" }) + "\n"
  );
}

/**
 * The runner's CSV tables, built in memory so nothing is written unless every table could be built:
 * coefficients, effects (both mediator variants), fitted series with a train/holdout flag, weekly contributions.
 */
export function buildTables(result: MmmResult, weeks: readonly string[]): OutputFile[] {
  const coefficients = csv(
    ["stage", "feature", "column", "value", "standardized"],
    result.coefficients.map((c) => [c.stage, c.feature, c.column ?? "", c.value, c.standardized])
  );

  const effectRows: unknown[][] = [];
  const variants = [result.variants.observed.effects, result.variants.predicted?.effects].filter(
    (e) => e !== undefined
  );
  for (const effects of variants) {
    for (const e of effects.channels) {
      effectRows.push([
        effects.variant,
        e.channel,
        "social",
        e.spend,
        e.total,
        e.direct,
        e.indirect,
        e.shareMediated ?? "",
        e.roas ?? "",
        e.roasMediated ?? "",
      ]);
    }
    if (effects.mediator !== null) {
      const m = effects.mediator;
      effectRows.push([
        effects.variant,
        m.channel,
        "mediator",
        m.spend,
        m.total,
        "",
        "",
        "",
        m.roas ?? "",
        "",
      ]);
    }
  }
  const effects = csv(
    [
      "variant",
      "channel",
      "role",
      "spend",
      "total",
      "direct",
      "indirect",
      "share_mediated",
      "roas",
      "roas_mediated",
    ],
    effectRows
  );

  const s1 = result.series.stage1;
  const s2 = result.series.stage2;
  const fittedHeader = ["week", "set", "revenue", "revenue_fitted", "revenue_forecast"];
  if (s1 !== null) fittedHeader.push("mediator", "mediator_fitted", "mediator_forecast");
  const fitted = csv(
    fittedHeader,
    weeks.map((week, t) => {
      const row: unknown[] = [
        week,
        s2.isHoldout[t] ? "holdout" : "train",
        s2.actual[t],
        s2.fitted[t],
        s2.forecast[t],
      ];
      if (s1 !== null) row.push(s1.actual[t], s1.fitted[t], s1.forecast[t]);
      return row;
    })
  );

  // Each part's header states its reference; the last row sums every column over the weeks.
  const c = result.contributions;
  const parts = contributionParts(c, result.roles);
  const sumOf = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);
  const contributions = csv(
    [
      "week",
      ...parts.map((part) => (part.kind === "base" ? "base" : `${part.label} (${part.reference})`)),
      "total (fitted)",
    ],
    [
      ...weeks.map((week, t) => [week, ...parts.map((part) => part.values[t]), c.fitted[t]]),
      ["total", ...parts.map((part) => sumOf(part.values)), sumOf(c.fitted)],
    ]
  );

  return [
    { name: "coefficients.csv", text: coefficients },
    { name: "effects.csv", text: effects },
    { name: "fitted.csv", text: fitted },
    { name: "contributions.csv", text: contributions },
  ];
}
