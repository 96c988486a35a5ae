import type { Series, SeriesLike } from "../../types";
import {
  DECAY_BOUND,
  DEFAULT_DECAY,
  DEFAULT_MAX_LAG,
  DEFAULT_WEIBULL_SCALE,
  DEFAULT_WEIBULL_SHAPE,
  MAX_LAG_BOUND,
  WEIBULL_SCALE_BOUND,
  WEIBULL_SHAPE_BOUND,
} from "../constants";
import type { ParameterBound } from "../parameterBound";
import type { AdstockKind, AdstockSpec } from "./adstockSpec";
import { geometricAdstock } from "./geometricAdstock";
import { noAdstock } from "./noAdstock";
import { weibullAdstock } from "./weibullAdstock";

/** What the registry knows about one adstock kind. */
export interface AdstockRegistryEntry<K extends AdstockKind> {
  readonly kind: K;
  /** Short name for menus and reports. */
  readonly label: string;
  /** The pure function behind the kind. */
  readonly fn: (values: SeriesLike, spec: Extract<AdstockSpec, { kind: K }>) => Series;
  /** Range of every numeric parameter of the spec, keyed by its field name. */
  readonly bounds: Readonly<Record<string, ParameterBound>>;
  /** A complete, valid spec to start from. */
  readonly defaults: Extract<AdstockSpec, { kind: K }>;
}

/**
 * Every adstock kind with its function, parameter bounds and defaults (the pymc-marketing registry pattern).
 *
 * The model reads search ranges from `bounds`, the task pane builds its pickers from `label`/`defaults`, and the
 * tests iterate over it, so a new kind is registered here once. Bounds are the same objects the functions check.
 *
 * @example
 * adstockRegistry.geometric.bounds.decay.upper; // => 1
 * @see pymc-marketing `mmm/components/adstock.py` (registry of adstock classes)
 */
export const adstockRegistry: { readonly [K in AdstockKind]: AdstockRegistryEntry<K> } = {
  geometric: {
    kind: "geometric",
    label: "Geometric",
    fn: (values, spec) =>
      geometricAdstock(values, {
        decay: spec.decay,
        ...(spec.maxLag === undefined ? {} : { maxLag: spec.maxLag }),
        ...(spec.normalize === undefined ? {} : { normalize: spec.normalize }),
      }),
    bounds: { decay: DECAY_BOUND, maxLag: MAX_LAG_BOUND },
    defaults: {
      kind: "geometric",
      decay: DEFAULT_DECAY,
      maxLag: DEFAULT_MAX_LAG,
      normalize: false,
    },
  },
  weibullCdf: {
    kind: "weibullCdf",
    label: "Weibull (CDF)",
    fn: (values, spec) =>
      weibullAdstock(values, {
        shape: spec.shape,
        scale: spec.scale,
        maxLag: spec.maxLag,
        type: "cdf",
      }),
    bounds: { shape: WEIBULL_SHAPE_BOUND, scale: WEIBULL_SCALE_BOUND, maxLag: MAX_LAG_BOUND },
    defaults: {
      kind: "weibullCdf",
      shape: DEFAULT_WEIBULL_SHAPE,
      scale: DEFAULT_WEIBULL_SCALE,
      maxLag: DEFAULT_MAX_LAG,
    },
  },
  weibullPdf: {
    kind: "weibullPdf",
    label: "Weibull (PDF, delayed peak)",
    fn: (values, spec) =>
      weibullAdstock(values, {
        shape: spec.shape,
        scale: spec.scale,
        maxLag: spec.maxLag,
        type: "pdf",
      }),
    bounds: { shape: WEIBULL_SHAPE_BOUND, scale: WEIBULL_SCALE_BOUND, maxLag: MAX_LAG_BOUND },
    defaults: {
      kind: "weibullPdf",
      shape: DEFAULT_WEIBULL_SHAPE,
      scale: DEFAULT_WEIBULL_SCALE,
      maxLag: DEFAULT_MAX_LAG,
    },
  },
  none: {
    kind: "none",
    label: "None",
    fn: (values) => noAdstock(values),
    bounds: {},
    defaults: { kind: "none" },
  },
};
