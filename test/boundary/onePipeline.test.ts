// The runner and the pane's worker are thin callers of the one pipeline (src/core/pipeline/runMmm): neither may
// orchestrate the fit or the bootstrap itself, or their step order and failure policy drift apart again.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const root = join(__dirname, "../..");
const callers = ["src/cli", "src/taskpane/worker"];
/** Modules only the pipeline may call on a caller's behalf. */
const pipelineSteps = [
  /core\/attribution\/fitMmm$/,
  /core\/analysis\/bootstrapIntervals$/,
  /core\/analysis\/diagnoseFit$/,
  /core\/analysis\/planBudget$/,
  /core\/analysis\/sensitivityAnalysis$/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** Value imports (type-only imports carry no behaviour). */
export function valueImports(source: string): string[] {
  return [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s*["']([^"']+)["']/gm)].map(
    (m) => m[1] ?? ""
  );
}

const stepImports = (file: string): string[] =>
  valueImports(readFileSync(file, "utf8")).filter((specifier) =>
    pipelineSteps.some((step) => step.test(specifier))
  );

describe("one pipeline", () => {
  const files = callers.flatMap((dir) => sourceFiles(join(root, dir)));

  it("finds the callers' files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("the checker sees a step imported directly", () => {
    const source =
      'import { fitMmm } from "../core/attribution/fitMmm";\nimport type { X } from "../core/analysis/planBudget";';
    expect(valueImports(source).filter((s) => pipelineSteps.some((step) => step.test(s)))).toEqual([
      "../core/attribution/fitMmm",
    ]);
  });

  it.each(files.map((f) => [relative(root, f), f]))(
    "%s reaches the fit and the analysis steps only through runMmm",
    (_name, file) => {
      expect(stepImports(file)).toEqual([]);
    }
  );
});
