import { performance } from "perf_hooks";
import { clearInterval, setInterval } from "timers";
import { median } from "./statistics";

/** Timings of repeated runs. */
export interface Timing {
  /** Median wall-clock seconds of the timed runs. */
  readonly wallMedian: number;
  /** Median CPU seconds (user + system of the whole process) of the timed runs: steadier on a loaded machine. */
  readonly cpuMedian: number;
  /** Wall seconds of every timed run, in run order. */
  readonly walls: readonly number[];
}

/** Peak memory seen by a {@link MemorySampler}. */
export interface MemoryPeak {
  /** Largest resident set size, MB. */
  readonly rssMb: number;
  /** Largest V8 heap in use, MB. */
  readonly heapUsedMb: number;
}

/** Samples `process.memoryUsage()` on a timer and on demand, keeping the maxima. */
export interface MemorySampler {
  /** Takes one sample now (call it from progress hooks: a busy fit leaves the timer few chances). */
  readonly sample: () => void;
  /** Stops the timer and returns the peaks. */
  readonly stop: () => MemoryPeak;
}

const MB = 1024 * 1024;

/**
 * Starts sampling memory every `intervalMs` milliseconds (timers fire only while the work yields).
 *
 * @param intervalMs - sampling period, ms (default 5)
 * @returns the sampler
 * @example
 * const sampler = startMemorySampler(); await work(); sampler.stop().rssMb; // => 180
 */
export function startMemorySampler(intervalMs = 5): MemorySampler {
  let rss = 0;
  let heapUsed = 0;
  const sample = (): void => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heapUsed = Math.max(heapUsed, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return { rssMb: rss / MB, heapUsedMb: heapUsed / MB };
    },
  };
}

/**
 * Runs `run` `warmups` times untimed, then `repeats` times timed, and reports the medians.
 *
 * @param repeats - timed runs (≥ 1)
 * @param warmups - untimed runs first (JIT warm-up)
 * @param run - the work; awaited
 * @returns median wall and CPU seconds and every wall time
 * @example
 * (await timeRuns(5, 1, () => fitMmm(dataset))).wallMedian; // => 0.42
 */
export async function timeRuns(
  repeats: number,
  warmups: number,
  run: () => unknown
): Promise<Timing> {
  for (let r = 0; r < warmups; r++) await run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await run();
    walls.push((performance.now() - start) / 1000);
    const used = process.cpuUsage(cpuStart);
    cpus.push((used.user + used.system) / 1e6);
  }
  return { wallMedian: median(walls), cpuMedian: median(cpus), walls };
}
