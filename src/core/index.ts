/**
 * The numerical core's public surface: pure TypeScript that runs in Node, a Web Worker and the custom-functions
 * runtime (no Office.js, no DOM). Grouped by folder in the order data flows: data → transforms/features → regression →
 * validation → model (two stages: search, fit, predict) → attribution (effects, mediation, contributions) → analysis (intervals, diagnostics, sensitivity, budget)
 * → scenario (what the worksheet functions compute). Each folder's own index.ts says how to add a member.
 */

// Shared types, errors and the seeded random source.
export * from "./types";
export * from "./errors";
export { createRandom, type RandomSource } from "./random/createRandom";

// data/: cell grid → validated weekly Dataset, every problem as a ValidationIssue.
export * as data from "./data";
// transforms/ and features/: adstock, saturation, trend, Fourier seasonality, event dummies.
export * as transforms from "./transforms";
export * as features from "./features";
// regression/: OLS, ridge, elastic net (scikit-learn's objective), the Gram kernel.
export * as regression from "./regression";
// validation/: time-respecting splits, holdout, forecast metrics, cross-validation.
export * as validation from "./validation";
// model/: the two-stage search and fit, prediction, the fitted model as JSON.
export * as model from "./model";
// attribution/: counterfactual effects, mediation, weekly contributions, and fitMmm (fit + all of these).
export * as attribution from "./attribution";
// uncertainty/, diagnostics/, optimizer/, analysis/: from a fitted model to decisions.
export * as uncertainty from "./uncertainty";
export * as diagnostics from "./diagnostics";
export * as optimizer from "./optimizer";
export * as analysis from "./analysis";
// health/: data checks before a fit and the one pass / review / fail verdict after it.
export * as health from "./health";
// experiments/: measured lift tests entered beside the data (typed, validated with the cell of each problem).
export * as experiments from "./experiments";
// pipeline/: the one run (fit → intervals → diagnostics → sensitivity → budget) every surface renders.
export * as pipeline from "./pipeline";
// tables/: the one table model every surface renders (sheets, CSVs, the report's tables).
export * as tables from "./tables";
// scenario/: the maths behind the MMM.* worksheet functions.
export * as scenario from "./scenario";
// simulate/ and baseline/: sample data with known truth, and the plain approach used as a benchmark comparison.
export * as simulate from "./simulate";
export * as baseline from "./baseline";
