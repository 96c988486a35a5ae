import type { PaneAction } from "./actions";
import { overallFraction } from "./overallProgress";
import type { PaneState } from "./paneState";

/**
 * The pane's reducer: a pure function of state and action (React's useReducer). Failures keep the selection and
 * options, so the user can fix a role or a cell and try again.
 * @param state - Current state.
 * @param action - What happened.
 * @returns The next state (the input is never mutated).
 * @example paneReducer(INITIAL_PANE_STATE, { type: "readStarted" }).status // => "reading"
 * @see https://react.dev/reference/react/useReducer
 */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "readStarted":
      return { ...state, status: "reading", message: null, notice: null };
    case "selectionRead":
      return {
        ...state,
        status: "idle",
        selection: action.selection,
        ingestion: action.ingestion,
        result: null,
        report: null,
        progress: null,
        elapsedMs: null,
      };
    case "rolesChanged":
      return { ...state, ingestion: action.ingestion };
    case "optionsChanged":
      return { ...state, options: { ...state.options, ...action.options } };
    case "fitStarted":
      return {
        ...state,
        status: "fitting",
        progress: { stage: "start", done: 0, total: 1 },
        progressFraction: 0,
        bootstrapStartedAt: null,
        progressAt: null,
        result: null,
        report: null,
        message: null,
        notice: null,
        pointEstimatesNote: null,
        elapsedMs: null,
      };
    case "fitProgressed":
      return state.status === "fitting"
        ? {
            ...state,
            progress: action.progress,
            progressAt: action.at,
            progressFraction: Math.max(
              state.progressFraction,
              overallFraction(action.progress, false)
            ),
          }
        : state;
    case "fitProvisional":
      return state.status === "fitting"
        ? { ...state, result: action.result, bootstrapStartedAt: action.at }
        : state;
    case "pointEstimatesWritten":
      return state.status === "fitting" ? { ...state, pointEstimatesNote: action.notice } : state;
    case "fitSucceeded":
      return { ...state, result: action.result, progress: null };
    case "replaceAsked":
      return { ...state, pendingReplace: action.sheets };
    case "replaceAnswered":
      return { ...state, pendingReplace: null };
    case "writeStarted":
      return {
        ...state,
        status: "writing",
        progressFraction: Math.max(state.progressFraction, overallFraction(null, true)),
      };
    case "writeSucceeded":
      return {
        ...state,
        status: "done",
        report: action.report,
        elapsedMs: action.elapsedMs,
        pointEstimatesNote: null,
      };
    case "writeSkipped":
      return {
        ...state,
        status: "done",
        report: null,
        notice: action.notice,
        pointEstimatesNote: null,
        elapsedMs: action.elapsedMs,
        pendingReplace: null,
      };
    case "selectionRefreshed":
      return {
        ...state,
        selection: action.selection,
        ingestion: action.ingestion,
        notice: action.notice,
      };
    case "failed":
      return {
        ...state,
        status: "failed",
        message: action.message,
        pointEstimatesNote: null,
        progress: null,
        pendingReplace: null,
      };
    case "messageDismissed":
      return { ...state, message: null };
    case "savedModelFound":
      return { ...state, savedModel: action.model };
    case "experimentsRead":
      return {
        ...state,
        experiments: action.sheet ? { kind: "present", sheet: action.sheet } : { kind: "absent" },
      };
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}
