import type { Series, SeriesLike } from "../../types";
import {
  DEFAULT_HALF_SATURATION,
  DEFAULT_HILL_SHAPE,
  DEFAULT_LOGISTIC_STEEPNESS,
  HALF_SATURATION_BOUND,
  HILL_SHAPE_BOUND,
  LOGISTIC_STEEPNESS_BOUND,
} from "../constants";
import type { ParameterBound } from "../parameterBound";
import { hillSaturation } from "./hillSaturation";
import { logisticSaturation } from "./logisticSaturation";
import { noSaturation } from "./noSaturation";
import type { SaturationKind, SaturationSpec } from "./saturationSpec";

/** What the registry knows about one saturation kind. */
export interface SaturationRegistryEntry<K extends SaturationKind> {
  readonly kind: K;
  /** Short name for menus and reports. */
  readonly label: string;
  /** The pure function behind the kind. */
  readonly fn: (values: SeriesLike, spec: Extract<SaturationSpec, { kind: K }>) => Series;
  /** Range of every numeric parameter of the spec, keyed by its field name. */
  readonly bounds: Readonly<Record<string, ParameterBound>>;
  /** A complete, valid spec to start from. */
  readonly defaults: Extract<SaturationSpec, { kind: K }>;
}

/**
 * Every saturation kind with its function, parameter bounds and defaults (the pymc-marketing registry pattern).
 * Bounds are the same objects the functions check, so registry and functions cannot disagree.
 *
 * @example
 * saturationRegistry.hill.defaults; // => { kind: "hill", halfSaturation: 1, shape: 1 }
 * @see pymc-marketing `mmm/components/saturation.py`
 */
export const saturationRegistry: { readonly [K in SaturationKind]: SaturationRegistryEntry<K> } = {
  hill: {
    kind: "hill",
    label: "Hill",
    fn: (values, spec) =>
      hillSaturation(values, { halfSaturation: spec.halfSaturation, shape: spec.shape }),
    bounds: { halfSaturation: HALF_SATURATION_BOUND, shape: HILL_SHAPE_BOUND },
    defaults: { kind: "hill", halfSaturation: DEFAULT_HALF_SATURATION, shape: DEFAULT_HILL_SHAPE },
  },
  logistic: {
    kind: "logistic",
    label: "Logistic",
    fn: (values, spec) => logisticSaturation(values, { steepness: spec.steepness }),
    bounds: { steepness: LOGISTIC_STEEPNESS_BOUND },
    defaults: { kind: "logistic", steepness: DEFAULT_LOGISTIC_STEEPNESS },
  },
  none: {
    kind: "none",
    label: "None (linear)",
    fn: (values) => noSaturation(values),
    bounds: {},
    defaults: { kind: "none" },
  },
};
