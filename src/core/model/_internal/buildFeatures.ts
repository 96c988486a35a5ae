import { InvalidParameterError } from "../../errors";
import { fourierTerm } from "../../features/fourierTerm";
import { linearTrend } from "../../features/linearTrend";
import { applyAdstock } from "../../transforms/adstock/applyAdstock";
import type { Series } from "../../types";
import type { FeatureSpec } from "../types";
import { applySaturation } from "../../transforms/saturation/applySaturation";
import { memoByColumn, memoByPosition } from "./featureMemo";

/** Where the rows sit in time (features are memoised by input column: see featureMemo). */
export interface BuildContext {
  /** Index of the first row counted from the data's first week (trend and seasonality continue from it). */
  readonly offset: number;
}

/** Key under which a media feature is memoised. */
export function mediaKey(spec: Extract<FeatureSpec, { kind: "media" }>): string {
  return `${spec.column}|${JSON.stringify(spec.adstock)}|${JSON.stringify(spec.saturation)}|${spec.scale}`;
}

/**
 * Builds one media feature: adstock, then saturation (or division by `scale` when there is none).
 *
 * @param spec - the media feature
 * @param values - the channel's raw spend, `[periods]`
 * @param adstocked - `values` already adstocked by `spec.adstock` (a search reuses it across saturations)
 * @returns the feature column, `[periods]`
 */
export function buildMedia(
  spec: Extract<FeatureSpec, { kind: "media" }>,
  values: Series,
  adstocked: Series = applyAdstock(values, spec.adstock)
): Series {
  if (spec.saturation.kind !== "none") return applySaturation(adstocked, spec.saturation);
  const out = new Float64Array(adstocked.length);
  const scale = spec.scale > 0 ? spec.scale : 1;
  for (let t = 0; t < out.length; t++) out[t] = (adstocked[t] as number) / scale;
  return out;
}

/**
 * Builds every feature column of a stage from the weekly input columns, in spec order.
 *
 * @param specs - the stage's features; interactions name features listed before them
 * @param columns - input columns by name, each `[periods]`
 * @param context - offset in weeks from the data's first week
 * @returns one `[periods]` series per spec
 * @throws {InvalidParameterError} when a column is missing or a logged column is not positive
 */
export function buildFeatures(
  specs: readonly FeatureSpec[],
  columns: Readonly<Record<string, Series>>,
  context: BuildContext
): Series[] {
  const periods = firstLength(columns);
  const built = new Map<string, Series>();
  const out: Series[] = [];
  for (const spec of specs) {
    const column = buildOne(spec, columns, context, periods, built);
    built.set(spec.name, column);
    out.push(column);
  }
  return out;
}

function buildOne(
  spec: FeatureSpec,
  columns: Readonly<Record<string, Series>>,
  context: BuildContext,
  periods: number,
  built: ReadonlyMap<string, Series>
): Series {
  switch (spec.kind) {
    case "media": {
      const values = input(columns, spec.column);
      return memoByColumn(values, mediaKey(spec), () => buildMedia(spec, values));
    }
    case "onOff": {
      const values = input(columns, spec.column);
      return memoByColumn(values, "onOff", () => values.map((x) => (x > 0 ? 1 : 0)));
    }
    case "control": {
      const values = input(columns, spec.column);
      const threshold = spec.threshold ?? 0;
      return memoByColumn(values, `control|${spec.transform}|${spec.lag}|${threshold}`, () =>
        control(values, spec.transform, spec.lag, threshold)
      );
    }
    case "trend":
      return memoByPosition(`trend|${spec.periods}|${context.offset}|${periods}`, () =>
        linearTrend(periods, { offset: context.offset, span: spec.periods })
      );
    case "fourier":
      return memoByPosition(
        `${spec.fn}|${spec.harmonic}|${spec.period}|${context.offset}|${periods}`,
        () =>
          fourierTerm(periods, {
            fn: spec.fn,
            harmonic: spec.harmonic,
            period: spec.period,
            offset: context.offset,
          })
      );
    case "interaction": {
      const left = built.get(spec.left);
      const right = built.get(spec.right);
      if (!left || !right) {
        throw new InvalidParameterError(
          "interactions",
          `Interaction ${spec.name} needs features ${spec.left} and ${spec.right}.`
        );
      }
      return left.map((x, t) => x * (right[t] as number));
    }
  }
}

function control(
  values: Series,
  transform: "identity" | "log" | "atLeast",
  lag: number,
  threshold: number
): Series {
  const n = values.length;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    // Weeks before the first have no value: the first observed value stands in (a lag of a level, not a zero).
    const x = values[Math.max(t - lag, 0)] as number;
    if (transform === "log") {
      if (!(x > 0)) {
        throw new InvalidParameterError(
          "price",
          `A logged column must be positive in every week (got ${x}).`
        );
      }
      out[t] = Math.log(x);
    } else if (transform === "atLeast") {
      out[t] = x >= threshold ? 1 : 0;
    } else {
      out[t] = x;
    }
  }
  return out;
}

function input(columns: Readonly<Record<string, Series>>, name: string): Series {
  const values = columns[name];
  if (!values)
    throw new InvalidParameterError(
      "columns",
      `The model needs column '${name}', which is missing.`
    );
  return values;
}

function firstLength(columns: Readonly<Record<string, Series>>): number {
  for (const key of Object.keys(columns)) return (columns[key] as Series).length;
  return 0;
}
