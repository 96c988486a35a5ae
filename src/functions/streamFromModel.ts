import { ModelNotFittedError } from "../core/errors";
import { NO_MODEL_MESSAGE } from "../workbookModel/constants";
import { subscribeModel } from "../workbookModel/modelStore";
import type { SavedModel } from "../workbookModel/savedModel";
import { toExcelError } from "./toExcelError";

/**
 * Runs a streaming custom function on the workbook's model: sets the cell's result from `compute` now and again
 * whenever the model changes; #N/A with a message when there is no model; any error mapped by toExcelError.
 * Stops listening when Excel cancels the invocation (the formula was deleted or changed).
 *
 * @param invocation - the StreamingInvocation Excel passes as the last argument
 * @param compute - builds the cell's value from the saved model (may throw core errors)
 * @example
 * streamFromModel(invocation, (saved) => [[saved.model.data.weeks]]); // => the cell shows 104
 */
export function streamFromModel<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  compute: (saved: SavedModel) => T
): void {
  const stop = subscribeModel((state) => {
    try {
      if (state.status === "ready") invocation.setResult(compute(state.saved));
      else if (state.status === "failed") throw state.error;
      else throw new ModelNotFittedError(NO_MODEL_MESSAGE);
    } catch (error) {
      invocation.setResult(toExcelError(error));
    }
  });
  invocation.onCanceled = stop;
}
