import type { Dataset, Series } from "../../types";
import { HISTORY_WEEKS, MODEL_SCHEMA } from "../constants";
import type {
  FittedModel,
  FittedStage,
  Hyperparameters,
  MediatorVariant,
  ModelForm,
} from "../types";

/** Wraps fitted stages into the model's plain-JSON form with its history for carry-over. */
export function makeModel(
  dataset: Dataset,
  columns: Readonly<Record<string, Series>>,
  parts: {
    readonly form: ModelForm;
    readonly variant: MediatorVariant;
    readonly hyperparameters: Hyperparameters;
    readonly mediatorStage: FittedStage | null;
    readonly outcomeStage: FittedStage;
    readonly fitTime: string | null;
  }
): FittedModel {
  const { roles, weeks } = dataset;
  const n = weeks.length;
  const history: Record<string, number[]> = {};
  const inputs = [...roles.social, ...(roles.mediator ? [roles.mediator] : []), ...roles.controls];
  for (const name of inputs)
    history[name] = Array.from((columns[name] as Series).subarray(Math.max(0, n - HISTORY_WEEKS)));
  const lastControls: Record<string, number> = {};
  for (const name of roles.controls)
    lastControls[name] = (columns[name] as Series)[n - 1] as number;
  return {
    schema: MODEL_SCHEMA,
    form: parts.form,
    variant: parts.variant,
    roles,
    hyperparameters: parts.hyperparameters,
    mediatorStage: parts.mediatorStage,
    outcomeStage: parts.outcomeStage,
    data: { start: weeks[0] ?? "", end: weeks[n - 1] ?? "", weeks: n },
    lastControls,
    history,
    fitTime: parts.fitTime,
  };
}
