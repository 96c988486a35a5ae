import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

/** The user's answer: delete the earlier output, write beside it, or write nothing. */
export type ReplaceAnswer = "replace" | "keep" | "cancel";

/** Props of ReplaceDialog. */
export interface ReplaceDialogProps {
  /** Names of the earlier output sheets; the dialog is open while non-null. */
  readonly sheetNames: readonly string[] | null;
  readonly onAnswer: (answer: ReplaceAnswer) => void;
}

/**
 * Asks before the add-in replaces the sheets it wrote on an earlier fit (never a user's own sheets).
 * @param props - See ReplaceDialogProps.
 * @returns The modal dialog (closed when sheetNames is null).
 * @example <ReplaceDialog sheetNames={["MMM Summary"]} onAnswer={answer} />
 */
export function ReplaceDialog({ sheetNames, onAnswer }: ReplaceDialogProps): React.ReactElement {
  return (
    <Dialog
      open={sheetNames !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onAnswer("cancel");
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Replace the earlier results?</DialogTitle>
          <DialogContent>
            The add-in wrote these sheets on an earlier fit: {(sheetNames ?? []).join(", ")}.
            Replace them with the new results, or keep them and write the new results beside them.
            Your own sheets are never changed.
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => onAnswer("replace")}>
              Replace
            </Button>
            <Button onClick={() => onAnswer("keep")}>Keep both</Button>
            <Button onClick={() => onAnswer("cancel")}>Don&apos;t write</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
