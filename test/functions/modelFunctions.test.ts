import { afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { installCustomFunctionsFake } from "./customFunctionsFake";
installCustomFunctionsFake();
import { model, optimize, predict, response, roas } from "../../src/functions/functions";
import { publishModel, resetModelStore } from "../../src/workbookModel/modelStore";
import { savedModelJson } from "../../src/workbookModel/savedModel";
import { serializeModel } from "../../src/core/model/serializeModel";
import { planBudget } from "../../src/core/analysis/planBudget";
import { predictModel } from "../../src/core/model/predictModel";
import { modelResponse } from "../../src/core/scenario/modelResponse";
import type { MmmResult } from "../../src/core/model/types";
import type { Dataset } from "../../src/core/types";
import { fakeInvocation, flush } from "./_helpers/fakeInvocation";
import { fittedFixture, TOLERANCE } from "./_helpers/fittedModel";

let result: MmmResult;
let dataset: Dataset;
let saved: string;
beforeAll(async () => {
  ({ result, dataset } = await fittedFixture());
  saved = savedModelJson(result);
}, 60_000);
afterEach(() => resetModelStore(async () => null));

const NO_MODEL = /No fitted model in this workbook: use Fit model in the task pane/;
const excelError = (code: string, text: RegExp) =>
  expect.objectContaining({ code, message: expect.stringMatching(text) });
const omitted = null as never;

/** The observed input columns as a scenario table: header row, then one row per week. */
function observedTable(): unknown[][] {
  const { social, mediator, controls } = result.model.roles;
  const names = [...social, mediator as string, ...controls];
  const rows = Array.from({ length: dataset.weeks.length }, (_, t) =>
    names.map((n) => dataset.columns[n]?.[t] as number)
  );
  return [names, ...rows];
}

describe("MMM.PREDICT", () => {
  it('reproduces the fitted revenue series over the observed weeks with history "none"', () => {
    publishModel(saved);
    const call = fakeInvocation<unknown[][]>();
    predict(observedTable(), omitted, omitted, "none", call.invocation);
    const predicted = (call.last() as number[][]).map((r) => r[0] as number);
    const fitted = result.series.stage2.fitted;
    expect(predicted).toHaveLength(fitted.length);
    predicted.forEach((value, t) => {
      expect(Math.abs(value - (fitted[t] as number))).toBeLessThanOrEqual(
        TOLERANCE.relativeRounding * Math.abs(fitted[t] as number)
      );
    });
  });

  it("spills revenue, google, baseline, direct and mediated under a label row, as predictModel gives them", () => {
    publishModel(saved);
    const call = fakeInvocation<unknown[][]>();
    const table = [
      ["week", "tiktok_spend", "average_price"],
      ["2025-09-14", 500, 30],
      ["2025-09-21", 800, 31],
    ];
    predict(table, true, true, omitted, call.invocation);
    const core = predictModel(result.model, {
      columns: { tiktok_spend: [500, 800], average_price: [30, 31] },
      periods: 2,
    });
    expect(call.last()).toEqual([
      ["revenue", "google_spend", "baseline", "direct", "mediated"],
      ...[0, 1].map((t) => [
        core.revenue[t],
        core.mediator[t],
        core.baseline[t],
        core.direct[t],
        core.mediated[t],
      ]),
    ]);
  });

  it("answers #VALUE! for an unknown column, a text cell, no week rows and an unknown history", () => {
    publishModel(saved);
    const cases: [unknown[][], string, RegExp][] = [
      [[["tv_spend"], [1]], "stored", /'tv_spend', which the model does not use.*tiktok_spend/],
      [[["tiktok_spend"], ["lots"]], "stored", /"lots" in column 'tiktok_spend', week 1/],
      [[["tiktok_spend"]], "stored", /at least one week/],
      [
        [
          ["tiktok_spend", "tiktok_spend"],
          [1, 2],
        ],
        "stored",
        /names 'tiktok_spend' twice/,
      ],
      [[["tiktok_spend"], [1]], "future", /history must be one of "stored", "none"/],
    ];
    for (const [table, history, message] of cases) {
      const call = fakeInvocation<unknown[][]>();
      predict(table, false, false, history, call.invocation);
      expect(call.last()).toEqual(excelError("#VALUE!", message));
    }
  });
});

describe("MMM.ROAS", () => {
  it("gives total, direct and indirect ROAS from the saved effects", () => {
    publishModel(saved);
    const tiktok = result.effects.channels.find((c) => c.channel === "tiktok_spend");
    for (const path of ["total", "direct", "indirect"] as const) {
      const call = fakeInvocation<number>();
      roas("tiktok_spend", path, call.invocation);
      expect(call.last()).toBeCloseTo((tiktok?.[path] ?? NaN) / (tiktok?.spend ?? NaN), 12);
    }
    const call = fakeInvocation<number>();
    roas("google_spend", omitted, call.invocation);
    expect(call.last()).toBe(result.effects.mediator?.roas);
  });

  it("answers #VALUE! for an unknown channel or path and the mediator's indirect path; #N/A without effects", () => {
    publishModel(saved);
    const cases: [string, string, string, RegExp][] = [
      ["tv_spend", "total", "#VALUE!", /'tv_spend' is not a channel/],
      ["tiktok_spend", "sideways", "#VALUE!", /path must be one of "total", "direct", "indirect"/],
      ["google_spend", "indirect", "#VALUE!", /mediator: it has only a total ROAS/],
    ];
    for (const [channel, path, code, message] of cases) {
      const call = fakeInvocation<number>();
      roas(channel, path, call.invocation);
      expect(call.last()).toEqual(excelError(code, message));
    }
    publishModel(serializeModel(result.model));
    const call = fakeInvocation<number>();
    roas("tiktok_spend", "total", call.invocation);
    expect(call.last()).toEqual(excelError("#N/A", /saved without its effects/));
  });

  it("answers #DIV/0! for a channel that had no spend", () => {
    const envelope = JSON.parse(saved) as {
      effects: { channels: { channel: string; spend: number }[] };
    };
    envelope.effects.channels.forEach(
      (c) => (c.spend = c.channel === "tiktok_spend" ? 0 : c.spend)
    );
    publishModel(JSON.stringify(envelope));
    const call = fakeInvocation<number>();
    roas("tiktok_spend", omitted, call.invocation);
    expect(call.last()).toEqual(excelError("#DIV/0!", /'tiktok_spend' had no spend/));
  });
});

describe("MMM.RESPONSE", () => {
  it("agrees with modelResponse cell by cell, keeping the range's shape", () => {
    publishModel(saved);
    const call = fakeInvocation<number[][]>();
    response(
      "tiktok_spend",
      [
        [0, 1000],
        [2000, 4000],
      ],
      call.invocation
    );
    const curve = modelResponse(result.model, "tiktok_spend");
    expect(call.last()).toEqual([
      [curve(0), curve(1000)],
      [curve(2000), curve(4000)],
    ]);
  });

  it("answers #VALUE! for a negative or text spend and an unknown channel", () => {
    publishModel(saved);
    const cases: [string, unknown[][], RegExp][] = [
      ["tiktok_spend", [[-5]], /at least 0/],
      ["tiktok_spend", [[1, "x"]], /"x" at row 1, column 2/],
      ["radio", [[1]], /'radio' is not a channel/],
      ["google_spend", [[1]], /'google_spend' is the mediator/],
    ];
    for (const [channel, spend, message] of cases) {
      const call = fakeInvocation<number[][]>();
      response(channel, spend, call.invocation);
      expect(call.last()).toEqual(excelError("#VALUE!", message));
    }
  });
});

describe("MMM.OPTIMIZE", () => {
  it("spills channel, current and recommended and net revenue at both as planBudget gives them, google's predicted spend and the window", () => {
    publishModel(saved);
    const call = fakeInvocation<unknown[][]>();
    optimize(8000, 0.6, 1.4, call.invocation);
    const core = planBudget(result.model, { total: 8000, minShare: 0.6, maxShare: 1.4 });
    const google = core.mediator!;
    expect(call.last()).toEqual([
      [
        "channel",
        "current",
        "recommended",
        "revenue now, net of induced google spend",
        "revenue recommended, net of induced google spend",
      ],
      ...core.channels.map((c) => [
        c.channel,
        c.current,
        c.recommended,
        c.currentNetRevenue,
        c.recommendedNetRevenue,
      ]),
      ["google_spend (predicted, not allocated)", google.current, google.recommended, "", ""],
      [core.window.statement, "", "", "", ""],
    ]);
  });

  it("answers #VALUE! for a budget outside the bounds and for min above max", () => {
    publishModel(saved);
    const call = fakeInvocation<unknown[][]>();
    optimize(1e9, omitted, omitted, call.invocation);
    expect(call.last()).toEqual(excelError("#VALUE!", /above the sum of the channel maximums/));
    optimize(8000, 2, 1, call.invocation);
    expect(call.last()).toEqual(excelError("#VALUE!", /0 ≤ min ≤ max/));
  });
});

describe("MMM.MODEL", () => {
  it("spills the data range, fit time, form, variant and holdout scores", () => {
    publishModel(saved);
    const call = fakeInvocation<unknown[][]>();
    model(call.invocation);
    const rows = new Map((call.last() as [string, unknown][]).map(([k, v]) => [k, v]));
    expect(rows.get("data start")).toBe(result.data.start);
    expect(rows.get("weeks")).toBe(104);
    expect(rows.get("fit time")).toBe("2026-01-01T00:00:00Z");
    expect(rows.get("form")).toBe(result.form);
    expect(rows.get("holdout start")).toBe(result.data.holdoutStart);
    expect(rows.get("holdout R²")).toBe(result.metrics.stage2.holdout?.r2);
  });
});

describe("model-reading functions without a model, and after a new fit", () => {
  it("answer #N/A with the task-pane hint when the workbook holds no model", async () => {
    const calls = [fakeInvocation<unknown>(), fakeInvocation<unknown>(), fakeInvocation<unknown>()];
    model(calls[0]!.invocation as never);
    roas("tiktok_spend", omitted, calls[1]!.invocation as never);
    predict([["tiktok_spend"], [1]], false, false, omitted, calls[2]!.invocation as never);
    await flush();
    for (const call of calls) expect(call.last()).toEqual(excelError("#N/A", NO_MODEL));
  });

  it("recalculate when the task pane publishes a model, and stop after Excel cancels", async () => {
    const live = fakeInvocation<unknown[][]>();
    const cancelled = fakeInvocation<unknown[][]>();
    model(live.invocation);
    model(cancelled.invocation);
    await flush();
    cancelled.cancel();
    publishModel(saved);
    expect(live.results).toHaveLength(2);
    expect((live.last() as unknown[][])[0]).toEqual(["schema", "mmm-model/1"]);
    expect(cancelled.results).toHaveLength(1);
  });

  it("read the model saved in the workbook on first use (after reopening)", async () => {
    resetModelStore(async () => saved);
    const call = fakeInvocation<number>();
    roas("tiktok_spend", "total", call.invocation);
    expect(call.results).toHaveLength(0);
    await flush();
    expect(typeof call.last()).toBe("number");
  });

  it("answer #VALUE! naming the problem when the saved model cannot be read", () => {
    publishModel('{"schema":"mmm-model/0"}');
    const call = fakeInvocation<unknown[][]>();
    model(call.invocation);
    expect(call.last()).toEqual(excelError("#VALUE!", /schema is 'mmm-model\/0'/));
  });
});
