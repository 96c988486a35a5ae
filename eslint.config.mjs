// Used by `office-addin-lint check` (it picks up eslint.config.mjs from the project root).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const officeGlobals = {
  Office: "readonly",
  Excel: "readonly",
  OfficeRuntime: "readonly",
  CustomFunctions: "readonly",
};

export default [
  // The plugin's recommended config covers .ts/.js only; the task pane's components are .tsx.
  ...officeAddins.configs.recommended.map((config) =>
    config.files ? { ...config, files: [...config.files, "**/*.tsx"] } : config
  ),
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: officeGlobals,
    },
  },
  {
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts"],
    languageOptions: {
      globals: {
        describe: "readonly",
        it: "readonly",
        test: "readonly",
        expect: "readonly",
        beforeAll: "readonly",
        afterAll: "readonly",
        beforeEach: "readonly",
        afterEach: "readonly",
        jest: "readonly",
        __dirname: "readonly",
        process: "readonly",
        require: "readonly",
        console: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        globalThis: "readonly",
      },
    },
  },
  {
    // The headless runner and browser-test scripts run in Node.
    files: ["src/cli/**/*.ts", "test/browser/**/*.mjs", "scripts/**/*.mjs", "bench/**/*.ts"],
    languageOptions: {
      globals: {
        process: "readonly",
        performance: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
      },
    },
  },
  {
    // src/core must run in Node, a Web Worker and the custom-functions runtime: no Office, React or DOM.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "@microsoft/office-js", "office-*"],
              message: "src/core is pure: no UI or Office imports.",
            },
            {
              group: ["**/taskpane/**", "**/functions/**", "**/cli/**"],
              message: "src/core must not import the surfaces that use it.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Office",
        "Excel",
        "CustomFunctions",
      ],
    },
  },
  {
    // data → model → attribution → analysis: fitting never imports what reads a fitted model (test/boundary/coreIsPure
    // checks this too). Flat config replaces a rule's options per file, so the core's patterns are repeated here.
    files: ["src/core/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "@microsoft/office-js", "office-*"],
              message: "src/core is pure: no UI or Office imports.",
            },
            {
              group: ["**/taskpane/**", "**/functions/**", "**/cli/**"],
              message: "src/core must not import the surfaces that use it.",
            },
            {
              group: ["**/attribution", "**/attribution/**", "**/analysis", "**/analysis/**"],
              message:
                "src/core/model must not import attribution/ or analysis/: they read a fitted model, never the reverse.",
            },
          ],
        },
      ],
    },
  },
  {
    // The two surfaces share only src/workbookModel and src/core (test/boundary/coreIsPure checks this too).
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/functions/**"],
              message:
                "The task pane must not import the custom functions: share code through src/workbookModel.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**"],
              message:
                "The custom functions must not import the task pane: share code through src/workbookModel.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/workbookModel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**", "**/functions/**"],
              message: "src/workbookModel serves both surfaces, so it may import neither.",
            },
          ],
        },
      ],
    },
  },
];
