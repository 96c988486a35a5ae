import * as React from "react";
import type { PaneAdapters } from "../adapters";
import { EXPERIMENTS_SHEET_NAME } from "../constants";
import type { PaneAction } from "../state/actions";
import { messageOf } from "../state/messageOf";

/** What the pane can do with the "MMM Experiments" sheet. */
export interface ExperimentsSheetActions {
  /** Reads the sheet into the state; a failure is reported (Fit reads it again and stops on it). */
  readonly read: () => Promise<void>;
  /** Creates the sheet (the adapter writes nothing when it exists), then reads what is there. */
  readonly add: () => Promise<void>;
}

/**
 * The pane's reads and its one write of the lift-test sheet, kept out of App so App stays the flow of a fit.
 * @param adapters - The pane's adapters.
 * @param dispatch - The pane reducer's dispatch.
 * @returns read and add.
 * @example const experiments = useExperimentsSheet(adapters, dispatch); await experiments.read();
 */
export function useExperimentsSheet(
  adapters: PaneAdapters,
  dispatch: React.Dispatch<PaneAction>
): ExperimentsSheetActions {
  return React.useMemo(() => {
    const read = async (): Promise<void> => {
      try {
        dispatch({ type: "experimentsRead", sheet: await adapters.readExperiments() });
      } catch (error) {
        dispatch({
          type: "failed",
          message: `The ${EXPERIMENTS_SHEET_NAME} sheet could not be read: ${messageOf(error)}`,
        });
      }
    };
    const add = async (): Promise<void> => {
      try {
        await adapters.addExperimentsSheet();
      } catch (error) {
        dispatch({
          type: "failed",
          message: `The ${EXPERIMENTS_SHEET_NAME} sheet could not be added: ${messageOf(error)}`,
        });
        return;
      }
      await read();
    };
    return { read, add };
  }, [adapters, dispatch]);
}
