/** Two projects: pure core/functions/cli code under node, the task pane under jsdom. */
const common = {
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  // office-addin-mock imports office-addin-manifest, which requires an ESM-only package jest cannot load (ADDIN-NOTES P5).
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts" },
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  setupFiles: ["<rootDir>/test/setupFastCheck.ts"],
};
module.exports = {
  projects: [
    { ...common, displayName: "node", testEnvironment: "node", testMatch: ["<rootDir>/test/**/*.test.ts"], testPathIgnorePatterns: [...common.testPathIgnorePatterns, "<rootDir>/test/taskpane/"] },
    // Pane tests render React and run a fit through fakes: 2-4 s each on a loaded 2-core machine, near jest's 5 s.
    { ...common, displayName: "dom", testEnvironment: "jsdom", testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"], testTimeout: 20_000 },
  ],
  collectCoverageFrom: ["src/core/**/*.ts"],
  coverageThreshold: { "./src/core/": { lines: 90 } },
  coverageReporters: ["text-summary", "lcov"],
};
