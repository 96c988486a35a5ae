import type { SelectionData } from "../excel/readSelection";

/**
 * Whether the block read when Fit was pressed differs from the one read at Use selection, so the fit re-runs
 * ingestion on the cells as they are now. The grids are compared as JSON: they hold only plain cell values, so
 * that is a complete deep comparison without a library.
 * @param before - The selection read at Use selection.
 * @param now - The same block read again at Fit.
 * @returns True when the address, the values or the number formats differ.
 * @example selectionChanged(selection, { ...selection, address: "Sheet1!A1:D60" }) // => true
 */
export function selectionChanged(before: SelectionData, now: SelectionData): boolean {
  return (
    before.address !== now.address ||
    JSON.stringify(before.values) !== JSON.stringify(now.values) ||
    JSON.stringify(before.numberFormats) !== JSON.stringify(now.numberFormats)
  );
}
