/* global __dirname */
import { readFileSync } from "fs";
import { join } from "path";

/**
 * Reads a JSON fixture written by test/fixtures/scripts/makeValidationFixtures.py.
 *
 * @param name - file name under test/fixtures/validation, e.g. `metrics.json`
 * @returns the parsed JSON, typed by the caller
 */
export function readFixture<T>(name: string): T {
  return JSON.parse(
    readFileSync(join(__dirname, "../../../fixtures/validation", name), "utf8")
  ) as T;
}
