/* global require, module, __dirname, __filename, process */
// The runner's compiled form: src/cli bundled into one file by esbuild and kept in node_modules/.cache until a
// source file or the lock file changes (packages are bundled too). Why: running the TypeScript through tsx transpiles and resolves some 400 modules per process
// and per worker thread (about 0.6 s of CPU each), more than a whole point fit; the bundle loads in 0.2 s.
// Falls back to tsx (returns null) when esbuild is missing or fails, or MMM_NO_BUNDLE is set.
const { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const cacheDir = join(root, "node_modules", ".cache", "mmm-runner");
/** What is bundled: the runner and its worker thread (threadPoolExecutor loads replicateWorker.cjs beside it). */
const ENTRIES = { mmm: "src/cli/main.ts", replicateWorker: "src/cli/pool/replicateWorkerMain.ts" };

/** Newest modification time (ms) of the files the bundle is made from. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  visit(join(root, "src"));
  for (const file of ["package-lock.json", "tsconfig.json", __filename]) {
    const path = file === __filename ? file : join(root, file);
    if (existsSync(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Path of an up-to-date bundle of the runner (built now if needed), or null to run the sources through tsx. */
function runnerBundle() {
  if (process.env.MMM_NO_BUNDLE) return null;
  const main = join(cacheDir, "mmm.cjs");
  const worker = join(cacheDir, "replicateWorker.cjs");
  try {
    const newest = newestSource();
    const fresh = (path) => existsSync(path) && statSync(path).mtimeMs >= newest;
    if (fresh(main) && fresh(worker)) return main;
    const esbuild = require("esbuild");
    mkdirSync(cacheDir, { recursive: true });
    // Built under names of this process, then renamed into place: another process may be reading or building.
    const staging = join(cacheDir, `build-${process.pid}`);
    esbuild.buildSync({
      entryPoints: ENTRIES,
      outdir: staging,
      outExtension: { ".js": ".cjs" },
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      logLevel: "silent",
    });
    renameSync(join(staging, "replicateWorker.cjs"), worker);
    renameSync(join(staging, "mmm.cjs"), main);
    rmSync(staging, { recursive: true, force: true });
    return main;
  } catch {
    return null;
  }
}

module.exports = { runnerBundle };
