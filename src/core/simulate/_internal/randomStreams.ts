import { createRandom, type RandomSource } from "../../random/createRandom";

/**
 * Named, independent random streams of one seed: each part of the simulation (each channel's flighting, the
 * price path, the noise…) draws from its own stream, so adding a channel does not reshuffle the noise of the others.
 */
export function randomStream(seed: number, stream: string): RandomSource {
  // FNV-1a of the stream name, mixed with the seed by murmur3's finaliser, gives well-spread 32-bit seeds.
  let hash = 0x811c9dc5;
  for (let i = 0; i < stream.length; i++) hash = Math.imul(hash ^ stream.charCodeAt(i), 0x01000193);
  let mixed = (hash ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return createRandom((mixed ^ (mixed >>> 16)) | 0);
}

/** A standard normal draw by the Box–Muller transform (one uniform pair per draw, for simplicity). */
export function standardNormal(random: RandomSource): number {
  const u = 1 - random(); // in (0, 1], so the log is finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * An on/off flag series with a given share of on-weeks and a mean burst length: alternating runs whose lengths
 * are geometric, the off-run mean chosen so the long-run share of on-weeks is `share`. Starts in a random state.
 */
export function flightingFlags(
  random: RandomSource,
  weeks: number,
  share: number,
  burstWeeks: number
): Uint8Array {
  const flags = new Uint8Array(weeks);
  if (share >= 1) return flags.fill(1);
  if (share <= 0) return flags;
  const meanOff = Math.max(1, (burstWeeks * (1 - share)) / share);
  const meanOn = Math.max(1, (meanOff * share) / (1 - share));
  let on = random() < share;
  let t = 0;
  while (t < weeks) {
    const mean = on ? meanOn : meanOff;
    // Geometric run length with the given mean (≥ 1 week).
    const length = 1 + Math.floor(Math.log(1 - random()) / Math.log(1 - 1 / mean + Number.EPSILON));
    const end = Math.min(weeks, t + (Number.isFinite(length) ? length : 1));
    if (on) flags.fill(1, t, end);
    t = end;
    on = !on;
  }
  return flags;
}
