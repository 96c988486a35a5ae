import type { Replicate, ReplicateJob } from "../../core/analysis/types";

/** Main thread → worker: the job once, then batches of replicate indices. */
export type PoolRequest =
  | { readonly type: "job"; readonly job: ReplicateJob }
  | { readonly type: "run"; readonly indices: readonly number[] };

/** Worker → main thread: a finished batch (in the order asked), or the error that stopped it. */
export type PoolResponse =
  | {
      readonly type: "done";
      readonly indices: readonly number[];
      readonly replicates: readonly (Replicate | null)[];
    }
  | { readonly type: "error"; readonly message: string };
