import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title3, Body1 } from "@fluentui/react-components";

/* global Office, document */

function Placeholder(): React.ReactElement {
  return (
    <div>
      <Title3 as="h1">Mediation MMM</Title3>
      <Body1>
        Select a weekly table and fit a model. (The fit flow arrives with the task pane issue.)
      </Body1>
    </div>
  );
}

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Placeholder />
    </FluentProvider>
  );
});
