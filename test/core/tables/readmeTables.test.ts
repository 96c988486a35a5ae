import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { buildTables } from "../../../src/core/tables/buildTables";
import type { Table } from "../../../src/core/tables/types";
import { smallRun } from "./smallRun";

const README = readFileSync(join(__dirname, "../../../README.md"), "utf8");

let tables: readonly Table[];
beforeAll(async () => {
  const { run, weeks } = await smallRun();
  tables = buildTables(run, weeks);
}, 120_000);

describe("README's 'Tables: what each row means'", () => {
  it("has one line per table with its sheet name, CSV file and row meaning, in tab order", () => {
    const section = README.slice(README.indexOf("### Tables: what each row means"));
    const lines = tables.map((t) => `| ${t.title} | \`${t.fileName}\` | ${t.description} |`);
    let from = 0;
    for (const line of lines) {
      const at = section.indexOf(line, from);
      expect({ line, found: at >= 0 }).toEqual({ line, found: true });
      from = at;
    }
  });
});
