import type { Dataset } from "../../types";
import type { DataCheckThresholds } from "../constants";
import type { DataCheck } from "../types";
import { formatNumber, pearsonOf } from "./summaryStatistics";

/**
 * Pearson correlation of every pair of media columns (social channels and the mediator): one check per pair at or
 * above the review limit, or one passing check naming the most correlated pair. A social channel moving with the
 * mediator is what mediation looks like, so that pair's advice differs: the split into direct and mediated rests on
 * the weeks where the two diverge.
 */
export function correlationChecks(dataset: Dataset, t: DataCheckThresholds): DataCheck[] {
  const roles = dataset.roles;
  const media = [...roles.social, ...(roles.mediator === null ? [] : [roles.mediator])];
  const checks: DataCheck[] = [];
  let strongest: { pair: [string, string]; r: number } | null = null;
  for (let i = 0; i < media.length; i++) {
    for (let j = i + 1; j < media.length; j++) {
      const a = media[i] as string;
      const b = media[j] as string;
      const r = pearsonOf(dataset.columns[a] ?? [], dataset.columns[b] ?? []);
      if (!Number.isFinite(r)) continue;
      if (!strongest || Math.abs(r) > Math.abs(strongest.r)) strongest = { pair: [a, b], r };
      if (Math.abs(r) < t.correlationReview) continue;
      const withMediator = b === roles.mediator;
      checks.push({
        id: `correlation:${a}:${b}`,
        kind: "correlation",
        status: Math.abs(r) >= t.correlationFail ? "fail" : "review",
        title: `${a} and ${b} move together`,
        finding: `Weekly ${a} and ${b} have a correlation of ${formatNumber(r)}: the model can hardly tell their effects apart.`,
        recommendation: withMediator
          ? `The split of ${a}'s effect into direct and through ${b} rests on the few weeks where they diverge; ` +
            `vary one without the other for a few weeks, or read the split with its interval.`
          : `Vary one without the other for some weeks (or in some regions), or report the two as one combined channel.`,
        columns: [a, b],
        weeks: [],
        value: r,
      });
    }
  }
  if (checks.length === 0 && strongest) {
    const [a, b] = strongest.pair;
    checks.push({
      id: "correlation",
      kind: "correlation",
      status: "pass",
      title: "Media columns move independently enough",
      finding: `The most correlated pair is ${a} and ${b} (r = ${formatNumber(strongest.r)}).`,
      recommendation: "",
      columns: [a, b],
      weeks: [],
      value: strongest.r,
    });
  }
  return checks;
}
