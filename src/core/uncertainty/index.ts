/**
 * uncertainty/: bootstrap machinery for weekly data, independent of any model.
 *
 * A caller resamples weeks with {@link movingBlockIndices} (block length from {@link defaultBlockLength}) and
 * {@link resampleSeries}, refits its model inside {@link runReplicates} (seeded per replicate, chunked, cancellable,
 * with progress), and condenses each quantity's replicates with {@link summarizeReplicates} / {@link percentileInterval}.
 * To add a resampling scheme (e.g. stationary bootstrap): add one file returning `Int32Array` row indices from
 * (periods, parameters, random), and test its index range and block structure like movingBlockIndices.test.ts.
 */
export {
  CI90_LEVEL,
  DEFAULT_INTERVAL_LEVEL,
  DEFAULT_REPLICATE_CHUNK_SIZE,
  MIN_BLOCK_LENGTH_WEEKS,
} from "./constants";
export { defaultBlockLength } from "./defaultBlockLength";
export { movingBlockIndices } from "./movingBlockIndices";
export { percentileInterval } from "./percentileInterval";
export { quantile } from "./quantile";
export { replicateRandom } from "./replicateRandom";
export { replicateSeed } from "./replicateSeed";
export { resampleSeries } from "./resampleSeries";
export { runReplicates, type RunReplicatesOptions } from "./runReplicates";
export { summarizeReplicates, type ReplicateSummary } from "./summarizeReplicates";
export { yieldToEventLoop } from "./yieldToEventLoop";
