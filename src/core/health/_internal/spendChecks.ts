import type { ColumnName, Dataset } from "../../types";
import type { DataCheckThresholds } from "../constants";
import type { DataCheck } from "../types";
import {
  formatNumber,
  formatShare,
  meanOf,
  medianOf,
  standardDeviationOf,
} from "./summaryStatistics";

/** What would help an always-on channel, in the order a marketer can most easily arrange them. */
const ALWAYS_ON_HELP =
  "Run a lift test (a conversion-lift or holdout study) and use it to check the estimate, pause the channel for a " +
  "few weeks, or split spend by region (a geo split) so some weeks or places show revenue without it.";

/** Spend checks of one media column: share of zero weeks, always on, and how much spend varies. */
function channelChecks(
  column: ColumnName,
  series: ArrayLike<number>,
  t: DataCheckThresholds
): DataCheck[] {
  const n = series.length;
  const active = Array.from(series).filter((v) => v > 0);
  const zeroShare = n > 0 ? (n - active.length) / n : 1;
  const typical = medianOf(active);
  const offWeeks = Array.from(series).filter((v) => !(v > t.lowSpendShare * typical)).length;
  const offShare = n > 0 ? offWeeks / n : 1;
  const mean = meanOf(series);
  const variation = mean > 0 ? standardDeviationOf(series) / mean : 0;
  const common = { columns: [column], weeks: [] };
  const zero: DataCheck =
    active.length < t.minActiveWeeks
      ? {
          ...common,
          id: `zeroWeeks:${column}`,
          kind: "zeroWeeks",
          status: "fail",
          title: `${column} has spend in only ${active.length} weeks`,
          finding: `${column} is zero in ${n - active.length} of ${n} weeks; at least ${t.minActiveWeeks} weeks with spend are needed to estimate its effect.`,
          recommendation: `Leave ${column} out of the model (set its role to ignored) or add more weeks of data.`,
          value: zeroShare,
        }
      : {
          ...common,
          id: `zeroWeeks:${column}`,
          kind: "zeroWeeks",
          status: zeroShare > t.zeroShareReview ? "review" : "pass",
          title: `Weeks without ${column}`,
          finding: `${column} is zero in ${formatShare(zeroShare)} of weeks (${n - active.length} of ${n}).`,
          recommendation:
            zeroShare > t.zeroShareReview
              ? `Its effect rests on ${active.length} weeks; read its interval, and keep it running steadily for a while if it matters.`
              : "",
          value: zeroShare,
        };
  const alwaysOn = offShare < t.alwaysOnMaxOffShare;
  const on: DataCheck = {
    ...common,
    id: `alwaysOn:${column}`,
    kind: "alwaysOn",
    status: alwaysOn ? "review" : "pass",
    title: alwaysOn ? `${column} is always on` : `${column} has weeks off`,
    finding: alwaysOn
      ? `${column} is off (at or below ${formatShare(t.lowSpendShare)} of its median week) in ${offWeeks} of ${n} weeks, ` +
        "so revenue without it is never seen: its total effect is weakly identified, an extrapolation below the lowest spend."
      : `${column} is off in ${offWeeks} of ${n} weeks (${formatShare(offShare)}).`,
    recommendation: alwaysOn ? ALWAYS_ON_HELP : "",
    value: offShare,
  };
  const status =
    variation < t.spendVariationFail
      ? "fail"
      : variation < t.spendVariationReview
        ? "review"
        : "pass";
  const varies: DataCheck = {
    ...common,
    id: `spendVariation:${column}`,
    kind: "spendVariation",
    status,
    title: `How much ${column} varies`,
    finding: `Weekly ${column} has a coefficient of variation of ${formatNumber(variation)} (sd / mean of ${formatNumber(mean, 0)}).`,
    recommendation:
      status === "pass"
        ? ""
        : `Spend barely moves, so its effect cannot be told from the baseline. Vary it on purpose (raise and cut it for ` +
          "some weeks) or run a lift test.",
    value: variation,
  };
  return [zero, on, varies];
}

/**
 * Spend checks of every media column (social channels and the mediator), then one check saying whether any social
 * channel is ever off: when none is, the baseline and the media level cannot be separated at all.
 */
export function spendChecks(dataset: Dataset, t: DataCheckThresholds): DataCheck[] {
  const roles = dataset.roles;
  const media = [...roles.social, ...(roles.mediator === null ? [] : [roles.mediator])];
  const checks = media.flatMap((column) =>
    channelChecks(column, dataset.columns[column] ?? new Float64Array(0), t)
  );
  const alwaysOnSocial = roles.social.filter((column) =>
    checks.some((c) => c.id === `alwaysOn:${column}` && c.status !== "pass")
  );
  if (roles.social.length > 1 && alwaysOnSocial.length === roles.social.length) {
    checks.push({
      id: "alwaysOn:allSocial",
      kind: "alwaysOn",
      status: "fail",
      title: "Every social channel is always on",
      finding:
        `All ${roles.social.length} social channels (${roles.social.join(", ")}) run in practically every week: no week ` +
        "shows revenue without paid social, so the split between base revenue and media rests on the model's shapes alone.",
      recommendation: ALWAYS_ON_HELP,
      columns: [...roles.social],
      weeks: [],
      value: alwaysOnSocial.length,
    });
  }
  return checks;
}
