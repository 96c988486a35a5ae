// src/core must run in Node, a Web Worker and the custom-functions runtime: it may import only itself,
// ml-matrix, the seeded random-number library and the statistics/ML libraries it documents.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import {
  ruleViolations,
  sourceFiles as allSourceFiles,
  type ImportRule,
} from "./_helpers/importRules";

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

const repoRoot = join(__dirname, "../..");

/** Layering of the surfaces and of the core's folders (the core's own purity is checked above). */
const layerRules: readonly ImportRule[] = [
  {
    from: "src/taskpane",
    forbidden: "src/functions",
    reason: "the task pane and the custom functions share only src/workbookModel and src/core",
  },
  {
    from: "src/functions",
    forbidden: "src/taskpane",
    reason: "the task pane and the custom functions share only src/workbookModel and src/core",
  },
  {
    from: "src/workbookModel",
    forbidden: "src/taskpane",
    reason: "the shared workbook-model adapter serves both surfaces, so it may import neither",
  },
  {
    from: "src/workbookModel",
    forbidden: "src/functions",
    reason: "the shared workbook-model adapter serves both surfaces, so it may import neither",
  },
  {
    from: "src/core/model",
    forbidden: "src/core/analysis",
    reason: "data → model → analysis: the analysis reads a fitted model, never the other way round",
  },
  {
    from: "src/core/model",
    forbidden: "src/core/attribution",
    reason:
      "model → attribution: effects and contributions read a fitted model; fitting never depends on them (fitMmm, which joins both, lives in attribution)",
  },
];

describe("layer rules", () => {
  it("the checker flags a synthetic violating import and passes a clean one", () => {
    const file = join(repoRoot, "src/taskpane/components/Fake.tsx");
    const source = [
      'import { publishModel } from "../../functions/modelStore";',
      'import type { SavedModel } from "../../workbookModel/savedModel";',
      '// import { x } from "../../functions/commentedOut";',
      'const lazy = () => import("../../functions/functions");',
    ].join("\n");
    const rule = layerRules[0] as ImportRule;
    expect(ruleViolations(repoRoot, file, source, rule)).toEqual([
      join("src", "functions", "modelStore"),
      join("src", "functions", "functions"),
    ]);
    const outside = join(repoRoot, "src/cli/main.ts");
    expect(ruleViolations(repoRoot, outside, source, rule)).toEqual([]);
  });

  it("the checker flags src/core/model reaching into src/core/analysis", () => {
    const file = join(repoRoot, "src/core/model/_internal/fake.ts");
    const rule = layerRules[4] as ImportRule;
    expect(
      ruleViolations(repoRoot, file, 'export { x } from "../../analysis/diagnoseFit";', rule)
    ).toEqual([join("src", "core", "analysis", "diagnoseFit")]);
    expect(
      ruleViolations(repoRoot, file, 'import { y } from "../../attribution/z";', rule)
    ).toEqual([]);
  });

  it("the checker flags src/core/model reaching into src/core/attribution, type-only imports too", () => {
    const file = join(repoRoot, "src/core/model/fitModel.ts");
    const rule = layerRules[5] as ImportRule;
    expect(
      ruleViolations(
        repoRoot,
        file,
        [
          'import { counterfactualEffects } from "../attribution/counterfactualEffects";',
          'import type { CounterfactualRun } from "../attribution";',
          'import { evaluateStage } from "./_internal/evaluateStage";',
        ].join("\n"),
        rule
      )
    ).toEqual([
      join("src", "core", "attribution", "counterfactualEffects"),
      join("src", "core", "attribution"),
    ]);
    // The reverse direction is the intended one.
    const reader = join(repoRoot, "src/core/attribution/fitMmm.ts");
    expect(
      ruleViolations(repoRoot, reader, 'import { fitModel } from "../model/fitModel";', rule)
    ).toEqual([]);
  });

  const cases = layerRules.flatMap((rule) =>
    allSourceFiles(join(repoRoot, rule.from)).map(
      (file) => [`${relative(repoRoot, file)} ⇏ ${rule.forbidden}`, file, rule] as const
    )
  );

  it("finds files under every rule's folder", () => {
    for (const rule of layerRules)
      expect(cases.filter(([, , r]) => r === rule).length).toBeGreaterThan(0);
  });

  it.each(cases)("%s", (_name, file, rule) => {
    const violations = ruleViolations(repoRoot, file, readFileSync(file, "utf8"), rule);
    expect({ violations, reason: rule.reason }).toEqual({ violations: [], reason: rule.reason });
  });
});
