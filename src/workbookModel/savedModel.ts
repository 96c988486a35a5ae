import { InvalidParameterError } from "../core/errors";
import { parseModel } from "../core/model/parseModel";
import type { Effects, FittedModel, ForecastScore, MmmResult } from "../core/model/types";
import { SAVED_MODEL_SCHEMA } from "./constants";

/** What the functions know about the workbook's model. */
export interface SavedModel {
  readonly model: FittedModel;
  /** Effects of the observed variant (sums over the data's weeks); null when saved as a bare model. */
  readonly effects: Effects | null;
  /** Revenue (stage 2) scores on the holdout weeks; null without holdout or when saved as a bare model. */
  readonly holdout: ForecastScore | null;
  /** First holdout week (ISO); null without holdout or when saved as a bare model. */
  readonly holdoutStart: string | null;
}

/**
 * The JSON the task pane should save in the workbook and publish to the functions after a fit: the fitted model
 * plus its effects and holdout scores (schema "mmm-workbook-model/1").
 *
 * @param result - what fitMmm returned
 * @returns JSON text for saveModel(...) and publishModel(...)
 * @example
 * readSavedModel(savedModelJson(result)).effects?.channels.length; // => 4
 * @see readSavedModel
 */
export function savedModelJson(result: MmmResult): string {
  return JSON.stringify({
    schema: SAVED_MODEL_SCHEMA,
    model: result.model,
    effects: result.effects,
    holdout: result.metrics.stage2.holdout,
    holdoutStart: result.data.holdoutStart,
  });
}

/**
 * Reads what the task pane saved: the "mmm-workbook-model/1" envelope, or a bare "mmm-model/1" model.
 *
 * @param json - the saved text
 * @returns the model with its effects and holdout scores (null where absent)
 * @throws {InvalidParameterError} when the text is not a readable model (the message says why)
 * @example
 * readSavedModel(serializeModel(result.model)).effects; // => null
 * @see savedModelJson
 */
export function readSavedModel(json: string): SavedModel {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new InvalidParameterError(
      "model",
      "The saved model cannot be read: the text is not valid JSON."
    );
  }
  const envelope = value as { schema?: unknown } & Partial<Record<string, unknown>>;
  if (envelope === null || typeof envelope !== "object" || envelope.schema !== SAVED_MODEL_SCHEMA) {
    return { model: parseModel(json), effects: null, holdout: null, holdoutStart: null };
  }
  return {
    model: parseModel(JSON.stringify(envelope.model ?? null)),
    effects: (envelope.effects as Effects | undefined) ?? null,
    holdout: (envelope.holdout as ForecastScore | undefined) ?? null,
    holdoutStart: typeof envelope.holdoutStart === "string" ? envelope.holdoutStart : null,
  };
}
