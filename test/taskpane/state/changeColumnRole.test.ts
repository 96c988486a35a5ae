import { changeColumnRole, rolesFromColumns } from "../../../src/taskpane/state/changeColumnRole";

const entries = [
  { header: "week", columnIndex: 0, role: "date" as const },
  { header: "revenue", columnIndex: 1, role: "outcome" as const },
  { header: "google_spend", columnIndex: 2, role: "mediator" as const },
  { header: "facebook_spend", columnIndex: 3, role: "social" as const },
  { header: "price", columnIndex: 4, role: "control" as const },
];

describe("changeColumnRole and rolesFromColumns", () => {
  it("move a one-column role and leave the previous holder ignored", () => {
    const changed = changeColumnRole(entries, 3, "mediator");
    expect(changed.map((e) => e.role)).toEqual([
      "date",
      "outcome",
      "ignored",
      "mediator",
      "control",
    ]);
    expect(entries[2]?.role).toBe("mediator");
  });

  it("let many columns share social and control", () => {
    const changed = changeColumnRole(entries, 4, "social");
    expect(rolesFromColumns(changed).social).toEqual(["facebook_spend", "price"]);
  });

  it("build the roles toDataset takes, null mediator when none is chosen", () => {
    expect(rolesFromColumns(entries)).toEqual({
      date: "week",
      outcome: "revenue",
      mediator: "google_spend",
      social: ["facebook_spend"],
      controls: ["price"],
    });
    expect(rolesFromColumns(changeColumnRole(entries, 2, "ignored")).mediator).toBeNull();
  });
});
