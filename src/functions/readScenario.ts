import { InvalidParameterError } from "../core/errors";
import type { FittedModel, Scenario } from "../core/model/types";

/**
 * Reads a table of planned weekly inputs: a header row of column names as in the model, then one row per week.
 * The model's date column may be included and is ignored; other names must be model inputs.
 *
 * @param cells - the range's values, `[1 + weeks][columns]`
 * @param model - the fitted model whose input columns the headers must name
 * @returns the scenario (`columns` by name, each `[weeks]`, and `periods`)
 * @throws {InvalidParameterError} for no week rows, an unknown or repeated header, or a non-numeric cell
 * @example
 * readScenario([["tiktok_spend"], [5000], [6000]], model).periods; // => 2
 */
export function readScenario(cells: unknown[][], model: FittedModel): Scenario {
  const { social, mediator, controls, date } = model.roles;
  const inputs = [...social, ...(mediator === null ? [] : [mediator]), ...controls];
  const header = cells[0] ?? [];
  const periods = cells.length - 1;
  if (periods < 1) {
    throw new InvalidParameterError(
      "scenario",
      "scenario needs a header row of column names and at least one week below it."
    );
  }
  const columns: Record<string, Float64Array> = {};
  header.forEach((cell, j) => {
    const name = String(cell).trim();
    if (name === date) return;
    if (!inputs.includes(name) || name in columns) {
      const problem =
        name in columns
          ? `names '${name}' twice`
          : `has the column '${name}', which the model does not use`;
      throw new InvalidParameterError(
        "scenario",
        `scenario ${problem}; name each column once as one of: ${inputs.join(", ")}.`
      );
    }
    const values = new Float64Array(periods);
    for (let t = 0; t < periods; t++) {
      const value = cells[t + 1]?.[j];
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new InvalidParameterError(
          "scenario",
          `scenario has ${value === "" || value === null || value === undefined ? "a blank cell" : `"${String(value)}"`} in column '${name}', week ${t + 1}; every cell below the header must be a number.`
        );
      }
      values[t] = value;
    }
    columns[name] = values;
  });
  return { columns, periods };
}
