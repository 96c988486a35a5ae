/** Placeholder until the headless runner lands: prints usage. */
export async function main(args: readonly string[]): Promise<number> {
  process.stdout.write(`mmm: headless runner (args: ${args.join(" ")})\n`);
  return 0;
}
