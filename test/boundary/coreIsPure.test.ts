// src/core must run in Node, a Web Worker and the custom-functions runtime: it may import only itself,
// ml-matrix, the seeded random-number library and the statistics/ML libraries it documents.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const coreRoot = join(__dirname, "../../src/core");
const allowedPackages = ["ml-matrix", "pure-rand", "jstat", "ml-random-forest", "ml-cart"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers = [
    ...source.matchAll(
      /(?:import|export)[^"']*?from\s*["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)|import\(\s*["']([^"']+)["']\s*\)/g
    ),
  ];
  return specifiers.map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

describe("src/core boundary", () => {
  const files = sourceFiles(coreRoot);

  it("finds the core's source files", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [relative(coreRoot, f), f]))(
    "%s imports only core modules and allowed libraries",
    (_name, file) => {
      const source = readFileSync(file, "utf8");
      // Doc comments may mention Office or the DOM; only code counts.
      const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      for (const specifier of importsOf(code)) {
        if (specifier.startsWith(".")) {
          const target = join(file, "..", specifier);
          expect(relative(coreRoot, target).startsWith("..")).toBe(false);
        } else {
          const packageName = specifier
            .split("/")
            .slice(0, specifier.startsWith("@") ? 2 : 1)
            .join("/");
          expect(allowedPackages).toContain(packageName);
        }
      }
      expect(code).not.toMatch(/\b(Office|Excel|CustomFunctions)\.\w/);
      // DOM globals (window, document) are caught with scope analysis by tsconfig.core.json (no DOM lib) and
    // eslint no-restricted-globals; a regex here would flag local variables named `window`.
      expect(code).not.toMatch(/Math\.random\(/);
    }
  );
});
