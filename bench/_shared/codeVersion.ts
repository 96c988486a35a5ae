import { execFileSync } from "child_process";

/**
 * The commit the benchmark ran on, and whether the model's folders had uncommitted changes (the model is tuned
 * while benchmarks run, so figures must say which code produced them).
 *
 * @returns e.g. "commit 1a2b3c4 (src/core/model has uncommitted changes)", or "commit unknown" outside git
 * @example
 * codeVersion(); // => "commit e5e3a7d"
 */
export function codeVersion(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync(
      "git",
      [
        "status",
        "--porcelain",
        "--",
        "src/core/model",
        "src/core/attribution",
        "src/core/regression",
      ],
      { encoding: "utf8" }
    ).trim();
    return dirty ? `commit ${commit} (model code has uncommitted changes)` : `commit ${commit}`;
  } catch {
    return "commit unknown";
  }
}
