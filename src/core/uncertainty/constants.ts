/**
 * Named defaults of the bootstrap machinery, each with the reason for its value.
 */

/**
 * Shortest block the default moving-block bootstrap uses: four weeks, i.e. about one calendar month of weekly
 * data. Marketing series carry month-long structure (pay-day cycles, monthly promotions, carry-over of spend over
 * several weeks), so a block shorter than a month would cut that dependence apart and understate uncertainty.
 */
export const MIN_BLOCK_LENGTH_WEEKS = 4;

/**
 * Replicates run between two yields to the event loop. 25 small refits take a few milliseconds, so a cancel
 * message reaches a worker promptly while the cost of yielding (one macrotask, ~0–4 ms) stays small.
 */
export const DEFAULT_REPLICATE_CHUNK_SIZE = 25;

/**
 * Draws discarded from each replicate's stream before use. The xoroshiro128+ state that pure-rand builds from a
 * 32-bit seed is highly structured (half of it constant); a few steps let it mix before the first real draw.
 */
export const REPLICATE_STREAM_WARMUP = 16;

/** Coverage of the `ci90` interval of a replicate summary: the 5th to the 95th percentile. */
export const CI90_LEVEL = 0.9;

/** Coverage of the default percentile interval: 90%, the level reported throughout the add-in. */
export const DEFAULT_INTERVAL_LEVEL = CI90_LEVEL;
