/**
 * Writes fit progress to stderr (stdout stays clean for the summary): one line per stage, and on a terminal a
 * counter updated in place at most five times a second, since a search makes thousands of steps.
 */
export function progressReporter(
  quiet: boolean
): (stage: string, done: number, total: number) => void {
  const live = process.stderr.isTTY === true;
  let current = "";
  let lastShown = 0;
  return (stage, done, total) => {
    if (quiet) return;
    if (stage !== current) {
      if (current !== "") process.stderr.write("\n");
      current = stage;
      process.stderr.write(`  ${stage}`);
    }
    const now = performance.now();
    if (live && now - lastShown > 200) {
      lastShown = now;
      process.stderr.write(`\r  ${stage}: ${done}/${total}`);
    }
    if (done >= total) {
      process.stderr.write(live ? `\r  ${stage}: ${total}/${total} done\n` : ` (${total} steps)\n`);
      current = "";
    }
  };
}
