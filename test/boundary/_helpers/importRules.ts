import { readdirSync, statSync } from "fs";
import { join, relative, sep } from "path";

/** A layering rule: no file under `from` may import a module under `forbidden` (both relative to the repo root). */
export interface ImportRule {
  readonly from: string;
  readonly forbidden: string;
  /** Why, shown when the rule fails. */
  readonly reason: string;
}

/** Every .ts/.tsx file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** Module specifiers of every import, export-from, require and dynamic import (type-only ones too: they couple). */
export function importSpecifiers(source: string): string[] {
  // Doc comments may name other folders; only code counts.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  return [
    ...code.matchAll(
      /(?:import|export)[^"';]*?from\s*["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)|import\(\s*["']([^"']+)["']\s*\)/g
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

/**
 * The imports of one file (at `file`, absolute, with text `source`) that break `rule`, as repo-relative paths of
 * their targets. Package imports never break a folder rule.
 */
export function ruleViolations(
  root: string,
  file: string,
  source: string,
  rule: ImportRule
): string[] {
  const inside = (path: string, folder: string) => {
    const fromFolder = relative(join(root, folder), path);
    return fromFolder === "" || !(fromFolder.startsWith("..") || fromFolder.startsWith(sep));
  };
  if (!inside(file, rule.from)) return [];
  return importSpecifiers(source)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => join(file, "..", specifier))
    .filter((target) => inside(target, rule.forbidden))
    .map((target) => relative(root, target));
}
