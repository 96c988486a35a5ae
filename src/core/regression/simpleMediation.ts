import { InvalidParameterError } from "../errors";
import { fitOls } from "./fitOls";
import { geometricAdstock } from "../transforms/adstock/geometricAdstock";
import type { SeriesLike } from "../types";
import { checkEnoughWeeks, checkSeries, designRows } from "./_internal/checkSeries";

/** Options of {@link simpleMediation}. */
export interface SimpleMediationOptions {
  /** Control series in both stages, each `[weeks]`. @defaultValue none */
  readonly controls?: readonly SeriesLike[];
  /** Geometric adstock decay of the treatment, in [0, 1). @defaultValue 0 (no carry-over) */
  readonly decay?: number;
}

/** Effects of one treatment over all weeks, in outcome units, and the coefficients behind them. */
export interface SimpleMediationResult {
  /** c′·Σ adstock(treatment): what the treatment adds with the mediator held where it was. */
  readonly direct: number;
  /** a·b·Σ adstock(treatment): what the treatment adds through the mediator. */
  readonly indirect: number;
  /** direct + indirect: the outcome lost if the treatment had been 0 in every week. */
  readonly total: number;
  /** indirect / total; NaN when total is 0. */
  readonly shareMediated: number;
  /** Stage 1 slope a: mediator units per unit of adstocked treatment. */
  readonly treatmentToMediator: number;
  /** Stage 2 slope b: outcome units per mediator unit. */
  readonly mediatorToOutcome: number;
  /** Stage 2 slope c′: outcome units per unit of adstocked treatment, mediator held. */
  readonly treatmentToOutcome: number;
  /** Σ adstock(treatment) over the weeks. */
  readonly adstockedTotal: number;
  readonly weeks: number;
}

/**
 * Two-stage linear mediation of one treatment (e.g. TikTok spend) through a mediator (e.g. Google spend) — the simple
 * version of what the task pane's model does.
 *
 * x = geometric adstock of the treatment with `decay`. Stage 1 (OLS): mediator = a₀ + a·x + Σ controls. Stage 2
 * (OLS): outcome = b₀ + b·mediator + c′·x + Σ controls. With the model's counterfactual definitions summed over all
 * weeks — total = Σ[ŷ(observed) − ŷ(treatment 0, mediator re-predicted)], indirect = Σ[ŷ(observed) − ŷ(treatment kept
 * in its direct path, mediator re-predicted with treatment 0)] — the linear case gives exactly indirect = a·b·Σx,
 * direct = c′·Σx, total = (c′ + a·b)·Σx (Baron & Kenny's product of coefficients, as totals).
 *
 * @param treatment - weekly treatment spend, oldest first: `[weeks]`
 * @param mediator - weekly mediator: `[weeks]`
 * @param outcome - weekly outcome: `[weeks]`
 * @param options - controls (both stages), decay in [0, 1)
 * @returns direct, indirect, total (outcome units, over all weeks), share mediated and the three slopes
 * @throws {InvalidParameterError} when lengths differ, a value is not finite, decay is outside [0, 1), the treatment
 *   or the mediator does not vary apart from the controls, or there are fewer than controls + 4 weeks
 * @example
 * simpleMediation([1, 0, 2, 0, 3, 1], [3, 1, 5, 2, 7, 3], [7, 2, 12, 3, 17, 7]).indirect; // => 12.80… (a = 1.83, b = 1, Σx = 7)
 * @see Baron & Kenny (1986); Imai, Keele & Tingley (2010), A General Approach to Causal Mediation Analysis.
 */
export function simpleMediation(
  treatment: SeriesLike,
  mediator: SeriesLike,
  outcome: SeriesLike,
  options: SimpleMediationOptions = {}
): SimpleMediationResult {
  const weeks = treatment.length;
  const spend = checkSeries(treatment, "treatment", weeks, "treatment");
  const m = checkSeries(mediator, "mediator", weeks, "treatment");
  const y = checkSeries(outcome, "outcome", weeks, "treatment");
  const controls = (options.controls ?? []).map((control, j) =>
    checkSeries(control, `control ${j + 1}`, weeks, "treatment")
  );
  const x = geometricAdstock(spend, { decay: options.decay ?? 0 });
  checkEnoughWeeks(weeks, 2 + controls.length, "A mediation fit");
  const mediatorFit = fitOls(designRows([x], controls), m);
  const outcomeFit = fitOls(designRows([m, x], controls), y);
  if (mediatorFit.aliased[0] === true || outcomeFit.aliased[1] === true) {
    throw new InvalidParameterError(
      "treatment",
      "treatment does not vary apart from the controls (it is constant or a combination of them); give weeks with different spend."
    );
  }
  if (outcomeFit.aliased[0] === true) {
    throw new InvalidParameterError(
      "mediator",
      "mediator is a combination of the treatment and the controls, so its effect cannot be told apart; check the columns."
    );
  }
  const a = mediatorFit.coefficients[0] as number;
  const b = outcomeFit.coefficients[0] as number;
  const cPrime = outcomeFit.coefficients[1] as number;
  const adstockedTotal = x.reduce((sum, value) => sum + value, 0);
  const direct = cPrime * adstockedTotal;
  const indirect = a * b * adstockedTotal;
  const total = direct + indirect;
  return {
    direct,
    indirect,
    total,
    shareMediated: total === 0 ? NaN : indirect / total,
    treatmentToMediator: a,
    mediatorToOutcome: b,
    treatmentToOutcome: cPrime,
    adstockedTotal,
    weeks,
  };
}
