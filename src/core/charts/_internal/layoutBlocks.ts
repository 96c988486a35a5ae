import { DASHBOARD_BLOCK_GAP } from "../constants";
import type { DashboardBlock } from "../types";
import { cellAddress, columnRange } from "../a1";
import type { BlockDraft } from "./dashboardBlocks";

/** Placed blocks and a lookup of a block column's data range (what a chart series references). */
export interface BlockLayout {
  readonly blocks: readonly DashboardBlock[];
  /** Data range (header excluded) of the column named `header` in block `id`, e.g. "B62:B66". */
  readonly range: (id: string, header: string) => string;
}

/**
 * Stacks the blocks from sheet row `firstRow` down column A: a title row, the header row, the data rows, then
 * DASHBOARD_BLOCK_GAP empty rows.
 * @throws {Error} from `range` when a chart asks for a column no block has (a bug in a chart spec)
 */
export function layoutBlocks(drafts: readonly BlockDraft[], firstRow: number): BlockLayout {
  let row = firstRow;
  const blocks = drafts.map((draft): DashboardBlock => {
    const titleRow = row;
    const headerRow = row + 1;
    const lastRow = headerRow + draft.rows.length;
    row = lastRow + 1 + DASHBOARD_BLOCK_GAP;
    return {
      ...draft,
      titleAddress: cellAddress(0, titleRow),
      address: `${cellAddress(0, headerRow)}:${cellAddress(draft.header.length - 1, lastRow)}`,
    };
  });
  const range = (id: string, header: string): string => {
    const block = blocks.find((b) => b.id === id);
    const column = block ? block.header.indexOf(header) : -1;
    if (!block || column < 0)
      throw new Error(`The dashboard has no column "${header}" in block "${id}".`);
    const headerRow = Number(/\d+/.exec(block.address)?.[0]);
    return columnRange(column, headerRow + 1, headerRow + Math.max(1, block.rows.length));
  };
  return { blocks, range };
}
