// Acceptance test of issue 13: the Budget sheet (through the one pipeline and its sheet mapper) and the worksheet
// functions (through the model saved as JSON and parsed back, as the workbook does) give one answer.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { installCustomFunctionsFake } from "./customFunctionsFake";
installCustomFunctionsFake();
import { optimize, response } from "../../src/functions/functions";
import { publishModel, resetModelStore } from "../../src/workbookModel/modelStore";
import { savedModelJson } from "../../src/workbookModel/savedModel";
import type { BudgetPlan } from "../../src/core/analysis/types";
import { toDataset } from "../../src/core/data/toDataset";
import { runMmm } from "../../src/core/pipeline/runMmm";
import { simulateMmmData } from "../../src/core/simulate/simulateMmmData";
import { resultSheets } from "../../src/taskpane/sheets/resultSheets";
import type { SheetSpec } from "../../src/taskpane/sheets/SheetSpec";
import { fakeInvocation } from "./_helpers/fakeInvocation";

/** Same definition, same arithmetic: the two paths may differ only by rounding. */
const RELATIVE = 1e-9;
const omitted = null as never;

let plan: BudgetPlan;
let sheet: SheetSpec;
beforeAll(async () => {
  const ingested = toDataset(simulateMmmData({ seed: 11, weeks: 104 }).grid);
  if (!ingested.ok) throw new Error("the simulated grid should ingest cleanly");
  const run = await runMmm(ingested.dataset, { bootstrap: { replicates: 0 } });
  if (run.budget === null) throw new Error(`no budget plan: ${run.notes.join("; ")}`);
  plan = run.budget;
  const budgetSheet = resultSheets(run, ingested.dataset.weeks).find(
    (s) => s.name === "MMM Budget"
  );
  if (!budgetSheet) throw new Error("no Budget sheet");
  sheet = budgetSheet;
  resetModelStore(async () => null);
  publishModel(savedModelJson(run.result));
}, 120_000);

const expectClose = (actual: unknown, expected: unknown) => {
  expect(typeof actual).toBe("number");
  const e = expected as number;
  expect(Math.abs((actual as number) - e)).toBeLessThanOrEqual(RELATIVE * Math.max(Math.abs(e), 1));
};

describe("one spend-response definition", () => {
  it("MMM.OPTIMIZE spills the Budget sheet's current and recommended split", () => {
    const lines = sheet.rows.slice(0, plan.channels.length);
    const total = lines.reduce((s, row) => s + (row[1] as number), 0);
    const call = fakeInvocation<unknown[][]>();
    optimize(total, omitted, omitted, call.invocation);
    const spill = call.last() as unknown[][];
    const rows = spill.slice(1, 1 + lines.length);
    expect(rows.map((r) => r[0])).toEqual(lines.map((r) => r[0]));
    const key = (k: string) => sheet.header.indexOf(k);
    rows.forEach((row, i) => {
      expectClose(row[1], lines[i]![1]);
      expectClose(row[2], lines[i]![2]);
      // The same split, and the same net revenue (net of induced google spend) the sheet shows.
      expectClose(row[3], lines[i]![key("Weekly revenue now, net of induced google spend")]);
      expectClose(
        row[4],
        lines[i]![key("Weekly revenue recommended, net of induced google spend")]
      );
    });
    expect(spill.at(-1)?.[0]).toBe(plan.window.statement);
  });

  it("MMM.RESPONSE equals the plan's curve at the same spends", () => {
    for (const line of plan.channels) {
      const points = [line.curve[0]!, line.curve[10]!, line.curve.at(-1)!];
      const call = fakeInvocation<number[][]>();
      response(line.channel, [points.map((p) => p.spend)], call.invocation);
      const [values] = call.last() as number[][];
      points.forEach((p, i) => expectClose(values![i], p.revenue));
      const atCurrent = fakeInvocation<number[][]>();
      response(line.channel, [[line.current]], atCurrent.invocation);
      expectClose((atCurrent.last() as number[][])[0]![0], line.currentRevenue);
    }
  });

  it("the sheet's Total row is the sum of the lines above it and the sheet states the window", () => {
    const total = sheet.rows.find((row) => row[0] === "Total")!;
    const lines = sheet.rows.slice(0, sheet.rows.indexOf(total));
    expect(lines).toHaveLength(plan.channels.length);
    for (const column of [1, 2, 3, 7, 8]) {
      expectClose(
        total[column],
        lines.reduce((s, row) => s + (row[column] as number), 0)
      );
    }
    expect(sheet.notes).toContain(plan.window.statement);
  });
});
