import { beforeAll, describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/** Every function the add-in declares, with the parameters whose help text Excel shows. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  ADSTOCK: ["values", "decay", "max_lag", "normalize"],
  WEIBULL: ["values", "shape", "scale", "max_lag", "type"],
  HILL: ["values", "half_saturation", "shape"],
  ELASTICITY: ["outcome", "price", "controls", "stats"],
  LIFT: ["outcome", "flag", "controls"],
  MEDIATION: ["treatment", "mediator", "outcome", "controls", "decay", "headers"],
  PREDICT: ["scenario", "headers", "parts", "history"],
  ROAS: ["channel", "path"],
  RESPONSE: ["channel", "spend"],
  OPTIMIZE: ["total_budget", "min", "max"],
  MODEL: [],
  TESTPLAN: ["channel", "change", "weeks", "readout_weeks"],
};
const STREAMING = ["PREDICT", "ROAS", "RESPONSE", "OPTIMIZE", "MODEL", "TESTPLAN"];

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  options?: { stream?: boolean };
  parameters: { name: string; description?: string; optional?: boolean }[];
}

describe("functions.json (custom-functions-metadata on src/functions/functions.ts)", () => {
  let functions: FunctionMetadata[] = [];
  let errors: string[] = [];
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(
      join(__dirname, "..", "..", "src", "functions", "functions.ts"),
      false
    );
    errors = generated.errors;
    functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
  }, 60_000);

  it("generates without errors and lists exactly the MMM functions", () => {
    expect(errors).toEqual([]);
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))(
    "%s has a description, its help URL and help text for every parameter",
    (id, names) => {
      const entry = functions.find((f) => f.id === id);
      expect(entry?.name).toBe(id);
      expect(entry?.description?.length).toBeGreaterThan(20);
      expect(entry?.helpUrl).toBe(
        `https://localhost:3000/taskpane.html#functions-${id.toLowerCase()}`
      );
      expect(entry?.parameters.map((p) => p.name)).toEqual(names);
      for (const parameter of entry?.parameters ?? [])
        expect(parameter.description?.length).toBeGreaterThan(10);
      expect(entry?.options?.stream ?? false).toBe(STREAMING.includes(id));
    }
  );

  it("marks the bracketed parameters optional", () => {
    const optional = (id: string) =>
      functions
        .find((f) => f.id === id)
        ?.parameters.filter((p) => p.optional)
        .map((p) => p.name);
    expect(optional("ELASTICITY")).toEqual(["controls", "stats"]);
    expect(optional("PREDICT")).toEqual(["headers", "parts", "history"]);
    expect(optional("OPTIMIZE")).toEqual(["min", "max"]);
    expect(optional("ROAS")).toEqual(["path"]);
  });
});
