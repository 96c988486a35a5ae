/*
 * The workbook's fitted model as the custom functions see it, held once per shared runtime. The task pane calls
 * publishModel after a fit (same module instance: functions.js holds the shared modules, see ADDIN-NOTES §3);
 * on first use after the workbook opens, the store reads the saved model from the workbook itself.
 * Streaming functions subscribe, so every formula that reads the model recalculates when a new one is published.
 */
import { ModelNotFittedError } from "../core/errors";
import { NO_MODEL_MESSAGE } from "./constants";
import { loadModel } from "./loadModel";
import { readSavedModel, type SavedModel } from "./savedModel";

/** What the store holds: not read yet, no model in the workbook, a model, or a model that could not be read. */
export type ModelState =
  | { readonly status: "unknown" }
  | { readonly status: "missing" }
  | { readonly status: "ready"; readonly saved: SavedModel }
  | { readonly status: "failed"; readonly error: unknown };

type Listener = (state: ModelState) => void;

let state: ModelState = { status: "unknown" };
let loader: () => Promise<string | null> = loadModel;
let loading = false;
let version = 0;
const listeners = new Set<Listener>();

function settle(next: ModelState): void {
  state = next;
  for (const listener of [...listeners]) listener(state);
}

function toState(json: string | null): ModelState {
  if (json === null) return { status: "missing" };
  try {
    return { status: "ready", saved: readSavedModel(json) };
  } catch (error) {
    return { status: "failed", error };
  }
}

/**
 * Makes a model (or none) the workbook's current one and recalculates every formula that reads it. The task pane
 * calls it after saving a fit, with the same text it saved: `publishModel(savedModelJson(result))`.
 *
 * @param json - "mmm-workbook-model/1" or "mmm-model/1" JSON, or null when the model was removed
 * @example
 * publishModel(savedModelJson(result)); // => every MMM.PREDICT/ROAS/RESPONSE/OPTIMIZE/MODEL cell updates
 * @see savedModelJson
 */
export function publishModel(json: string | null): void {
  version += 1;
  settle(toState(json));
}

/**
 * Calls `listener` with the current model state now (or once the workbook has been read) and again after every
 * publishModel. The first subscriber triggers the read of the saved model from the workbook.
 *
 * @param listener - receives each state; never called with "unknown"
 * @returns a function that stops the calls (for a streaming invocation's onCanceled)
 * @example
 * const stop = subscribeModel((s) => console.log(s.status)); // => "ready"
 */
export function subscribeModel(listener: Listener): () => void {
  listeners.add(listener);
  if (state.status !== "unknown") listener(state);
  else if (!loading) {
    loading = true;
    const started = version;
    loader().then(
      (json) => {
        loading = false;
        if (version === started) settle(toState(json));
      },
      (error: unknown) => {
        loading = false;
        const reason = error instanceof Error ? error.message : String(error);
        const message = `${NO_MODEL_MESSAGE} (the saved model could not be read: ${reason})`;
        if (version === started)
          settle({ status: "failed", error: new ModelNotFittedError(message) });
      }
    );
  }
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Replaces how the saved model is read and forgets the current one (tests, or a host without custom XML parts).
 *
 * @param read - resolves with the saved JSON or null
 * @example
 * resetModelStore(async () => null); // => the next subscriber sees "missing"
 */
export function resetModelStore(read: () => Promise<string | null> = loadModel): void {
  loader = read;
  loading = false;
  version += 1;
  state = { status: "unknown" };
  listeners.clear();
}
