/**
 * @jest-environment jsdom
 */
// Offline structural checks of manifest.xml. `npm run validate` needs Microsoft's online validation service;
// these checks cover what breaks a shared-runtime add-in most often and run anywhere.
import { readFileSync } from "fs";
import { join } from "path";

const xml = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const resourceIds = new Set(
  ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) =>
    all(tag).map((e) => e.getAttribute("id") ?? "")
  )
);

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe("OfficeApp");
  });

  it("is an Excel task pane add-in that reads and writes the workbook", () => {
    expect(all("Host")[0]?.getAttribute("Name")).toBe("Workbook");
    expect(all("Permissions")[0]?.textContent).toBe("ReadWriteDocument");
  });

  it("declares one long-lived shared runtime used by the functions page, function file and task pane", () => {
    const runtimes = all("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]?.getAttribute("lifetime")).toBe("long");
    const runtimeId = runtimes[0]?.getAttribute("resid");
    const page = all("Page")[0]?.getElementsByTagName("SourceLocation")[0];
    expect(page?.getAttribute("resid")).toBe(runtimeId);
    expect(all("FunctionFile")[0]?.getAttribute("resid")).toBe(runtimeId);
    const action = all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(action?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid")).toBe(
      runtimeId
    );
    // A shared runtime supports one task pane; a TaskpaneId would ask for another.
    expect(all("TaskpaneId")).toHaveLength(0);
  });

  it("requires the SharedRuntime and custom-functions requirement sets", () => {
    const sets = all("Set").map((s) => s.getAttribute("Name"));
    expect(sets).toEqual(
      expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime", "ExcelApi"])
    );
  });

  it("puts the custom functions in the MMM namespace", () => {
    const namespaceId = all("Namespace")[0]?.getAttribute("resid");
    const value = all("bt:String").find((s) => s.getAttribute("id") === namespaceId);
    expect(value?.getAttribute("DefaultValue")).toBe("MMM");
  });

  it("resolves every resid and keeps ids within 32 characters", () => {
    const used = Array.from(doc.querySelectorAll("[resid]")).map(
      (e) => e.getAttribute("resid") ?? ""
    );
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(resourceIds.has(id)).toBe(true);
    for (const id of resourceIds) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("points only at the add-in's own origin and declares no extra app domains", () => {
    expect(all("AppDomain")).toHaveLength(0);
    const urls = (xml.match(/https?:\/\/[^"<\s]+/g) ?? []).filter(
      (u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org/")
    );
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
  });

  it("ships the icons it names", () => {
    const icons = all("bt:Image")
      .map((e) => e.getAttribute("DefaultValue") ?? "")
      .filter((url) => url !== "");
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const url of icons) {
      const file = url.replace("https://localhost:3000/", "");
      expect(() => readFileSync(join(__dirname, "../..", file))).not.toThrow();
    }
  });
});
