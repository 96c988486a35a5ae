/* global getComputedStyle */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FitPanel, type FitPanelProps } from "../../../src/taskpane/components/FitPanel";

const renderPanel = (props: Partial<FitPanelProps>) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <FitPanel
        status="idle"
        progress={null}
        fraction={0}
        text=""
        announcement=""
        canFit={true}
        onFit={() => undefined}
        onCancel={() => undefined}
        {...props}
      />
    </FluentProvider>
  );

describe("FitPanel", () => {
  it("shows the stage and a Cancel button while the fit runs", () => {
    let cancelled = 0;
    renderPanel({
      status: "fitting",
      canFit: false,
      progress: { stage: "bootstrap", done: 40, total: 200 },
      fraction: 0.196,
      text: "Point estimates ready. Intervals: 40 of 200 replicates, about 15 s left.",
      announcement: "Point estimates ready; computing intervals, about 15 s left.",
      onCancel: () => (cancelled += 1),
    });
    expect(screen.getByTestId("progress-text").textContent).toBe(
      "Point estimates ready. Intervals: 40 of 200 replicates, about 15 s left."
    );
    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.196");
    expect(bar.getAttribute("aria-label")).toBe("Overall progress");
    const live = screen.getByTestId("progress-live");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toBe("Point estimates ready; computing intervals, about 15 s left.");
    // Kept in view while the pane scrolls.
    expect(getComputedStyle(screen.getByTestId("fit-panel")).position).toBe("sticky");
    expect(screen.getByRole("button", { name: "Fit model" })).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(cancelled).toBe(1);
  });

  it("hides Cancel once the fit has finished and the sheets are being written", () => {
    renderPanel({
      status: "writing",
      canFit: false,
      progress: null,
      text: "Writing result sheets…",
    });
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
    expect(screen.getByText("Writing result sheets…")).toBeTruthy();
    expect(getComputedStyle(screen.getByTestId("fit-panel")).position).toBe("sticky");
  });

  it("is not sticky when no run is on", () => {
    renderPanel({});
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(getComputedStyle(screen.getByTestId("fit-panel")).position).not.toBe("sticky");
  });

  it("calls onFit from the primary button", () => {
    let fits = 0;
    renderPanel({ onFit: () => (fits += 1) });
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    expect(fits).toBe(1);
  });
});
