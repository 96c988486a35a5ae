/**
 * The text of whatever a failed call threw, for a message that quotes it ("… could not be read: <text>").
 * Adapters reject with Errors, but a rejected promise can carry anything, so non-Errors are shown as strings.
 * @param error - What was thrown or rejected.
 * @returns The error's message, or the value as a string.
 * @example messageOf(new Error("The sheet is protected.")) // => "The sheet is protected."
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
