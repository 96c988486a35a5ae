import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { median } from "./statistics";

/** GNU time's binary: it reports a child's CPU time and peak memory, which Node cannot read for a child. */
const GNU_TIME = "/usr/bin/time";

/** One whole runner process: wall and CPU seconds and peak resident memory (worker threads included). */
export interface ProcessRun {
  readonly wallSeconds: number;
  /** User + system CPU seconds of the process and its threads; NaN without GNU time. */
  readonly cpuSeconds: number;
  /** Peak resident set size, MB; NaN without GNU time. */
  readonly peakMb: number;
  readonly exitCode: number;
  /** First line the process wrote to stderr (the refusal of a table it cannot take). */
  readonly firstErrorLine: string;
}

/** Medians of repeated runs of one command. */
export interface ProcessTiming {
  readonly wallMedian: number;
  readonly cpuMedian: number;
  readonly peakMb: number;
  readonly runs: readonly ProcessRun[];
}

/**
 * Runs `node bin/mmm.cjs <args>` once as a new process (what a user's shell does), into a fresh output folder.
 * @param args - runner arguments after the command (e.g. ["fit", "data.csv", "--threads", "2"])
 * @returns wall, CPU and memory of the whole process
 * @example runnerProcess(["fit", "x.csv", "--quiet"]).wallSeconds; // => 4.2
 */
export function runnerProcess(args: readonly string[]): ProcessRun {
  const out = mkdtempSync(join(tmpdir(), "mmm-bench-"));
  const runner = join(__dirname, "..", "..", "bin", "mmm.cjs");
  try {
    return commandProcess([process.execPath, runner, ...args, "--out", out]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Runs any command once as a new process (the runner, or a Python script to compare with).
 * @param argv - the program and its arguments
 * @returns wall, CPU and memory of the whole process
 */
export function commandProcess(argv: readonly string[]): ProcessRun {
  const [program, ...rest] = argv as [string, ...string[]];
  const timed = existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const result = timed
    ? spawnSync(GNU_TIME, ["-f", "@@time %U %S %M", program, ...rest], { encoding: "utf8" })
    : spawnSync(program, rest, { encoding: "utf8" });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stderr = result.stderr ?? "";
  const line = stderr.split("\n").find((entry) => entry.startsWith("@@time "));
  const [user, system, kb] = (line ?? "").slice("@@time ".length).split(" ").map(Number);
  return {
    wallSeconds,
    cpuSeconds: line ? (user as number) + (system as number) : Number.NaN,
    peakMb: line ? (kb as number) / 1024 : Number.NaN,
    exitCode: result.status ?? -1,
    firstErrorLine:
      stderr.split("\n").find((entry) => entry.trim() && !entry.startsWith("@@")) ?? "",
  };
}

/**
 * Runs the runner `repeats` times after one untimed warm-up (tsx's transform cache, the disk cache) and takes medians.
 * @example timeRunner(3, ["fit", "x.csv", "--quiet"]).wallMedian; // => 4.1
 */
export function timeRunner(repeats: number, args: readonly string[]): ProcessTiming {
  return timeProcess(repeats, () => runnerProcess(args));
}

/** Medians of `repeats` runs of `run` after one untimed warm-up. */
export function timeProcess(repeats: number, run: () => ProcessRun): ProcessTiming {
  run();
  const runs = Array.from({ length: repeats }, run);
  return {
    wallMedian: median(runs.map((run) => run.wallSeconds)),
    cpuMedian: median(runs.map((run) => run.cpuSeconds)),
    peakMb: Math.max(...runs.map((run) => run.peakMb)),
    runs,
  };
}
