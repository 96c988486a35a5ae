import { describe, expect, it } from "@jest/globals";
import {
  medianRoasCandidate,
  votingCandidates,
} from "../../../../src/core/model/_internal/medianRoasCandidate";

const candidate = (shape: string, squaredError: number, roas: number) => ({
  shape,
  squaredError,
  roas,
});

describe("medianRoasCandidate", () => {
  it("takes the median ROAS of an odd count, whatever the order", () => {
    const list = [candidate("a", 1, 3), candidate("b", 1, 1), candidate("c", 1, 2)];
    expect(medianRoasCandidate(list, 0.2)?.shape).toBe("c");
    expect(medianRoasCandidate([...list].reverse(), 0.2)?.shape).toBe("c");
  });

  it("takes the lower median of an even count (a fitted shape, not an average)", () => {
    const list = [
      candidate("a", 1, 4),
      candidate("b", 1, 1),
      candidate("c", 1, 3),
      candidate("d", 1, 2),
    ];
    expect(medianRoasCandidate(list, 0.2)?.shape).toBe("d");
  });

  it("lets only shapes within the tolerance of the best fit vote", () => {
    // "far" fits 30% worse than the best: at tolerance 0.2 it does not vote, at 0.5 it moves the median.
    const list = [
      candidate("best", 100, 1),
      candidate("near", 115, 2),
      candidate("far", 130, 9),
      candidate("far2", 140, 10),
    ];
    expect(medianRoasCandidate(list, 0.2)?.shape).toBe("best");
    expect(medianRoasCandidate(list, 0.5)?.shape).toBe("near");
    expect(medianRoasCandidate(list, 0)?.shape).toBe("best");
  });

  it("is null without candidates", () => {
    expect(medianRoasCandidate([], 0.2)).toBeNull();
  });

  it("lists the voters in their order (what the bootstrap draws from)", () => {
    const list = [candidate("far", 130, 9), candidate("best", 100, 1), candidate("near", 115, 2)];
    expect(votingCandidates(list, 0.2).map((c) => c.shape)).toEqual(["best", "near"]);
    expect(votingCandidates([], 0.2)).toEqual([]);
  });
});
