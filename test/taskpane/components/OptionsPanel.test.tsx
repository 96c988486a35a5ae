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

  it("turns the direct paths off from the switch", () => {
    const changes: Partial<FitFormOptions>[] = [];
    renderPanel((options) => changes.push(options));
    fireEvent.click(screen.getByRole("switch", { name: "Direct social → revenue paths" }));
    expect(changes).toEqual([{ directPaths: false }]);
  });
});
