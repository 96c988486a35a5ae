import type { Dataset } from "../../types";
import { RETUNE_AUTO_MAX_CELLS } from "../constants";
import type { BootstrapTuning } from "../types";

/**
 * The bootstrap's tuning for a data set: "auto" re-tunes when weeks × searched channels (social plus mediator) is
 * at most RETUNE_AUTO_MAX_CELLS, so the default 200 re-tuned replicates stay near 15 s, and holds them fixed above.
 *
 * @param tuning - the caller's choice
 * @param dataset - the fitted data (only its length and roles are read)
 * @returns "retuned" or "fixed"
 * @example
 * resolveTuning("auto", dataset104x4); // => "retuned"
 */
export function resolveTuning(
  tuning: BootstrapTuning,
  dataset: Pick<Dataset, "weeks" | "roles">
): "retuned" | "fixed" {
  if (tuning !== "auto") return tuning;
  const channels = dataset.roles.social.length + (dataset.roles.mediator ? 1 : 0);
  return dataset.weeks.length * channels <= RETUNE_AUTO_MAX_CELLS ? "retuned" : "fixed";
}
