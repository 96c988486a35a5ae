/* global setTimeout */
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { runReplicates } from "../../../src/core/uncertainty/runReplicates";
import { movingBlockIndices } from "../../../src/core/uncertainty/movingBlockIndices";
import { CancelledError, InvalidParameterError } from "../../../src/core/errors";

const microtask = () => Promise.resolve();

describe("runReplicates", () => {
  it("returns the replicates in index order", async () => {
    await expect(runReplicates({ replicates: 3, seed: 7 }, (index) => index * 2)).resolves.toEqual([
      0, 2, 4,
    ]);
  });
  it("gives identical results for the same seed whatever the chunk size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        async (seed, chunkA, chunkB) => {
          const draw = (_index: number, random: () => number) => [random(), random(), random()];
          const a = await runReplicates(
            { replicates: 37, seed, chunkSize: chunkA, yieldControl: microtask },
            draw
          );
          const b = await runReplicates(
            { replicates: 37, seed, chunkSize: chunkB, yieldControl: microtask },
            draw
          );
          expect(b).toEqual(a);
        }
      ),
      { numRuns: 30 }
    );
  });
  it("gives each replicate its own stream, so block resamples differ between replicates", async () => {
    const resamples = await runReplicates({ replicates: 20, seed: 3 }, (_index, random) =>
      Array.from(movingBlockIndices(104, 5, random)).join(",")
    );
    expect(new Set(resamples).size).toBe(20);
  });
  it("changes the results when the seed changes", async () => {
    const a = await runReplicates({ replicates: 5, seed: 1 }, (_i, random) => random());
    const b = await runReplicates({ replicates: 5, seed: 2 }, (_i, random) => random());
    expect(b).not.toEqual(a);
  });
  it("reports progress after each chunk, rising and ending at the total", async () => {
    const seen: Array<[number, number]> = [];
    await runReplicates(
      {
        replicates: 103,
        seed: 1,
        chunkSize: 25,
        onProgress: (done, total) => seen.push([done, total]),
      },
      (index) => index
    );
    expect(seen).toEqual([
      [25, 103],
      [50, 103],
      [75, 103],
      [100, 103],
      [103, 103],
    ]);
  });
  it("reports 0 of 0 once when there is nothing to run", async () => {
    const seen: number[][] = [];
    await expect(
      runReplicates({ replicates: 0, seed: 1, onProgress: (d, t) => seen.push([d, t]) }, () => 1)
    ).resolves.toEqual([]);
    expect(seen).toEqual([[0, 0]]);
  });
  it("yields between chunks but not after the last one", async () => {
    let yields = 0;
    const yieldControl = () => {
      yields += 1;
      return Promise.resolve();
    };
    await runReplicates({ replicates: 10, seed: 1, chunkSize: 3, yieldControl }, (index) => index);
    expect(yields).toBe(3);
  });
  it("stops at the next chunk boundary when cancelled and returns nothing", async () => {
    const signal = { aborted: false };
    const ran: number[] = [];
    const run = runReplicates(
      {
        replicates: 100,
        seed: 1,
        chunkSize: 10,
        signal,
        onProgress: (done) => {
          if (done === 20) signal.aborted = true;
        },
      },
      (index) => {
        ran.push(index);
        return index;
      }
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(ran).toHaveLength(20);
  });
  it("sees a cancel sent by a timer while it yields, as a worker's message would arrive", async () => {
    const signal = { aborted: false };
    setTimeout(() => {
      signal.aborted = true;
    }, 0);
    let ran = 0;
    await expect(
      runReplicates({ replicates: 1000, seed: 1, chunkSize: 10, signal }, () => {
        ran += 1;
      })
    ).rejects.toBeInstanceOf(CancelledError);
    expect(ran).toBeLessThan(1000);
  });
  it("runs nothing when already cancelled", async () => {
    let ran = 0;
    await expect(
      runReplicates({ replicates: 5, seed: 1, signal: { aborted: true } }, () => {
        ran += 1;
      })
    ).rejects.toBeInstanceOf(CancelledError);
    expect(ran).toBe(0);
  });
  it("rejects invalid counts, chunk sizes and seeds", async () => {
    await expect(runReplicates({ replicates: -1, seed: 1 }, () => 0)).rejects.toBeInstanceOf(
      InvalidParameterError
    );
    await expect(runReplicates({ replicates: 2.5, seed: 1 }, () => 0)).rejects.toBeInstanceOf(
      InvalidParameterError
    );
    await expect(
      runReplicates({ replicates: 5, seed: 1, chunkSize: 0 }, () => 0)
    ).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(runReplicates({ replicates: 5, seed: 0.5 }, () => 0)).rejects.toBeInstanceOf(
      InvalidParameterError
    );
  });
});
