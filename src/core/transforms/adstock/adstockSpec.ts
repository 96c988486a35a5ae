/**
 * An adstock as plain JSON data: which shape and its parameters. Fitted models store these, so a model round-trips
 * through a hidden sheet or document settings with `JSON.stringify`/{@link parseAdstockSpec}.
 *
 * - `geometric`: decay in [0, 1), optional maxLag (weeks, default no cut-off) and normalize (weights sum to 1);
 * - `weibullCdf` / `weibullPdf`: Robyn's Weibull adstock, shape ≥ 0, scale in [0, 1] relative to the window,
 *   maxLag weeks;
 * - `none`: no carry-over.
 */
export type AdstockSpec =
  | {
      readonly kind: "geometric";
      readonly decay: number;
      readonly maxLag?: number;
      readonly normalize?: boolean;
    }
  | {
      readonly kind: "weibullCdf";
      readonly shape: number;
      readonly scale: number;
      readonly maxLag: number;
    }
  | {
      readonly kind: "weibullPdf";
      readonly shape: number;
      readonly scale: number;
      readonly maxLag: number;
    }
  | { readonly kind: "none" };

/** The name of an adstock shape. */
export type AdstockKind = AdstockSpec["kind"];

/** Every adstock kind, in the order a user sees them; tests iterate over this list. */
export const ADSTOCK_KINDS: readonly AdstockKind[] = [
  "geometric",
  "weibullCdf",
  "weibullPdf",
  "none",
];
