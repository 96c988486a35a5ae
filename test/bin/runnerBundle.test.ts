import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";

const { runnerBundle } = require("../../bin/runnerBundle.cjs") as {
  runnerBundle: () => string | null;
};

const root = join(__dirname, "..", "..");

describe("runnerBundle", () => {
  it("gives a bundle of the runner, with its worker beside it, newer than every source", () => {
    const bundle = runnerBundle();
    expect(bundle).not.toBeNull();
    const built = statSync(bundle as string).mtimeMs;
    expect(built).toBeGreaterThanOrEqual(statSync(join(root, "src", "cli", "main.ts")).mtimeMs);
    expect(statSync(join(bundle as string, "..", "replicateWorker.cjs")).isFile()).toBe(true);
    // A second call reuses it (nothing changed in between).
    expect(runnerBundle()).toBe(bundle);
    expect(statSync(bundle as string).mtimeMs).toBe(built);
  }, 60_000);

  it("runs the same runner as the sources: --help through the bundle and through tsx print the same", () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(root, "bin", "mmm.cjs"), "--help"], {
        encoding: "utf8",
        env: { ...process.env, ...env },
      });
    const bundled = run({});
    const sources = run({ MMM_NO_BUNDLE: "1" });
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toContain("Usage:");
    expect(bundled.stdout).toBe(sources.stdout);
  }, 60_000);

  it("is not used when MMM_NO_BUNDLE is set", () => {
    process.env.MMM_NO_BUNDLE = "1";
    try {
      expect(runnerBundle()).toBeNull();
    } finally {
      delete process.env.MMM_NO_BUNDLE;
    }
  });
});
