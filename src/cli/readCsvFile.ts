import { readFileSync } from "node:fs";
import { fileErrorReason } from "./fileErrorReason";
import { RunnerInputError } from "./RunnerInputError";
import { decodeCsvBytes, type DecodedCsv } from "./decodeCsvBytes";

/**
 * Reads a CSV file as bytes and decodes it (see `decodeCsvBytes`: strict UTF-8, else Windows-1252 with a warning).
 *
 * @param path - the CSV file
 * @throws {RunnerInputError} when the file cannot be read, saying why
 */
export function readCsvFile(path: string): DecodedCsv {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new RunnerInputError(`Cannot read ${path}: ${fileErrorReason(error)}.`, { cause: error });
  }
  return decodeCsvBytes(bytes, path);
}
