import { evaluateStage } from "../model/_internal/evaluateStage";
import type { ChannelEffect, Effects, FittedModel, MediatorVariant } from "../model/types";
import type { Series } from "../types";
import { counterfactualOutcome } from "../model/counterfactualOutcome";

const sum = (values: ArrayLike<number>): number => {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total;
};

const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

/**
 * Causal effects of every social channel and of the mediator by counterfactual simulation through both stages.
 *
 * For channel c over all weeks: total = Σ[ŷ(observed) − ŷ(c = 0, mediator re-predicted)],
 * indirect = Σ[ŷ(observed) − ŷ(c kept in its direct path, mediator re-predicted with c = 0)], direct = total −
 * indirect (exactly 0 without direct paths). Induced mediator spend = Σ[g − g'(c = 0)], the Google spend stage 1 says
 * the channel brought about; net ROAS = (total − induced) / spend. Mediator: total = Σ[ŷ(observed) − ŷ(mediator = 0)]. A single-stage
 * model has indirect 0 and no mediator effect.
 *
 * @param model - fitted model
 * @param columns - input columns with stage 2's mediator input (observed or cross-fitted) in the mediator column
 * @param variant - which mediator variant the columns carry (reported)
 * @returns effects per channel (revenue units, sums over weeks) and of the mediator
 * @example
 * counterfactualEffects(model, dataset.columns, "observed").channels[0].roas; // => 1.8
 * @see Imai, Keele & Tingley (2010), A General Approach to Causal Mediation Analysis, Psychological Methods 15(4).
 */
export function counterfactualEffects(
  model: FittedModel,
  columns: Readonly<Record<string, Series>>,
  variant: MediatorVariant
): Effects {
  const base = sum(evaluateStage(model.outcomeStage, columns).prediction);
  const twoStage = model.mediatorStage !== null && model.roles.mediator !== null;
  const channels: ChannelEffect[] = model.roles.social.map((channel) => {
    const spend = sum(columns[channel] as Series);
    const zero = { [channel]: new Float64Array((columns[channel] as Series).length) };
    const run = counterfactualOutcome(model, columns, zero);
    const total = base - sum(run.outcome);
    const inducedMediatorSpend =
      twoStage && model.roles.mediator !== null
        ? sum(columns[model.roles.mediator] as Series) - sum(run.mediator)
        : 0;
    const indirect = twoStage
      ? base - sum(counterfactualOutcome(model, columns, zero, [channel]).outcome)
      : 0;
    const direct = total - indirect;
    return {
      channel,
      spend,
      total,
      direct,
      indirect,
      shareMediated: twoStage && total !== 0 ? indirect / total : null,
      roas: ratio(total, spend),
      roasMediated: twoStage ? ratio(indirect, spend) : null,
      inducedMediatorSpend,
      netRoas: ratio(total - inducedMediatorSpend, spend),
    };
  });
  let mediator: Effects["mediator"] = null;
  if (twoStage && model.roles.mediator !== null) {
    const name = model.roles.mediator;
    const spend = sum(columns[name] as Series);
    const zero = { [name]: new Float64Array((columns[name] as Series).length) };
    const total = base - sum(counterfactualOutcome(model, columns, zero).outcome);
    mediator = { channel: name, spend, total, roas: ratio(total, spend) };
  }
  return { variant, channels, mediator };
}
