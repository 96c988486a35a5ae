/**
 * A saturation curve as plain JSON data: which shape and its parameters, so fitted models round-trip through
 * `JSON.stringify`/{@link parseSaturationSpec}.
 *
 * - `hill`: halfSaturation > 0 (input units), shape > 0;
 * - `logistic`: steepness > 0 per input unit;
 * - `none`: linear response.
 */
export type SaturationSpec =
  | { readonly kind: "hill"; readonly halfSaturation: number; readonly shape: number }
  | { readonly kind: "logistic"; readonly steepness: number }
  | { readonly kind: "none" };

/** The name of a saturation shape. */
export type SaturationKind = SaturationSpec["kind"];

/** Every saturation kind, in the order a user sees them; tests iterate over this list. */
export const SATURATION_KINDS: readonly SaturationKind[] = ["hill", "logistic", "none"];
