/**
 * experiments/: measured lift tests entered beside the weekly data. `validateLiftTests` reads a sheet's table of
 * tests into typed `LiftTest`s (collecting every problem with its cell), `liftTestWindow` maps a test to data weeks,
 * `modelLift` is a fitted model's lift over a test's weeks (the calibration compares it), `drawLiftTests` redraws
 * measures for a bootstrap replicate, and `planLiftTest` / `rankLiftTests` plan the next test.
 *
 * To add a kind of experiment: extend `LiftTest`, its header in constants.ts and the validator's checks, with a
 * test per new issue code in test/core/experiments.
 */
export * from "./constants";
export { drawLiftTests } from "./drawLiftTests";
export { liftTestWindow, weekIndexOf } from "./liftTestWindow";
export { modelLift } from "./modelLift";
export { planLiftTest, type LiftTestPlan, type PlanLiftTestOptions } from "./planLiftTest";
export { rankLiftTests, type LiftTestCandidate } from "./rankLiftTests";
export type * from "./types";
export {
  validateLiftTests,
  type LiftTestContext,
  type ValidateLiftTestsOptions,
} from "./validateLiftTests";
export { windowLiftTests } from "./windowLiftTests";
