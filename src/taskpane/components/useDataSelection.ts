import type * as React from "react";
import type { ColumnRole } from "../../core/types";
import type { PaneAdapters } from "../adapters";
import type { PaneAction } from "../state/actions";
import { changeColumnRole } from "../state/changeColumnRole";
import { ingestSelection } from "../state/ingestSelection";
import { messageOf } from "../state/messageOf";
import type { FitFormOptions, PaneState } from "../state/paneState";
import type { ExperimentsSheetActions } from "./useExperimentsSheet";

/** What the Data and Options steps can do. */
export interface DataSelectionActions {
  /** The "Use selection" button (an event handler, not a hook): reads the selection, then the experiments sheet. */
  readonly useSelection: () => Promise<void>;
  /** Gives a column another role and re-runs ingestion with it. */
  readonly changeRole: (columnIndex: number, role: ColumnRole) => void;
  /** Changes Options; the ones ingestion depends on (single stage, date order) re-run it on the same cells. */
  readonly changeOptions: (options: Partial<FitFormOptions>) => void;
  /** Selects a cell named by an issue; a failure is reported in the message bar. */
  readonly goToCell: (address: string) => void;
}

/**
 * The handlers that read the data and re-run ingestion when roles or options change. They read the state of the
 * render that made them (no memoisation), as the handlers in App did.
 * @param adapters - The pane's adapters (readSelection, selectCell).
 * @param state - The pane's current state.
 * @param dispatch - The pane reducer's dispatch.
 * @param experiments - The experiments sheet's actions: Use selection reads the sheet after the data.
 * @returns useSelection, changeRole, changeOptions and goToCell.
 * @example const { useSelection } = useDataSelection(adapters, state, dispatch, experiments); await useSelection();
 */
export function useDataSelection(
  adapters: PaneAdapters,
  state: PaneState,
  dispatch: React.Dispatch<PaneAction>,
  experiments: ExperimentsSheetActions
): DataSelectionActions {
  const useSelection = async (): Promise<void> => {
    dispatch({ type: "readStarted" });
    try {
      const selection = await adapters.readSelection();
      const ingestion = ingestSelection(
        selection,
        null,
        state.options.allowSingleStage,
        state.options.dateOrder
      );
      dispatch({ type: "selectionRead", selection, ingestion });
    } catch (error) {
      dispatch({ type: "failed", message: `The selection could not be read: ${messageOf(error)}` });
      return;
    }
    await experiments.read();
  };

  const changeRole = (columnIndex: number, role: ColumnRole): void => {
    if (!state.selection || !state.ingestion) return;
    const entries = changeColumnRole(state.ingestion.columnRoles, columnIndex, role);
    dispatch({
      type: "rolesChanged",
      ingestion: ingestSelection(
        state.selection,
        entries,
        state.options.allowSingleStage,
        state.options.dateOrder
      ),
    });
  };

  const changeOptions = (options: Partial<FitFormOptions>): void => {
    dispatch({ type: "optionsChanged", options });
    const rereads = options.allowSingleStage !== undefined || options.dateOrder !== undefined;
    if (rereads && state.selection && state.ingestion) {
      const entries = state.ingestion.columnRoles.length > 0 ? state.ingestion.columnRoles : null;
      dispatch({
        type: "rolesChanged",
        ingestion: ingestSelection(
          state.selection,
          entries,
          options.allowSingleStage ?? state.options.allowSingleStage,
          options.dateOrder === undefined ? state.options.dateOrder : options.dateOrder
        ),
      });
    }
  };

  const goToCell = (address: string): void => {
    adapters.selectCell(address).catch((error: unknown) => {
      dispatch({ type: "failed", message: `Could not go to ${address}: ${messageOf(error)}` });
    });
  };

  return { useSelection, changeRole, changeOptions, goToCell };
}
