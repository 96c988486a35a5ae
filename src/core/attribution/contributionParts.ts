import type { ContributionReference, Contributions } from "../model/types";
import type { ColumnRoles } from "../types";

/** What a part of the decomposition is. */
export type ContributionPartKind =
  "base" | "trend" | "seasonality" | "control" | "direct" | "viaMediator" | "mediatorOwn";

/** One column of the contributions table: the parts, in order, add up to the fitted value of every week. */
export interface ContributionPart {
  /** Stable short key, e.g. `average_price`, `facebook_spend_direct`, `google_spend_own`. */
  readonly key: string;
  /** Plain-words name, e.g. "facebook_spend via google_spend". */
  readonly label: string;
  readonly kind: ContributionPartKind;
  /** The control or media column the part belongs to; null for base, trend and seasonality. */
  readonly column: string | null;
  /** What "no contribution" means for this part, e.g. "vs mean 99.2" or "vs zero spend". */
  readonly reference: string;
  readonly values: Float64Array;
}

/** Significant digits of a reference value in its label: enough to tell 99.24 from 99, short enough for a header. */
const REFERENCE_DIGITS = 4;

/**
 * The reference of a driver in words, as a column note: "vs mean 99.24", "vs chosen base 99", "vs zero spend".
 *
 * @param reference - a driver's reference from `Contributions.references`
 * @returns the text
 * @example
 * referenceText({ driver: "average_price", kind: "user", value: 99 }); // => "vs chosen base 99"
 */
export function referenceText(reference: ContributionReference): string {
  const value = String(Number(reference.value.toPrecision(REFERENCE_DIGITS)));
  if (reference.kind === "zero") return "vs zero spend";
  if (reference.kind === "user") return `vs chosen base ${value}`;
  return reference.driver === "trend" || reference.driver === "seasonality"
    ? "vs its mean"
    : `vs mean ${value}`;
}

/**
 * Every part of a decomposition in table order (base, trend, seasonality, controls, each channel's direct part and
 * its part via the mediator, the mediator's own part), with the reference each is measured against, so every
 * surface renders the same columns. Trend or seasonality absent from the model are left out; the parts still add
 * up to `contributions.fitted`.
 *
 * @param contributions - `fitMmm`'s contributions
 * @param roles - the data's column roles (channel order, mediator name)
 * @returns the parts, each `[periods]`
 * @example
 * contributionParts(result.contributions, result.roles)[0].label; // => "Base (every driver at its reference)"
 */
export function contributionParts(
  contributions: Contributions,
  roles: ColumnRoles
): ContributionPart[] {
  const c = contributions;
  const byDriver = new Map(c.references.map((r) => [r.driver, referenceText(r)]));
  const zero = "vs zero spend";
  const parts: ContributionPart[] = [
    {
      key: "base",
      label: "Base (every driver at its reference)",
      kind: "base",
      column: null,
      reference: "intercept + drivers at reference",
      values: c.base,
    },
  ];
  for (const kind of ["trend", "seasonality"] as const) {
    const reference = byDriver.get(kind);
    if (reference !== undefined) {
      const label = kind === "trend" ? "Trend" : "Seasonality";
      parts.push({ key: kind, label, kind, column: null, reference, values: c[kind] });
    }
  }
  for (const [column, values] of Object.entries(c.controls)) {
    const reference = byDriver.get(column) ?? "";
    parts.push({ key: column, label: column, kind: "control", column, reference, values });
  }
  for (const channel of roles.social) {
    const values = c.direct[channel];
    if (values)
      parts.push({
        key: `${channel}_direct`,
        label: `${channel} direct`,
        kind: "direct",
        column: channel,
        reference: zero,
        values,
      });
  }
  if (roles.mediator !== null) {
    for (const channel of roles.social) {
      const values = c.indirect[channel];
      if (values)
        parts.push({
          key: `${channel}_via_mediator`,
          label: `${channel} via ${roles.mediator}`,
          kind: "viaMediator",
          column: channel,
          reference: zero,
          values,
        });
    }
    parts.push({
      key: `${roles.mediator}_own`,
      label: `${roles.mediator} own`,
      kind: "mediatorOwn",
      column: roles.mediator,
      reference: zero,
      values: c.mediator,
    });
  }
  return parts;
}
