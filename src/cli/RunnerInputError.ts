/**
 * A problem with the runner's files that the user can fix (a CSV that cannot be parsed, an output folder that
 * cannot be written). `message` says what and how, in plain words; the runner prints it without a stack and exits 1.
 */
export class RunnerInputError extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = "RunnerInputError";
  }
}
