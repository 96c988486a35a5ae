import { fitMmm } from "../../core/model/fitMmm";
import type { FitRequest, FitResponse } from "./fitProtocol";

/**
 * Runs one fit request and reports through `post`: progress messages, then the result or the error. Never throws.
 * The worker entry (fitWorker.ts) is this function bound to postMessage; tests call it directly.
 * @param request - Dataset and options.
 * @param post - Sends a message to the pane.
 * @param fit - The fit function (fitMmm; injectable for tests).
 * @returns Resolves when the final message has been posted.
 * @example await runFitRequest({ type: "fit", dataset, options: {} }, (m) => self.postMessage(m)); // => posts "result"
 * @see https://developer.mozilla.org/docs/Web/API/Web_Workers_API/Using_web_workers
 */
export async function runFitRequest(
  request: FitRequest,
  post: (message: FitResponse) => void,
  fit: typeof fitMmm = fitMmm
): Promise<void> {
  try {
    const result = await fit(request.dataset, request.options, {
      onProgress: (stage, done, total) => post({ type: "progress", stage, done, total }),
    });
    post({ type: "result", result });
  } catch (error) {
    post({
      type: "error",
      name: error instanceof Error ? error.name : "Error",
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
