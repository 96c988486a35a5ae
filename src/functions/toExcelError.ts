import {
  DataValidationError,
  InvalidParameterError,
  ModelNotFittedError,
  NumericalError,
} from "../core/errors";

/**
 * Maps anything a custom function caught to the Excel error a cell shows. Every surface maps errors once;
 * this is the custom functions' place. Bad input → #VALUE! with the message; numerical failure → #NUM!;
 * no fitted model → #N/A with the message.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  // Already an Excel error (a function chose the code itself): pass it through unchanged.
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof DataValidationError || error instanceof InvalidParameterError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
  if (error instanceof ModelNotFittedError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
  }
  if (error instanceof NumericalError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}
