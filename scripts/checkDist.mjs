/* global console, process */
// Checks that a production build holds what Excel loads: the manifest, the task pane page and functions.json
// listing every MMM custom function. Exits non-zero with a message naming what is missing.
import { existsSync, readFileSync, readdirSync } from "node:fs";

const required = [
  "dist/manifest.xml",
  "dist/taskpane.html",
  "dist/functions.json",
  "dist/functions.js",
  "dist/taskpane.js",
];
const missing = required.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`dist/ is missing: ${missing.join(", ")}`);
  process.exit(1);
}
const metadata = JSON.parse(readFileSync("dist/functions.json", "utf8"));
const ids = metadata.functions.map((f) => f.id);
const expected = [
  "ADSTOCK",
  "WEIBULL",
  "HILL",
  "ELASTICITY",
  "LIFT",
  "MEDIATION",
  "PREDICT",
  "ROAS",
  "RESPONSE",
  "OPTIMIZE",
  "MODEL",
];
const absent = expected.filter((id) => !ids.includes(id));
if (absent.length > 0) {
  console.error(`functions.json does not list: ${absent.join(", ")} (it lists ${ids.join(", ")})`);
  process.exit(1);
}
const manifest = readFileSync("dist/manifest.xml", "utf8");
if (manifest.includes("https://localhost:3000")) {
  console.error(
    "dist/manifest.xml still points at https://localhost:3000: the production origin rewrite did not run."
  );
  process.exit(1);
}
console.log(
  `dist/ OK: manifest, taskpane.html, functions.json with ${ids.length} functions (${ids.join(", ")}).`
);

// The task pane and the custom functions must share ONE instance of src/core in the shared runtime
// (taskpane dependOn functions). A string of a core module both import must therefore be bundled once, in
// functions.js: DataValidationError's message in src/core/errors.ts (the pane imports errors.ts for CancelledError).
const coreMarker = "problems to fix";
const inFunctions = readFileSync("dist/functions.js", "utf8").includes(coreMarker);
const inTaskpane = readFileSync("dist/taskpane.js", "utf8").includes(coreMarker);
if (!inFunctions || inTaskpane) {
  console.error(
    `src/core must be bundled once, in functions.js (found in functions.js: ${inFunctions}, in taskpane.js: ${inTaskpane}). ` +
      'Keep `dependOn: "functions"` on the taskpane entry in webpack.config.js.'
  );
  process.exit(1);
}
console.log("dist/ OK: src/core is bundled once (functions.js), shared by the task pane.");

// The task pane's replicate pool: the fit worker starts nested Web Workers from their own chunk
// (new Worker(new URL("./replicateWorker.ts", import.meta.url)) in src/taskpane/worker/fitWorker.ts). The pool worker's
// message must be bundled in a worker chunk, not in the pane's or the functions' entry.
const poolMarker = "The replicate worker got indices before its job.";
const chunks = readdirSync("dist").filter((file) => /^\d+\.js$/.test(file));
const withPool = chunks.filter((file) => readFileSync(`dist/${file}`, "utf8").includes(poolMarker));
const inEntries = ["dist/taskpane.js", "dist/functions.js"].filter((file) =>
  readFileSync(file, "utf8").includes(poolMarker)
);
if (withPool.length === 0 || inEntries.length > 0) {
  console.error(
    `The replicate worker must be its own chunk (found in chunks: ${withPool.join(", ") || "none"}; in entries: ` +
      `${inEntries.join(", ") || "none"}). Keep new Worker(new URL("./replicateWorker.ts", import.meta.url)) in fitWorker.ts.`
  );
  process.exit(1);
}
console.log(
  `dist/ OK: the replicate worker pool is bundled as a worker chunk (${withPool.join(", ")}).`
);
