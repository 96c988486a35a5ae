import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OptionsPanel } from "../../../src/taskpane/components/OptionsPanel";
import { DEFAULT_FORM_OPTIONS, type FitFormOptions } from "../../../src/taskpane/state/paneState";

function renderPanel(onChange: React.ComponentProps<typeof OptionsPanel>["onChange"]) {
  render(
    <FluentProvider theme={webLightTheme}>
      <OptionsPanel options={DEFAULT_FORM_OPTIONS} disabled={false} onChange={onChange} />
    </FluentProvider>
  );
  fireEvent.click(screen.getByRole("button", { name: "2. Options" }));
}

describe("OptionsPanel", () => {
  it("starts collapsed and opens to labelled controls", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <OptionsPanel options={DEFAULT_FORM_OPTIONS} disabled={false} onChange={() => undefined} />
      </FluentProvider>
    );
    expect(screen.queryByRole("spinbutton", { name: /Holdout share/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "2. Options" }));
    for (const label of [
      /Holdout share/,
      /Cross-validation folds/,
      /Bootstrap replicates/,
      /Seed/,
      /Weekly budget total/,
    ])
      expect(screen.getByRole("spinbutton", { name: label })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Direct social → revenue paths" })).toBeTruthy();
  });

  it("reports the holdout share as a fraction when stepped with the arrow key", () => {
    const changes: Partial<FitFormOptions>[] = [];
    renderPanel((options) => changes.push(options));
    fireEvent.keyDown(screen.getByRole("spinbutton", { name: /Holdout share/ }), {
      key: "ArrowUp",
    });
    expect(changes).toEqual([{ holdoutShare: 0.25 }]);
  });

  it("offers the bootstrap's tuning, Auto first, and reports the choice", () => {
    const changes: Partial<FitFormOptions>[] = [];
    renderPanel((options) => changes.push(options));
    const dropdown = screen.getByRole("combobox", { name: "Curve shapes in the bootstrap" });
    expect(dropdown.textContent).toContain("Auto (re-tune on small data)");
    fireEvent.click(dropdown);
    const options = screen.getAllByRole("option").map((option) => option.textContent);
    expect(options).toEqual([
      "Auto (re-tune on small data)",
      "Re-tune in every replicate",
      "Hold fixed (faster, narrower)",
    ]);
    fireEvent.click(screen.getByRole("option", { name: "Hold fixed (faster, narrower)" }));
    expect(changes).toEqual([{ bootstrapTuning: "fixed" }]);
  });

  it("disables the tuning choice when the bootstrap is off", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <OptionsPanel
          options={{ ...DEFAULT_FORM_OPTIONS, bootstrapReplicates: 0 }}
          disabled={false}
          onChange={() => undefined}
        />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "2. Options" }));
    const dropdown = screen.getByRole("combobox", { name: "Curve shapes in the bootstrap" });
    expect(
      dropdown.hasAttribute("disabled") || dropdown.getAttribute("aria-disabled") === "true"
    ).toBe(true);
  });

  it("leaves the CV folds automatic until a count is typed", () => {
    const changes: Partial<FitFormOptions>[] = [];
    renderPanel((options) => changes.push(options));
    const folds = screen.getByRole("spinbutton", { name: /Cross-validation folds/ });
    expect(folds.getAttribute("value") ?? "").toBe("");
    expect(screen.getByText(/Empty = automatic/)).toBeTruthy();
    fireEvent.change(folds, { target: { value: "6" } });
    fireEvent.blur(folds);
    expect(changes).toEqual([{ cvFolds: 6 }]);
  });

  it("returns the CV folds to automatic when the count is emptied", () => {
    const changes: Partial<FitFormOptions>[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <OptionsPanel
          options={{ ...DEFAULT_FORM_OPTIONS, cvFolds: 6 }}
          disabled={false}
          onChange={(options) => changes.push(options)}
        />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "2. Options" }));
    const folds = screen.getByRole("spinbutton", { name: /Cross-validation folds/ });
    expect(folds.getAttribute("value")).toBe("6");
    fireEvent.change(folds, { target: { value: "" } });
    fireEvent.blur(folds);
    expect(changes).toEqual([{ cvFolds: null }]);
  });

  it("turns the direct paths off from the switch", () => {
    const changes: Partial<FitFormOptions>[] = [];
    renderPanel((options) => changes.push(options));
    fireEvent.click(screen.getByRole("switch", { name: "Direct social → revenue paths" }));
    expect(changes).toEqual([{ directPaths: false }]);
  });
});
