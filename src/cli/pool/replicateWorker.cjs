/* global require */
// A worker thread of the replicate pool: loads the TypeScript source through tsx (as bin/mmm.cjs does) and
// computes the replicates the main thread hands it (see replicateWorkerMain.ts).
require("tsx/cjs");
require("./replicateWorkerMain.ts");
