import type { Series, SeriesLike } from "../../types";
import { unknownKind } from "../_internal/unknownKind";
import { ADSTOCK_KINDS, type AdstockSpec } from "./adstockSpec";
import { geometricAdstock } from "./geometricAdstock";
import { noAdstock } from "./noAdstock";
import { weibullAdstock } from "./weibullAdstock";

/**
 * Applies the adstock a spec describes: the one entry point the model uses, whatever the shape.
 *
 * Dispatches with an exhaustive switch, so adding a kind to {@link AdstockSpec} without handling it here is a
 * compile error; an unknown kind read from JSON throws, listing the valid kinds.
 *
 * @param values - weekly spend, oldest first: `[periods]`
 * @param spec - the adstock shape and its parameters
 * @returns adstocked series: `[periods]`
 * @throws {InvalidParameterError} when the kind is unknown or a parameter is out of range
 * @example
 * applyAdstock([100, 0], { kind: "geometric", decay: 0.5 }); // => Float64Array [100, 50]
 * @see {@link adstockRegistry} for each kind's bounds and defaults
 */
export function applyAdstock(values: SeriesLike, spec: AdstockSpec): Series {
  switch (spec.kind) {
    case "geometric":
      return geometricAdstock(values, {
        decay: spec.decay,
        ...(spec.maxLag === undefined ? {} : { maxLag: spec.maxLag }),
        ...(spec.normalize === undefined ? {} : { normalize: spec.normalize }),
      });
    case "weibullCdf":
      return weibullAdstock(values, {
        shape: spec.shape,
        scale: spec.scale,
        maxLag: spec.maxLag,
        type: "cdf",
      });
    case "weibullPdf":
      return weibullAdstock(values, {
        shape: spec.shape,
        scale: spec.scale,
        maxLag: spec.maxLag,
        type: "pdf",
      });
    case "none":
      return noAdstock(values);
    default:
      return unknownKind("adstock", spec, ADSTOCK_KINDS);
  }
}
