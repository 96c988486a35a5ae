/**
 * baseline/: the "plain approach" to a mediated MMM (fixed adstock, no saturation, scikit-learn ElasticNet
 * defaults, in-sample, coefficient products), kept only as the accuracy benchmark's point of comparison.
 */
export {
  PLAIN_ALPHA,
  PLAIN_DECAY,
  PLAIN_L1_RATIO,
  PLAIN_MAX_ITERATIONS,
  PLAIN_TOLERANCE,
} from "./constants";
export {
  plainTwoStage,
  type PlainChannelEffect,
  type PlainTwoStageOptions,
  type PlainTwoStageResult,
} from "./plainTwoStage";
