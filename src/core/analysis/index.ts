/**
 * analysis/: from a fitted model to decisions. `bootstrapIntervals` (moving-block bootstrap with the tuned
 * hyperparameters held fixed: intervals of every effect, prediction band, variant-disagreement warning),
 * `diagnoseFit` (scores, residual tests, VIF, rolling stability, random-forest check), `sensitivityAnalysis` /
 * `priceScenarioGrid` (price elasticity, promotion lift, price × promotion what-ifs) and `planBudget` (the one
 * budget plan, on the fitted model alone with scenario/'s spend-response definition: response curves and the
 * recommended weekly split with an interval of its gain; MMM.OPTIMIZE calls it too). src/core/pipeline/resultsJson.ts
 * maps the results into results.json.
 *
 * To add an analysis step: write one entry function taking `(dataset, result, …)` that returns a readonly result
 * type declared in types.ts, put its defaults in constants.ts, test it on `fitSimulated` data (known truth) in
 * test/core/analysis, and add its JSON section in pipeline/resultsJson.ts (typed in resultsJsonTypes.ts).
 */
export { bootstrapIntervals } from "./bootstrapIntervals";
export * from "./constants";
export { diagnoseFit, type DiagnoseFitOptions } from "./diagnoseFit";
export { placeboCheck } from "./placeboCheck";
export { planBudget, type PlanBudgetOptions } from "./planBudget";
export { priceScenarioGrid, type PriceScenarioGridOptions } from "./priceScenarioGrid";
export { sensitivityAnalysis } from "./sensitivityAnalysis";
export type * from "./types";
