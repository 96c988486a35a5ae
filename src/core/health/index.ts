/**
 * Health of a data set and of a fit: `checkDataAdequacy` (before a fit: weeks per parameter, spend variation,
 * always-on channels, zero weeks, correlated channels, collapsing weeks and level breaks of the outcome) and
 * `assessHealth` (after it: one pass / review / fail verdict with the findings that drive it).
 *
 * To add a data check: write it in `_internal/` returning `DataCheck`s, add its kind to `DataCheckKind`, its
 * thresholds to `DATA_CHECK_THRESHOLDS`, and call it from `checkDataAdequacy`. To add a verdict finding: add its kind
 * to `HealthFindingKind` with a weight in `HEALTH_WEIGHTS` (saying why), and a function in `_internal/fitFindings.ts`.
 */
export { assessHealth } from "./assessHealth";
export { checkDataAdequacy } from "./checkDataAdequacy";
export * from "./constants";
export {
  NAIVE_SEASON_WEEKS,
  naiveSeasonalForecast,
  type NaiveSeasonalForecast,
} from "./naiveSeasonalForecast";
export type {
  AssessHealthOptions,
  CheckDataAdequacyOptions,
  DataCheck,
  DataCheckKind,
  HealthFinding,
  HealthInput,
  HealthVerdict,
  NaiveComparison,
  PlaceboResult,
} from "./types";
