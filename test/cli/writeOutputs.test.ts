import * as fs from "fs";
import { tmpdir } from "os";
import { join, sep } from "path";
import { RunnerInputError } from "../../src/cli/RunnerInputError";
import { STAGING_PREFIX, writeOutputs, type OutputFileSystem } from "../../src/cli/writeOutputs";

const NEW_FILES = [
  { name: "results.json", text: '{"new": true}\n' },
  { name: "effects.csv", text: "channel,total\nnew,1\n" },
  { name: "report.html", text: "<p>new</p>\n" },
];

/** node:fs, except that the `failAt`-th rename of a new file into the output folder throws as a file open in Excel. */
function failingRename(failAt: number): OutputFileSystem {
  let moves = 0;
  return {
    ...fs,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (String(from).includes(STAGING_PREFIX) && String(from).includes(`${sep}new${sep}`)) {
        moves++;
        if (moves === failAt) {
          throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${String(to)}'`), {
            code: "EBUSY",
          });
        }
      }
      fs.renameSync(from, to);
    },
  };
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(join(dir, name)).toString("base64")])
  );
}

describe("writeOutputs", () => {
  let root: string;
  let out: string;
  beforeEach(() => {
    root = fs.mkdtempSync(join(tmpdir(), "mmm-write-"));
    out = join(root, "out");
    fs.mkdirSync(out);
    fs.writeFileSync(join(out, "results.json"), '{"old": true}\n');
    fs.writeFileSync(join(out, "report.html"), "<p>old ünïcode</p>\n");
    fs.writeFileSync(join(out, "notes.txt"), "the user's own file\n");
  });

  it("replaces the files of the same name and leaves other files alone", () => {
    writeOutputs(out, NEW_FILES);
    expect(fs.readFileSync(join(out, "results.json"), "utf8")).toBe('{"new": true}\n');
    expect(fs.readFileSync(join(out, "report.html"), "utf8")).toBe("<p>new</p>\n");
    expect(fs.readFileSync(join(out, "notes.txt"), "utf8")).toBe("the user's own file\n");
    expect(fs.readdirSync(root)).toEqual(["out"]);
  });

  it.each([1, 2, 3])(
    "restores the old outputs byte for byte when rename %i of 3 fails, with a plain message",
    (failAt) => {
      const before = snapshot(out);
      let thrown: unknown;
      try {
        writeOutputs(out, NEW_FILES, { fileSystem: failingRename(failAt) });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(RunnerInputError);
      const message = (thrown as Error).message;
      expect(message).toMatch(
        new RegExp(
          `^Could not write ${NEW_FILES[failAt - 1]?.name.replace(".", "\\.")} into .*out: it is locked .*open in Excel.*Nothing was changed in out\\.$`
        )
      );
      expect(message).not.toMatch(/\n\s+at /);
      expect(snapshot(out)).toEqual(before);
      expect(fs.readdirSync(root)).toEqual(["out"]);
    }
  );

  it("keeps the backups and says where they are when even the restore fails", () => {
    const broken = failingRename(2);
    const io: OutputFileSystem = {
      ...broken,
      renameSync: (from: fs.PathLike, to: fs.PathLike) => {
        if (String(from).includes(`${sep}backup${sep}`)) throw new Error("EIO: disk gone");
        broken.renameSync(from, to);
      },
    };
    let message = "";
    try {
      writeOutputs(out, NEW_FILES, { fileSystem: io });
    } catch (error) {
      message = (error as Error).message;
    }
    const kept = /they are in (.*backup); copy them back by hand\.$/.exec(message)?.[1] ?? "";
    expect(kept).not.toBe("");
    expect(fs.readFileSync(join(kept, "results.json"), "utf8")).toBe('{"old": true}\n');
  });

  it("removes a folder it created when writing fails", () => {
    const fresh = join(root, "fresh");
    expect(() => writeOutputs(fresh, NEW_FILES, { fileSystem: failingRename(2) })).toThrow(
      RunnerInputError
    );
    expect(fs.readdirSync(root)).toEqual(["out"]);
  });

  it("refuses an --out that is an existing file, leaving it alone", () => {
    const file = join(root, "results.txt");
    fs.writeFileSync(file, "keep");
    expect(() => writeOutputs(file, NEW_FILES)).toThrow(/is a file, not a folder/);
    expect(fs.readFileSync(file, "utf8")).toBe("keep");
  });
});
