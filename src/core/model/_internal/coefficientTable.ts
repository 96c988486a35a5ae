import type { CoefficientRow, FeatureSpec, FittedModel, FittedStage } from "../types";

function columnOf(feature: FeatureSpec): string | null {
  return feature.kind === "trend" || feature.kind === "fourier" || feature.kind === "interaction"
    ? null
    : feature.column;
}

function stageRows(stage: FittedStage): CoefficientRow[] {
  const rows: CoefficientRow[] = [
    {
      stage: stage.stage,
      feature: "intercept",
      column: null,
      value: stage.intercept,
      standardized: stage.intercept,
    },
  ];
  stage.features.forEach((feature, j) => {
    const value = stage.coefficients[j] as number;
    rows.push({
      stage: stage.stage,
      feature: feature.name,
      column: columnOf(feature),
      value,
      standardized: value * (stage.featureScales[j] as number),
    });
  });
  return rows;
}

/** Coefficients of both stages as table rows (stage 1 first), intercepts included. */
export function coefficientTable(model: FittedModel): CoefficientRow[] {
  return [
    ...(model.mediatorStage ? stageRows(model.mediatorStage) : []),
    ...stageRows(model.outcomeStage),
  ];
}
