/* global document */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CancelledError, NumericalError } from "../../../src/core/errors";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import type { FitOutcome } from "../../../src/taskpane/fitOutcome";
import type { PaneAdapters } from "../../../src/taskpane/adapters";
import { App } from "../../../src/taskpane/components/App";
import type { SelectionData } from "../../../src/taskpane/excel/readSelection";
import type { ExperimentsSheetData } from "../../../src/taskpane/excel/readExperimentsSheet";
import type { FitOptions } from "../../../src/core/model/types";
import {
  publishModel,
  resetModelStore,
  subscribeModel,
} from "../../../src/workbookModel/modelStore";
import type { ModelState } from "../../../src/workbookModel/modelStore";
import { savedModelJson } from "../../../src/workbookModel/savedModel";
import { preflight } from "../../../src/core/pipeline/preflight";
import { toDataset } from "../../../src/core/data/toDataset";
import { SAMPLE_HEALTH_FAIL, SAMPLE_OUTCOME } from "../fixtures/sampleResult";
import { fittedFixture } from "../../functions/_helpers/fittedModel";
import { PENDING_INTERVAL_NOTE } from "../../../src/taskpane/state/resultCard";
import { PROGRESS_PHASE_WEIGHTS, timeLeftText } from "../../../src/taskpane/state/overallProgress";

const grid = simulateMmmData({ seed: 3 }).grid;
/** The header of an experiments sheet made before the read-out column existed: still read as it was. */
const EARLIER_EXPERIMENT_HEADERS = [
  "channel",
  "start_week",
  "end_week",
  "lift",
  "roas",
  "standard_error",
  "path",
];
/** The header "Add an experiments sheet" writes today. */
const EXPERIMENT_HEADERS = [
  "channel",
  "start_week",
  "end_week",
  "readout_end_week",
  "lift",
  "roas",
  "standard_error",
  "path",
];
const selectionOf = (
  values: readonly (readonly unknown[])[],
  sheetName = "Data"
): SelectionData => ({
  address: `${sheetName}!A1:L${values.length}`,
  sheetName,
  values,
  numberFormats: [],
  origin: { row: 1, column: 1 },
  tableName: null,
});

/** Fake adapters recording calls; the fit resolves when `finishFit` is called. */
function fakeAdapters(
  selection: SelectionData,
  earlier: { id: string; name: string }[] = [],
  savedJson: string | null = null
) {
  const calls: string[] = [];
  /** The JSON texts passed to saveModel and publishModel, in order. */
  const saved: string[] = [];
  const published: string[] = [];
  let finishFit = (result: FitOutcome): void => void result;
  /** The running fit's callbacks: progress and the provisional run (point estimates). */
  let reportProgress: (progress: { stage: string; done: number; total: number }) => void = () =>
    undefined;
  let reportFitted: (provisional: FitOutcome) => void = () => undefined;
  /** The fake clock behind adapters.now (ms). */
  const clock = { now: 0 };
  let failFit = (error: Error): void => void error;
  /** What the workbook holds when Fit is pressed (a test may change it after Use selection). */
  const workbook = { current: selection };
  /** Options of each writeResultSheets call, and the files offered for download. */
  const writes: Parameters<PaneAdapters["writeResultSheets"]>[1][] = [];
  const files: { name: string; text: string; source: string | undefined }[] = [];
  /** The "MMM Experiments" sheet as the workbook holds it (null: none); the FitOptions each fit received. */
  const experiments: { current: ExperimentsSheetData | null } = { current: null };
  const fitOptions: FitOptions[] = [];
  /** Sheets "Add an experiments sheet" created (it never replaces one that exists). */
  const addedSheets: ExperimentsSheetData[] = [];
  const adapters: PaneAdapters = {
    readSelection: async () => selection,
    rereadSelection: async () => {
      calls.push("reread");
      return workbook.current;
    },
    selectCell: async (address) => void calls.push(`select ${address}`),
    readExperiments: async () => experiments.current,
    addExperimentsSheet: async () => {
      if (experiments.current) return false;
      experiments.current = {
        address: "'MMM Experiments'!A1:G1",
        values: [EXPERIMENT_HEADERS],
        origin: { row: 1, column: 1 },
      };
      addedSheets.push(experiments.current);
      return true;
    },
    listOutputSheets: async () => earlier,
    writeResultSheets: async (sheets, options) => {
      writes.push(options);
      calls.push(`write ${sheets.length} replace=${String(options.replacePrevious)}`);
      return {
        sheets: sheets.map((s, i) => ({ id: `w${writes.length}-${i}`, name: s.name })),
        replaced: [],
        syncCount: 3,
      };
    },
    saveModel: async (json) => {
      calls.push("saveModel");
      saved.push(json);
    },
    publishModel: (json) => {
      calls.push("publishModel");
      published.push(json);
    },
    loadModel: async () => savedJson,
    fitTime: () => "2026-11-23T20:00:00.000Z",
    startFit: (_dataset, options, analysis, onProgress, onFitted) => {
      calls.push(`fit holdout=${options.holdoutShare} replicates=${analysis.bootstrapReplicates}`);
      fitOptions.push(options);
      reportProgress = onProgress;
      reportFitted = (provisional) => onFitted?.(provisional);
      onProgress({ stage: "outcome search", done: 1, total: 4 });
      const result = new Promise<FitOutcome>((resolve, reject) => {
        finishFit = resolve;
        failFit = reject;
      });
      return { result, cancel: () => failFit(new CancelledError()) };
    },
    now: () => clock.now,
    buildReport: async (dataset, run, options) =>
      `<report weeks=${dataset.weeks.length} outcome=${run.result.roles.outcome} source=${options.source}>`,
    saveFile: (name, text) => void files.push({ name, text, source: undefined }),
  };
  return {
    adapters,
    workbook,
    experiments,
    fitOptions,
    addedSheets,
    writes,
    files,
    calls,
    saved,
    published,
    clock,
    finish: (r: FitOutcome) => finishFit(r),
    progress: (stage: string, done: number, total: number) =>
      reportProgress({ stage, done, total }),
    fitted: (provisional: FitOutcome) => reportFitted(provisional),
    fail: (error: Error) => failFit(error),
  };
}

const renderApp = (adapters: PaneAdapters) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App adapters={adapters} />
    </FluentProvider>
  );

/** Renders the pane and takes the sample selection: the start of most tests here. */
async function renderWithSelection(adapters: PaneAdapters): Promise<void> {
  renderApp(adapters);
  fireEvent.click(screen.getByRole("button", { name: "Use selection" }));
  await screen.findByText("Weeks: 104");
}

/** Renders the pane, takes the sample selection and presses Fit model (the fake fit then waits for finish/fail). */
async function startFit(adapters: PaneAdapters): Promise<void> {
  await renderWithSelection(adapters);
  fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
}

describe("App", () => {
  it("writes the dashboard with the sheets, shows ROAS with its confidence note and saves the report", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await startFit(fake.adapters);
    await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
    await act(async () => fake.finish(SAMPLE_OUTCOME));
    await screen.findByText("Wrote 9 sheets");
    const dashboard = fake.writes[0]?.dashboard;
    expect(dashboard?.name).toBe("MMM Dashboard");
    expect(dashboard?.spec.charts.map((c) => c.id)).toContain("roas");
    const lines = screen.getAllByTestId("roas-line");
    expect(lines).toHaveLength(SAMPLE_OUTCOME.result.effects.channels.length + 1);
    // The sample run has no intervals: every line says so instead of guessing a confidence.
    expect(lines.every((line) => line.getAttribute("data-confidence") === "unknown")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Save report" }));
    await screen.findByTestId("report-saved");
    expect(fake.files).toEqual([
      {
        name: "report.html",
        text: "<report weeks=104 outcome=revenue source=Data!A1:L105>",
        source: undefined,
      },
    ]);
  });

  it("heads the result card with the health verdict and its drivers", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await startFit(fake.adapters);
    await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
    await act(async () => fake.finish({ ...SAMPLE_OUTCOME, health: SAMPLE_HEALTH_FAIL }));
    const verdict = await screen.findByTestId("verdict");
    expect(verdict.getAttribute("data-status")).toBe("fail");
    expect(verdict.textContent).toContain(SAMPLE_HEALTH_FAIL.drivers[0]!.title);
  });

  it("reads the selection, fits, writes all sheets and shows the summary", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await renderWithSelection(fake.adapters);
    expect(screen.getByRole("combobox", { name: "google_spend" })).toHaveProperty(
      "textContent",
      "Mediator"
    );
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    expect((await screen.findByTestId("progress-text")).textContent).toBe("Fitting the model…");
    expect(screen.getByRole("button", { name: "Fit model" })).toHaveProperty("disabled", true);
    await act(async () => fake.finish(SAMPLE_OUTCOME));
    await screen.findByText("Wrote 9 sheets");
    expect(screen.getByText(/Top budget move: facebook_spend \+\$400\/week/)).toBeTruthy();
    expect(fake.calls).toEqual([
      "reread",
      "fit holdout=0.2 replicates=200",
      "write 9 replace=false",
      "saveModel",
      "publishModel",
    ]);
    expect(screen.getByText(/revenue: holdout R² 0.82, MAPE 8.0%, WAPE 7.0%/)).toBeTruthy();
    expect(screen.getByText(/google_spend: holdout R² 0.61/)).toBeTruthy();
    expect(screen.getByTestId("saved-model").textContent).toMatch(
      /4 weeks, 2024-01-01 to 2024-01-22, fitted 2026-11-23 20:00 UTC/
    );
  });

  it("shows the before-fit data checks that need a look as soon as the selection is read", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await renderWithSelection(fake.adapters);
    const list = screen.getByRole("list", { name: "Data checks" });
    const lines = Array.from(list.querySelectorAll("li"));
    const ingestion = toDataset(grid, {});
    if (!ingestion.ok) throw new Error("the sample data should read");
    // The same function the pipeline runs: one line per check that is not a pass.
    const flagged = preflight(ingestion.dataset, { holdoutShare: 0.2 }).dataChecks.filter(
      (c) => c.status !== "pass"
    );
    expect(flagged.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(flagged.length);
    expect(lines.map((li) => li.getAttribute("data-status"))).toEqual(
      flagged.map((c) => c.status).sort((a, b) => (a === b ? 0 : a === "fail" ? -1 : 1))
    );
    expect(list.textContent).toMatch(/Review\s*Facebook spend is always on:/);
    expect(list.textContent).not.toContain("facebook_spend");
    expect(fake.calls).toEqual([]);
  });

  it("shows ingestion issues naming the cell, with Go to cell, and blocks the fit", async () => {
    const bad = grid.map((row) => [...row]);
    (bad[16] as unknown[])[3] = "abc";
    const fake = fakeAdapters(selectionOf(bad));
    renderApp(fake.adapters);
    fireEvent.click(screen.getByRole("button", { name: "Use selection" }));
    const goTo = await screen.findByRole("button", { name: "Go to cell Data!D17" });
    expect(screen.getByText(/Data!D17/, { selector: "div" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Fit model" })).toHaveProperty("disabled", true);
    fireEvent.click(goTo);
    await waitFor(() => expect(fake.calls).toContain("select Data!D17"));
  });

  it("asks before computing whether to replace earlier output; Don't write fits, shows, writes nothing, no error", async () => {
    const fake = fakeAdapters(selectionOf(grid), [{ id: "x", name: "MMM Summary" }]);
    await startFit(fake.adapters);
    await screen.findByText("Replace the earlier results?");
    expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(false);
    // Tabster's modalizer marks the surface aria-hidden under jsdom (not in Chromium: see e2e), hence hidden: true.
    fireEvent.click(screen.getByRole("button", { name: "Don't write", hidden: true }));
    await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
    await act(async () => fake.finish(SAMPLE_OUTCOME));
    await screen.findByText(/Nothing was written to the workbook, as you chose/);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText(/Top budget move/)).toBeTruthy();
    expect(fake.calls.some((c) => c.startsWith("write"))).toBe(false);
  });

  it("asks how dates are written when the data cannot settle it, and re-reads with the answer", async () => {
    const ambiguous = [
      ["week", "revenue", "google_spend", "facebook_spend"],
      ["01/02/2024", 100, 10, 5],
      ["08/02/2024", 110, 11, 6],
    ];
    const fake = fakeAdapters(selectionOf(ambiguous));
    renderApp(fake.adapters);
    fireEvent.click(screen.getByRole("button", { name: "Use selection" }));
    await screen.findByText("How are the dates written?");
    expect(screen.getByText(/can be read day-first or month-first/)).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: /Day first/ }));
    await waitFor(() =>
      expect(screen.queryByText(/can be read day-first or month-first/)).toBeNull()
    );
    expect(screen.getByRole("radio", { name: /Day first/ })).toHaveProperty("checked", true);
  });

  it("re-reads the cells when Fit is pressed and refuses data that went bad since Use selection", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await renderWithSelection(fake.adapters);
    const changed = grid.map((row) => [...row]);
    (changed[5] as unknown[])[3] = "abc";
    fake.workbook.current = selectionOf(changed);
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    await screen.findByText(/changed since Use selection and now have problems/);
    expect(fake.calls).toEqual(["reread"]);
  });

  it("fits the cells as they are when they changed but are still valid, and says so", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await renderWithSelection(fake.adapters);
    const changed = grid.map((row) => [...row]);
    (changed[5] as unknown[])[3] = Number((changed[5] as unknown[])[3]) + 1;
    fake.workbook.current = selectionOf(changed);
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    await screen.findByText(/the fit uses them as they are now/);
    await waitFor(() => expect(fake.calls).toContain("fit holdout=0.2 replicates=200"));
  });

  it("replaces earlier output after the user confirms", async () => {
    const fake = fakeAdapters(selectionOf(grid), [{ id: "x", name: "MMM Summary" }]);
    await startFit(fake.adapters);
    fireEvent.click(await screen.findByRole("button", { name: "Replace", hidden: true }));
    await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
    await act(async () => fake.finish(SAMPLE_OUTCOME));
    await screen.findByText("Wrote 9 sheets");
    expect(fake.calls).toContain("write 9 replace=true");
  });

  it("Cancel stops the fit and writes nothing", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await startFit(fake.adapters);
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    await screen.findByText("The fit was cancelled; nothing was written.");
    expect(fake.calls).toEqual(["reread", "fit holdout=0.2 replicates=200"]);
  });

  it("lets the user change a column's role, which re-runs ingestion", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await renderWithSelection(fake.adapters);
    fireEvent.click(screen.getByRole("combobox", { name: "google_spend" }));
    fireEvent.click(await screen.findByRole("option", { name: "Ignored" }));
    await screen.findByText(/No mediator column was found/);
    expect(screen.getByRole("button", { name: "Fit model" })).toHaveProperty("disabled", true);
  });

  it("opens quietly when the saved model cannot be read", async () => {
    const fake = fakeAdapters(selectionOf(grid), [], "{ not json");
    renderApp(fake.adapters);
    await screen.findByRole("button", { name: "Use selection" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId("saved-model")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  describe("saving and publishing the model", () => {
    const fitToWrite = async (fake: ReturnType<typeof fakeAdapters>, outcome: FitOutcome) => {
      await startFit(fake.adapters);
      await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
      await act(async () => fake.finish(outcome));
    };

    it("saves savedModelJson(result) and then publishes the same text after a fit", async () => {
      const fake = fakeAdapters(selectionOf(grid));
      await fitToWrite(fake, SAMPLE_OUTCOME);
      await screen.findByText("Wrote 9 sheets");
      expect(fake.calls.slice(-2)).toEqual(["saveModel", "publishModel"]);
      expect(fake.saved).toEqual([savedModelJson(SAMPLE_OUTCOME.result)]);
      expect(fake.published).toEqual(fake.saved);
      const envelope = JSON.parse(fake.saved[0] as string) as Record<string, unknown>;
      expect(envelope.schema).toBe("mmm-workbook-model/1");
      expect(envelope.effects).toEqual(SAMPLE_OUTCOME.result.effects);
      expect(envelope.holdout).toEqual(SAMPLE_OUTCOME.result.metrics.stage2.holdout);
    });

    it("neither saves nor publishes after a cancelled fit", async () => {
      const fake = fakeAdapters(selectionOf(grid));
      await startFit(fake.adapters);
      fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
      await screen.findByText("The fit was cancelled; nothing was written.");
      expect(fake.saved).toEqual([]);
      expect(fake.published).toEqual([]);
    });

    it("neither saves nor publishes after a failed fit, and shows the error", async () => {
      const fake = fakeAdapters(selectionOf(grid));
      await startFit(fake.adapters);
      expect((await screen.findByTestId("progress-text")).textContent).toBe("Fitting the model…");
      await act(async () => fake.fail(new NumericalError("The outcome stage did not converge.")));
      await screen.findByText(/did not converge/);
      expect(fake.calls.some((c) => c === "saveModel" || c === "publishModel")).toBe(false);
    });

    it("does not publish when saving the model fails", async () => {
      const fake = fakeAdapters(selectionOf(grid));
      const adapters: PaneAdapters = {
        ...fake.adapters,
        saveModel: async () => {
          throw new Error("The custom XML part could not be added.");
        },
      };
      await fitToWrite({ ...fake, adapters }, SAMPLE_OUTCOME);
      await screen.findByText(/custom XML part could not be added/);
      expect(fake.published).toEqual([]);
    });

    it("neither saves nor publishes when the user keeps the earlier results", async () => {
      const fake = fakeAdapters(selectionOf(grid), [{ id: "x", name: "MMM Summary" }]);
      await startFit(fake.adapters);
      fireEvent.click(await screen.findByRole("button", { name: "Don't write", hidden: true }));
      await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
      await act(async () => fake.finish(SAMPLE_OUTCOME));
      await screen.findByText(/Nothing was written/);
      expect(fake.saved).toEqual([]);
      expect(fake.published).toEqual([]);
    });

    it("with the real model store, a fit's model reaches the functions with its effects", async () => {
      const fixture = await fittedFixture();
      resetModelStore(async () => null);
      const states: ModelState[] = [];
      const stop = subscribeModel((state) => states.push(state));
      const fake = fakeAdapters(selectionOf(grid));
      await fitToWrite(
        { ...fake, adapters: { ...fake.adapters, publishModel } },
        {
          ...SAMPLE_OUTCOME,
          result: fixture.result,
        }
      );
      await screen.findByText(/Wrote \d+ sheets/);
      stop();
      resetModelStore();
      const last = states[states.length - 1];
      expect(states[0]?.status).toBe("missing");
      expect(last?.status).toBe("ready");
      if (last?.status !== "ready") return;
      expect(last.saved.model.data.weeks).toBe(104);
      expect(last.saved.effects).toEqual(fixture.result.effects);
      expect(last.saved.holdout).toEqual(fixture.result.metrics.stage2.holdout);
    }, 60_000);

    it("describes a saved workbook-model envelope when the pane opens", async () => {
      const fixture = await fittedFixture();
      const fake = fakeAdapters(selectionOf(grid), [], savedModelJson(fixture.result));
      renderApp(fake.adapters);
      const text = await screen.findByTestId("saved-model");
      expect(text.textContent).toMatch(/104 weeks/);
    }, 60_000);
  });
});

describe("App: answer first, intervals after", () => {
  /** The provisional run the worker posts right after the fit: point estimates only. */
  const PROVISIONAL: FitOutcome = {
    ...SAMPLE_OUTCOME,
    complete: false,
    intervals: null,
    diagnostics: null,
    sensitivity: null,
    budget: null,
    health: null,
    testPlan: null,
  };

  it("writes the point estimates as soon as the model is fitted, then rewrites the same sheets", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await startFit(fake.adapters);
    await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
    await act(async () => fake.fitted(PROVISIONAL));
    await screen.findByText(/The point estimates are on the MMM sheets \(6 sheets/);
    // Summary, Data checks, Coefficients, Effects, Fitted, Contributions; no dashboard yet; the model is saved.
    expect(fake.calls.slice(2)).toEqual(["write 6 replace=false", "saveModel", "publishModel"]);
    expect(fake.writes[0]?.dashboard).toBeUndefined();
    const card = screen.getByTestId("result-card");
    expect(card.getAttribute("data-provisional")).toBe("running");
    expect(screen.getByText("3. Results: point estimates")).toBeTruthy();
    expect(screen.getAllByText(PENDING_INTERVAL_NOTE).length).toBeGreaterThan(0);
    expect(screen.getByTestId("verdict").textContent).toBe("Health verdict: coming.");
    expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();

    await act(async () => fake.finish(SAMPLE_OUTCOME));
    await screen.findByText("Wrote 9 sheets");
    // The final write replaces exactly the point estimates' sheets (by id), adds the dashboard, saves nothing twice.
    expect(fake.calls.slice(5)).toEqual(["write 9 replace=false"]);
    expect(fake.writes[1]?.replaceIds).toEqual(["w1-0", "w1-1", "w1-2", "w1-3", "w1-4", "w1-5"]);
    expect(fake.writes[1]?.dashboard).toBeDefined();
    expect(screen.getByTestId("result-card").getAttribute("data-provisional")).toBe("no");
    expect(screen.getByText("3. Results")).toBeTruthy();
    expect(screen.queryByText(/The point estimates are on the MMM sheets/)).toBeNull();
    // Focus lands on the result when it is ready.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { name: "3. Results" }))
    );
  });

  it("replaces the earlier output with the point estimates when confirmed, then only its own sheets", async () => {
    const fake = fakeAdapters(selectionOf(grid), [{ id: "old", name: "MMM Summary" }]);
    await startFit(fake.adapters);
    fireEvent.click(await screen.findByRole("button", { name: "Replace", hidden: true }));
    await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
    await act(async () => fake.fitted(PROVISIONAL));
    await waitFor(() => expect(fake.writes).toHaveLength(1));
    expect(fake.writes[0]?.replacePrevious).toBe(true);
    await act(async () => fake.finish(SAMPLE_OUTCOME));
    await screen.findByText("Wrote 9 sheets");
    expect(fake.writes[1]?.replacePrevious).toBe(false);
    expect(fake.writes[1]?.replaceIds).toHaveLength(6);
  });

  it("keeps the point estimates, marked provisional, when cancelled after they were written", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await startFit(fake.adapters);
    await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
    await act(async () => fake.fitted(PROVISIONAL));
    await screen.findByText(/The point estimates are on the MMM sheets/);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await screen.findByText(
      /The fit was cancelled after the point estimates were written. The point estimates written earlier stay on the 6 MMM sheets, marked provisional on MMM Summary/
    );
    // No second write and nothing deleted; the card says the intervals were not computed.
    expect(fake.writes).toHaveLength(1);
    expect(screen.queryByText(/they are rewritten with intervals/)).toBeNull();
    expect(screen.getByTestId("result-card").getAttribute("data-provisional")).toBe("stopped");
    expect(screen.getByTestId("verdict").textContent).toBe("Health verdict: not computed.");
    expect(screen.getByRole("button", { name: "Fit model" })).toHaveProperty("disabled", false);
  });

  it("keeps the point estimates and says so when the final write fails", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    const write = fake.adapters.writeResultSheets;
    let calls = 0;
    const adapters: PaneAdapters = {
      ...fake.adapters,
      writeResultSheets: async (sheets, options) => {
        calls += 1;
        if (calls === 2) throw new Error("Writing the results failed (disk full).");
        return write(sheets, options);
      },
    };
    await startFit(adapters);
    await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
    await act(async () => fake.fitted(PROVISIONAL));
    await screen.findByText(/The point estimates are on the MMM sheets/);
    await act(async () => fake.finish(SAMPLE_OUTCOME));
    await screen.findByText(
      /^Writing the results failed \(disk full\)\. The point estimates written earlier stay on the 6 MMM sheets/
    );
    expect(calls).toBe(2);
  });

  it("shows one overall bar with the time left from the replicate rate", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await startFit(fake.adapters);
    await waitFor(() => expect(fake.calls.some((c) => c.startsWith("fit"))).toBe(true));
    fake.clock.now = 1_000;
    await act(async () => fake.fitted(PROVISIONAL));
    fake.clock.now = 6_000;
    await act(async () => fake.progress("bootstrap", 50, 200));
    // 50 replicates in 5 s: 150 left at 0.1 s each, plus the later steps in proportion to their weight.
    const perReplicate = 0.1;
    const tail =
      (PROGRESS_PHASE_WEIGHTS.analysis + PROGRESS_PHASE_WEIGHTS.write) /
      PROGRESS_PHASE_WEIGHTS.bootstrap;
    const left = 150 * perReplicate + 200 * perReplicate * tail;
    expect(screen.getByTestId("progress-text").textContent).toBe(
      `Point estimates ready. Intervals: 50 of 200 replicates, ${timeLeftText(left)}.`
    );
    const bar = screen.getByRole("progressbar", { name: "Overall progress" });
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(
      PROGRESS_PHASE_WEIGHTS.fit + PROGRESS_PHASE_WEIGHTS.bootstrap * 0.25,
      10
    );
    // The bar never moves back when a later step reports its own 0 of 1.
    await act(async () => fake.progress("diagnostics", 0, 1));
    const after = Number(
      screen.getByRole("progressbar", { name: "Overall progress" }).getAttribute("aria-valuenow")
    );
    expect(after).toBeCloseTo(PROGRESS_PHASE_WEIGHTS.fit + PROGRESS_PHASE_WEIGHTS.bootstrap, 10);
    expect(screen.getByTestId("progress-live").textContent).toBe(
      "Point estimates ready. Now: diagnostics…"
    );
  });
});

describe("App: lift tests from the MMM Experiments sheet", () => {
  /** A sheet of lift tests in A1 with the given rows under the header (one made before the read-out column). */
  const sheetWith = (...rows: unknown[][]): ExperimentsSheetData => ({
    address: `'MMM Experiments'!A1:G${rows.length + 1}`,
    values: [EARLIER_EXPERIMENT_HEADERS, ...rows],
    origin: { row: 1, column: 1 },
  });
  const TIKTOK_TEST = ["tiktok_spend", "2023-10-01", "2023-11-19", 52000, "", 9000, "total"];

  it("fits without lift tests and offers to add the sheet when the workbook has none", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await renderWithSelection(fake.adapters);
    expect(screen.getByRole("button", { name: "Add an experiments sheet" })).toBeTruthy();
    expect(screen.queryByTestId("lift-tests")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    await waitFor(() => expect(fake.fitOptions).toHaveLength(1));
    expect(fake.fitOptions[0]).not.toHaveProperty("liftTests");
  });

  it("passes valid tests to the fit as options.liftTests and says how many", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    fake.experiments.current = sheetWith(TIKTOK_TEST, [
      "facebook_spend",
      "2023-12-03",
      "2024-01-21",
      "",
      1.8,
      0.4,
      "direct",
    ]);
    await renderWithSelection(fake.adapters);
    expect(screen.getByTestId("lift-tests").textContent).toBe(
      "2 lift tests from MMM Experiments will calibrate the fit"
    );
    expect(screen.queryByRole("button", { name: "Add an experiments sheet" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    await waitFor(() => expect(fake.fitOptions).toHaveLength(1));
    expect(fake.fitOptions[0]?.liftTests).toEqual([
      expect.objectContaining({
        channel: "tiktok_spend",
        startWeek: "2023-10-01",
        endWeek: "2023-11-19",
        lift: 52000,
        roas: null,
        standardError: 9000,
        path: "total",
        row: 2,
      }),
      expect.objectContaining({ channel: "facebook_spend", roas: 1.8, path: "direct", row: 3 }),
    ]);
  });

  it("passes a read-out end week from a sheet with the column, blank meaning none", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    const [channel, start, end, ...measure] = TIKTOK_TEST;
    fake.experiments.current = {
      address: "'MMM Experiments'!A1:H3",
      values: [
        EXPERIMENT_HEADERS,
        [channel, start, end, "2023-12-10", ...measure],
        ["facebook_spend", "2023-12-03", "2024-01-21", "", "", 1.8, 0.4, "direct"],
      ],
      origin: { row: 1, column: 1 },
    };
    await renderWithSelection(fake.adapters);
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    await waitFor(() => expect(fake.fitOptions).toHaveLength(1));
    const [tiktok, facebook] = fake.fitOptions[0]!.liftTests!;
    expect(tiktok).toMatchObject({
      endWeek: "2023-11-19",
      readoutEndWeek: "2023-12-10",
      lift: 52000,
    });
    expect(facebook).not.toHaveProperty("readoutEndWeek");
    expect(facebook).toMatchObject({ roas: 1.8, path: "direct" });
  });

  it("treats a header-only sheet as no tests and no error", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    fake.experiments.current = sheetWith();
    await renderWithSelection(fake.adapters);
    expect(screen.queryByRole("list", { name: "Problems in the lift tests" })).toBeNull();
    expect(screen.queryByTestId("lift-tests")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    await waitFor(() => expect(fake.fitOptions).toHaveLength(1));
    expect(fake.fitOptions[0]).not.toHaveProperty("liftTests");
  });

  it("names the bad cell of the sheet, offers Go to cell and blocks Fit", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    // Row 3's end week lies after the data's last week (2025-09-07): cell C3.
    fake.experiments.current = sheetWith(TIKTOK_TEST, [
      "tiktok_spend",
      "2025-08-03",
      "2027-01-03",
      40000,
      "",
      8000,
      "",
    ]);
    await renderWithSelection(fake.adapters);
    const problems = screen.getByRole("list", { name: "Problems in the lift tests" });
    expect(problems.textContent).toContain("'MMM Experiments'!C3");
    expect(problems.textContent).toContain("lies outside the data's weeks");
    expect(screen.getByRole("button", { name: "Fit model" })).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: "Go to cell 'MMM Experiments'!C3" }));
    await waitFor(() => expect(fake.calls).toContain("select 'MMM Experiments'!C3"));
    expect(screen.queryByTestId("lift-tests")).toBeNull();
  });

  it("names the sheet in a row's issue and points Go to cell at the row", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    fake.experiments.current = sheetWith([
      "tiktok_spend",
      "2023-10-01",
      "2023-11-19",
      "",
      "",
      9000,
    ]);
    await renderWithSelection(fake.adapters);
    const problems = screen.getByRole("list", { name: "Problems in the lift tests" });
    expect(problems.textContent).toContain("MMM Experiments sheet: Row 2 has neither a lift");
    expect(screen.getByRole("button", { name: "Go to cell 'MMM Experiments'!A2" })).toBeTruthy();
  });

  it("re-reads the sheet at Fit and fits nothing when it went bad since the data were read", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    fake.experiments.current = sheetWith(TIKTOK_TEST);
    await renderWithSelection(fake.adapters);
    fake.experiments.current = sheetWith([...TIKTOK_TEST.slice(0, 5), 0, "total"]);
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    await screen.findByText(/The MMM Experiments sheet has problems \(listed above\)/);
    expect(screen.getByRole("button", { name: "Go to cell 'MMM Experiments'!F2" })).toBeTruthy();
    expect(fake.fitOptions).toHaveLength(0);
  });

  it("adds the experiments sheet once, then reads it (header only: no tests, no error)", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await renderWithSelection(fake.adapters);
    fireEvent.click(screen.getByRole("button", { name: "Add an experiments sheet" }));
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Add an experiments sheet" })).toBeNull()
    );
    expect(fake.addedSheets).toHaveLength(1);
    expect(fake.addedSheets[0]?.values).toEqual([EXPERIMENT_HEADERS]);
    expect(screen.getByRole("button", { name: "Fit model" })).toHaveProperty("disabled", false);
  });

  it("says on the result card that the fit was calibrated, with the count read from the run", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    fake.experiments.current = sheetWith(TIKTOK_TEST);
    await startFit(fake.adapters);
    await waitFor(() => expect(fake.fitOptions).toHaveLength(1));
    const test = fake.fitOptions[0]!.liftTests![0]!;
    const entry = {
      test,
      measured: 52000,
      standardError: 9000,
      before: 30000,
      after: 47000,
      spend: 1,
    };
    // Three entries in the run (not the sheet's one test): the card must count what the run says.
    const calibrated: FitOutcome = {
      ...SAMPLE_OUTCOME,
      result: {
        ...SAMPLE_OUTCOME.result,
        calibration: { tests: [entry, entry, entry], iterations: 1, method: "test" },
      },
    };
    await act(async () => fake.finish(calibrated));
    expect((await screen.findByTestId("calibration-line")).textContent).toBe(
      "The fit was calibrated with 3 lift tests: the MMM Calibration sheet shows each measured lift beside the model's before and after calibration."
    );
  });

  it("shows no calibration line after a fit without tests", async () => {
    const fake = fakeAdapters(selectionOf(grid));
    await startFit(fake.adapters);
    await waitFor(() => expect(fake.fitOptions).toHaveLength(1));
    await act(async () => fake.finish(SAMPLE_OUTCOME));
    await screen.findByTestId("result-card");
    expect(screen.queryByTestId("calibration-line")).toBeNull();
  });
});
