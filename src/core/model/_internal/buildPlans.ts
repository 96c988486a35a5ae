import type { Dataset, Series } from "../../types";
import type { ModelForm, ResolvedFitOptions } from "../types";
import { meanNonzero } from "./searchStage";
import type { ControlPlan, StagePlan } from "./stagePlan";

/** Both stages' layouts for a form. */
export interface Plans {
  /** Null without a mediator. */
  readonly mediator: StagePlan | null;
  readonly outcome: StagePlan;
  /** Whether price enters the outcome stage as log (multiplicative form, price positive throughout). */
  readonly logPrice: boolean;
}

/**
 * Lays out the stages: stage 1 = mediator ~ social + controls + trend + seasonality (additive, floored at 0);
 * stage 2 = outcome ~ mediator + social (direct paths) + controls (price as log in the multiplicative form) + trend
 * + seasonality, and the price cut-off indicator when one is given.
 */
export function buildPlans(
  dataset: Dataset,
  columns: Readonly<Record<string, Series>>,
  options: ResolvedFitOptions,
  form: ModelForm,
  priceCutoff: number | null = null
): Plans {
  const { roles } = dataset;
  const media = [...roles.social, ...(roles.mediator ? [roles.mediator] : [])];
  const mediaScales: Record<string, number> = {};
  for (const column of media) mediaScales[column] = meanNonzero(columns[column] as Series);
  const price = options.priceColumn;
  const logPrice =
    form === "multiplicative" &&
    price !== null &&
    (columns[price] as Series).every((value) => value > 0);
  const controlsFor = (logged: boolean): ControlPlan[] => {
    const list: ControlPlan[] = [];
    for (const column of roles.controls) {
      const transform = logged && column === price ? "log" : "identity";
      list.push({ column, transform, lag: 0 });
      const lag = options.controlLags[column];
      if (lag !== undefined) list.push({ column, transform, lag });
    }
    return list;
  };
  const common = {
    trendPeriods: dataset.weeks.length,
    fourierOrder: options.fourierOrder,
    seasonPeriod: options.seasonPeriod,
    interactions: options.interactions,
    mediaScales,
    nonNegativeMedia: options.nonNegativeMedia,
  };
  const mediator: StagePlan | null = roles.mediator
    ? {
        ...common,
        stage: "mediator",
        target: roles.mediator,
        targetTransform: "identity",
        floorAtZero: true,
        channels: roles.social,
        controls: controlsFor(false),
      }
    : null;
  const outcome: StagePlan = {
    ...common,
    stage: "outcome",
    target: roles.outcome,
    targetTransform: form === "multiplicative" ? "log1p" : "identity",
    floorAtZero: false,
    channels: [
      ...(options.directPaths || !roles.mediator ? roles.social : []),
      ...(roles.mediator ? [roles.mediator] : []),
    ],
    controls:
      price !== null && priceCutoff !== null
        ? [
            ...controlsFor(logPrice),
            { column: price, transform: "atLeast", lag: 0, threshold: priceCutoff },
          ]
        : controlsFor(logPrice),
  };
  return { mediator, outcome, logPrice };
}
