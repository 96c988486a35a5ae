/** Writes fit progress to stderr as one updating line per stage (stdout stays clean for the summary). */
export function progressReporter(quiet: boolean): (stage: string, done: number, total: number) => void {
  let lastStage = "";
  let lastShown = 0;
  return (stage, done, total) => {
    if (quiet) return;
    const now = performance.now();
    // Throttled: a search makes thousands of steps and stderr is slow on some terminals.
    if (stage === lastStage && done < total && now - lastShown < 200) return;
    if (stage !== lastStage && lastStage !== "") process.stderr.write("\n");
    lastStage = stage;
    lastShown = now;
    process.stderr.write(`\r  ${stage}: ${done}/${total}`);
    if (done >= total) {
      process.stderr.write("\n");
      lastStage = "";
    }
  };
}
