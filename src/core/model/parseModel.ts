import { InvalidParameterError } from "../errors";
import { MODEL_SCHEMA } from "./constants";
import type { FeatureSpec, FittedModel, FittedStage } from "./types";

const FEATURE_KINDS: readonly FeatureSpec["kind"][] = [
  "media",
  "onOff",
  "control",
  "trend",
  "fourier",
  "interaction",
];

function fail(message: string): never {
  throw new InvalidParameterError("model", `The saved model cannot be read: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkStage(value: unknown, label: string): FittedStage {
  if (!isRecord(value)) fail(`${label} is missing.`);
  const { features, coefficients, featureScales, intercept, target, targetTransform } = value;
  if (typeof target !== "string") fail(`${label} has no target column.`);
  if (targetTransform !== "identity" && targetTransform !== "log1p")
    fail(`${label} has an unknown target transform.`);
  if (typeof intercept !== "number" || !Number.isFinite(intercept))
    fail(`${label} has no finite intercept.`);
  if (!Array.isArray(features) || !Array.isArray(coefficients) || !Array.isArray(featureScales)) {
    fail(`${label} lacks features, coefficients or scales.`);
  }
  if (coefficients.length !== features.length || featureScales.length !== features.length) {
    fail(`${label} has ${features.length} features but ${coefficients.length} coefficients.`);
  }
  if (!coefficients.every((entry) => typeof entry === "number" && Number.isFinite(entry))) {
    fail(`${label} has a coefficient that is not a finite number.`);
  }
  for (const feature of features) {
    if (
      !isRecord(feature) ||
      typeof feature.name !== "string" ||
      !FEATURE_KINDS.includes(feature.kind as never)
    ) {
      fail(
        `${label} has a feature of unknown kind (${isRecord(feature) ? String(feature.kind) : "?"}); kinds: ${FEATURE_KINDS.join(", ")}.`
      );
    }
  }
  return value as unknown as FittedStage;
}

/**
 * Reads a fitted model from its JSON form, checking the schema version and the shape of every stage.
 *
 * @param json - text written by `serializeModel`
 * @returns the fitted model
 * @throws {InvalidParameterError} when the text is not JSON, the schema is not "mmm-model/1", or a part is missing
 * @example
 * parseModel(serializeModel(result.model)).schema; // => "mmm-model/1"
 * @see serializeModel
 */
export function parseModel(json: string): FittedModel {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    fail("the text is not valid JSON.");
  }
  if (!isRecord(value)) fail("the text does not hold a model object.");
  if (value.schema !== MODEL_SCHEMA) {
    fail(`its schema is '${String(value.schema)}', but this version reads only '${MODEL_SCHEMA}'.`);
  }
  if (value.form !== "additive" && value.form !== "multiplicative")
    fail(`its form '${String(value.form)}' is unknown.`);
  if (!isRecord(value.roles) || !Array.isArray(value.roles.social))
    fail("its column roles are missing.");
  if (!isRecord(value.data) || typeof value.data.weeks !== "number")
    fail("its data range is missing.");
  if (!isRecord(value.history) || !isRecord(value.lastControls))
    fail("its history or last control values are missing.");
  checkStage(value.outcomeStage, "the outcome stage");
  if (value.mediatorStage !== null) checkStage(value.mediatorStage, "the mediator stage");
  return value as unknown as FittedModel;
}
