/**
 * Writing the result sheets failed. The message says what was removed again, so the user knows the workbook's state.
 */
export class WriteFailedError extends Error {
  /** Names of the sheets that had been written and were removed again. */
  readonly removed: readonly string[];
  /** Names of sheets that could not be removed (empty when the rollback worked). */
  readonly leftBehind: readonly string[];
  /**
   * @param message - User-facing message naming what happened to the workbook.
   * @param removed - Sheets removed by the rollback.
   * @param leftBehind - Sheets the rollback could not remove.
   * @param cause - The Excel error that stopped the write.
   */
  constructor(
    message: string,
    removed: readonly string[],
    leftBehind: readonly string[],
    cause?: unknown
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "WriteFailedError";
    this.removed = removed;
    this.leftBehind = leftBehind;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}
