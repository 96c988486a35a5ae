import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** One output file of the runner: its name and text. */
export interface OutputFile {
  readonly name: string;
  readonly text: string;
}

/**
 * Writes every output file into `outDir`, all or nothing: the files are first written into a temporary folder
 * beside it and moved in only when all were written, so a failure leaves `outDir` as it was.
 */
export function writeOutputs(outDir: string, files: readonly OutputFile[]): void {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), ".mmm-staging-"));
  try {
    for (const file of files) writeFileSync(join(staging, file.name), file.text, "utf8");
    mkdirSync(target, { recursive: true });
    for (const file of files) renameSync(join(staging, file.name), join(target, file.name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
