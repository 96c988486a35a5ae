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
      progress: { stage: "mediator search", done: 2, total: 8 },
      onCancel: () => (cancelled += 1),
    });
    expect(screen.getByText("mediator search (2/8)")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Fit model" })).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(cancelled).toBe(1);
  });

  it("hides Cancel once the fit has finished and the sheets are being prepared", () => {
    renderPanel({ status: "fitting", canFit: false, progress: null });
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
    expect(screen.getByText("Fit finished; preparing the result sheets…")).toBeTruthy();
  });

  it("calls onFit from the primary button", () => {
    let fits = 0;
    renderPanel({ onFit: () => (fits += 1) });
    fireEvent.click(screen.getByRole("button", { name: "Fit model" }));
    expect(fits).toBe(1);
  });
});
