import * as fs from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { RunnerInputError } from "./RunnerInputError";
import { fileErrorReason } from "./fileErrorReason";

/** One output file of the runner: its name and text. */
export interface OutputFile {
  readonly name: string;
  readonly text: string;
}

/** The file-system calls `writeOutputs` makes, injectable so a test can make one of them fail mid-way. */
export type OutputFileSystem = Pick<
  typeof fs,
  | "existsSync"
  | "mkdirSync"
  | "mkdtempSync"
  | "renameSync"
  | "rmSync"
  | "rmdirSync"
  | "statSync"
  | "writeFileSync"
>;

/** Options of `writeOutputs`. */
export interface WriteOutputsOptions {
  /** @defaultValue node:fs */
  readonly fileSystem?: OutputFileSystem;
}

/** Prefix of the staging folder made beside the output folder (same volume, so moves are renames). */
export const STAGING_PREFIX = ".mmm-staging-";

function checkOutputFolder(files: OutputFileSystem, target: string): void {
  if (files.existsSync(target) && !files.statSync(target).isDirectory()) {
    throw new RunnerInputError(
      `--out ${target} is a file, not a folder. Give a folder name (it is created if missing).`
    );
  }
}

/**
 * Checks that `outDir` can be an output folder before any work is done (it is not an existing file).
 *
 * @throws {RunnerInputError} when `outDir` is an existing file
 */
export function assertOutputFolder(outDir: string, options: WriteOutputsOptions = {}): void {
  checkOutputFolder(options.fileSystem ?? fs, resolve(outDir));
}

/**
 * Writes every output file into `outDir`, all or nothing. The files are written into a staging folder beside it;
 * each old file of the same name is moved into the staging folder's backup before the new one is moved in. If any
 * step fails (a rename refused because the file is open in Excel on Windows, a full disk) the new files are
 * removed and the backups moved back, so `outDir` holds exactly what it held before, byte for byte.
 *
 * @param outDir - the output folder (created if missing; other files in it are left alone)
 * @param files - name and text of each file
 * @param options - `fileSystem` to inject (tests)
 * @throws {RunnerInputError} when `outDir` is a file, or a file could not be written (the folder is then as it was;
 *   should even the restore fail, the message says where the old files are)
 */
export function writeOutputs(
  outDir: string,
  files: readonly OutputFile[],
  options: WriteOutputsOptions = {}
): void {
  const io = options.fileSystem ?? fs;
  const target = resolve(outDir);
  checkOutputFolder(io, target);
  let staging: string;
  try {
    io.mkdirSync(dirname(target), { recursive: true });
    staging = io.mkdtempSync(join(dirname(target), STAGING_PREFIX));
  } catch (error) {
    throw new RunnerInputError(`Cannot write into ${dirname(target)}: ${fileErrorReason(error)}.`, {
      cause: error,
    });
  }
  const fresh = join(staging, "new");
  const backup = join(staging, "backup");
  const createdTarget = !io.existsSync(target);
  const backedUp: string[] = [];
  const movedIn: string[] = [];
  let current = "";
  try {
    io.mkdirSync(fresh);
    io.mkdirSync(backup);
    for (const file of files) {
      current = file.name;
      io.writeFileSync(join(fresh, file.name), file.text, "utf8");
    }
    io.mkdirSync(target, { recursive: true });
    for (const file of files) {
      current = file.name;
      if (io.existsSync(join(target, file.name))) {
        io.renameSync(join(target, file.name), join(backup, file.name));
        backedUp.push(file.name);
      }
      io.renameSync(join(fresh, file.name), join(target, file.name));
      movedIn.push(file.name);
    }
  } catch (error) {
    const restored = rollBack(io, target, backup, backedUp, movedIn, createdTarget);
    const failed = `Could not write ${current} into ${target}: ${fileErrorReason(error)}.`;
    if (!restored) {
      throw new RunnerInputError(
        `${failed} Restoring the old files also failed: they are in ${backup}; copy them back by hand.`,
        { cause: error }
      );
    }
    io.rmSync(staging, { recursive: true, force: true });
    throw new RunnerInputError(`${failed} Nothing was changed in ${basename(target)}.`, {
      cause: error,
    });
  }
  io.rmSync(staging, { recursive: true, force: true });
}

/** Removes the new files and moves the backups back; false when that failed (the backups are then kept). */
function rollBack(
  io: OutputFileSystem,
  target: string,
  backup: string,
  backedUp: readonly string[],
  movedIn: readonly string[],
  createdTarget: boolean
): boolean {
  try {
    for (const name of movedIn) io.rmSync(join(target, name), { force: true });
    for (const name of backedUp) io.renameSync(join(backup, name), join(target, name));
  } catch {
    return false;
  }
  if (createdTarget) {
    try {
      io.rmdirSync(target);
    } catch {
      // Left in place when something else was put in it meanwhile; an empty folder is harmless.
    }
  }
  return true;
}
