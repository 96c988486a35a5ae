import { InvalidParameterError } from "../../errors";

/** Rejects a penalty that is negative or not finite. */
export function checkPenalty(penalty: number): void {
  if (!(penalty >= 0 && Number.isFinite(penalty))) {
    throw new InvalidParameterError(
      "penalty",
      `penalty must be a finite number, 0 or more (got ${penalty}).`
    );
  }
}

/** The message of a singular unpenalised ridge system. */
export const SINGULAR_RIDGE_MESSAGE =
  "The columns of X are collinear (or there are more columns than rows), so a fit without penalty has no unique " +
  "solution; use a penalty above 0, or fitOls, which sets aliased columns aside.";
