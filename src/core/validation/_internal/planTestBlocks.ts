import type { SplitScheme } from "../splitSchemes";

/** Where the test blocks of a split plan sit; every block is contiguous and they follow each other. */
export interface TestBlockPlan {
  /** First week (0-based) of each fold's test block: `[folds]`, increasing. */
  readonly starts: readonly number[];
  /** Weeks in each fold's test block: `[folds]`. */
  readonly sizes: readonly number[];
}

/** What the planner needs; every number is already checked to be a whole number in range. */
export interface TestBlockRequest {
  readonly periods: number;
  readonly scheme: SplitScheme;
  readonly folds: number;
  readonly gap: number;
  readonly minTrainSize: number;
  /** Set only when the caller gave a minimum, which changes the default test size (see timeSeriesSplits). */
  readonly explicitMinTrainSize: number | undefined;
  readonly testSize: number | undefined;
}

/** Result of planning: the blocks, or the reason they do not fit. */
export type TestBlockOutcome =
  | { readonly ok: true; readonly plan: TestBlockPlan }
  | { readonly ok: false; readonly reason: string };

/**
 * Lays out the test blocks of `timeSeriesSplits` and checks they leave enough training weeks before the first one.
 *
 * Expanding and rolling: `folds` blocks of `testSize` weeks ending at the last week; the weeks left over at the start
 * go to training. Blocked: a first, training-only block, then the remaining weeks cut into `folds` blocks as equal as
 * possible (earlier blocks one week longer when the division is not exact).
 *
 * @param request - checked options
 * @returns the plan, or a sentence saying why it does not fit
 */
export function planTestBlocks(request: TestBlockRequest): TestBlockOutcome {
  const { periods, folds, gap, minTrainSize } = request;
  const starts: number[] = [];
  const sizes: number[] = [];
  if (request.scheme === "blocked") {
    const equalShare = Math.floor(periods / (folds + 1));
    const firstBlock =
      request.explicitMinTrainSize !== undefined
        ? request.explicitMinTrainSize + gap
        : equalShare + (periods % (folds + 1) > 0 ? 1 : 0);
    const remaining = periods - firstBlock;
    if (remaining < folds) {
      return {
        ok: false,
        reason: `${periods} weeks are too few for ${folds} test blocks after a first block of ${firstBlock} weeks`,
      };
    }
    if (firstBlock - gap < minTrainSize) {
      return {
        ok: false,
        reason:
          `the first fold would train on ${firstBlock - gap} weeks (a first block of ${firstBlock} weeks minus a gap of ` +
          `${gap}) but needs at least ${minTrainSize}`,
      };
    }
    const base = Math.floor(remaining / folds);
    const longer = remaining % folds;
    let start = firstBlock;
    for (let fold = 0; fold < folds; fold++) {
      const size = base + (fold < longer ? 1 : 0);
      starts.push(start);
      sizes.push(size);
      start += size;
    }
    return { ok: true, plan: { starts, sizes } };
  }
  const testSize =
    request.testSize ??
    (request.explicitMinTrainSize !== undefined
      ? Math.floor((periods - gap - request.explicitMinTrainSize) / folds)
      : Math.floor(periods / (folds + 1)));
  if (testSize < 1) {
    return { ok: false, reason: `each of the ${folds} test blocks would be empty` };
  }
  const firstTrainEnd = periods - folds * testSize - gap;
  if (firstTrainEnd < minTrainSize) {
    return {
      ok: false,
      reason:
        `${folds} test blocks of ${testSize} weeks and a gap of ${gap} leave ${Math.max(firstTrainEnd, 0)} training ` +
        `weeks for the first fold but it needs at least ${minTrainSize}`,
    };
  }
  for (let fold = 0; fold < folds; fold++) {
    starts.push(periods - (folds - fold) * testSize);
    sizes.push(testSize);
  }
  return { ok: true, plan: { starts, sizes } };
}
