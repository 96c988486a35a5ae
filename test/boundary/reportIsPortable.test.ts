// report.html is built by the runner (Node) and by the task pane's worker (a browser): src/report may not use Node
// built-ins, and only the worker may import it, so Vega (~1 MB) stays out of the pane's main bundle.
import { builtinModules } from "module";
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const root = join(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** Value imports (type-only imports carry no behaviour), as onePipeline.test.ts reads them. */
const valueImports = (source: string): string[] =>
  [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s*["']([^"']+)["']/gm)].map(
    (m) => m[1] ?? ""
  );

const nodeBuiltin = (specifier: string): boolean =>
  specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0] ?? "");

describe("report boundary", () => {
  it("src/report imports no Node built-in", () => {
    const files = sourceFiles(join(root, "src/report"));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) =>
      valueImports(readFileSync(file, "utf8"))
        .filter(nodeBuiltin)
        .map((specifier) => `${relative(root, file)} imports ${specifier}`)
    );
    expect(offenders).toEqual([]);
  });

  it("only the pane's worker imports src/report (Vega stays out of the pane's main bundle)", () => {
    const offenders = sourceFiles(join(root, "src/taskpane"))
      .filter((file) => !relative(root, file).startsWith("src/taskpane/worker/"))
      .flatMap((file) =>
        valueImports(readFileSync(file, "utf8"))
          .filter((specifier) => /\/report\//.test(specifier) || /^vega/.test(specifier))
          .map((specifier) => `${relative(root, file)} imports ${specifier}`)
      );
    expect(offenders).toEqual([]);
  });
});
