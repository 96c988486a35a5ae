import type { Series, SeriesLike } from "../../types";
import { unknownKind } from "../_internal/unknownKind";
import { hillSaturation } from "./hillSaturation";
import { logisticSaturation } from "./logisticSaturation";
import { noSaturation } from "./noSaturation";
import { SATURATION_KINDS, type SaturationSpec } from "./saturationSpec";

/**
 * Applies the saturation curve a spec describes: the one entry point the model uses, whatever the shape.
 *
 * Exhaustive switch: a new kind in {@link SaturationSpec} must be handled here or the build fails; an unknown kind
 * read from JSON throws, listing the valid kinds.
 *
 * @param values - non-negative input, usually adstocked spend: `[periods]`
 * @param spec - the curve and its parameters
 * @returns saturated series: `[periods]`
 * @throws {InvalidParameterError} when the kind is unknown, a parameter is out of range or an input is negative
 * @example
 * applySaturation([0, 50], { kind: "hill", halfSaturation: 50, shape: 1 }); // => Float64Array [0, 0.5]
 * @see {@link saturationRegistry} for each kind's bounds and defaults
 */
export function applySaturation(values: SeriesLike, spec: SaturationSpec): Series {
  switch (spec.kind) {
    case "hill":
      return hillSaturation(values, { halfSaturation: spec.halfSaturation, shape: spec.shape });
    case "logistic":
      return logisticSaturation(values, { steepness: spec.steepness });
    case "none":
      return noSaturation(values);
    default:
      return unknownKind("saturation", spec, SATURATION_KINDS);
  }
}
