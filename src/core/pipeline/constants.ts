/** Progress labels of the pipeline's own steps (the fit and the bootstrap label theirs). */
export const STEP_LABELS = {
  diagnostics: "diagnostics",
  placebo: "placebo check",
  sensitivity: "price and promotion scenarios",
  budget: "budget plan",
} as const;
