import type {
  AdstockSpec,
  ChannelHyperparameters,
  MmmResult,
  SaturationSpec,
  StageHyperparameters,
} from "../../core/model/types";
import { SHAPE_PRIOR_DECAY } from "../../core/model/constants";
import { escapeHtml } from "../escapeHtml";
import { formatNumber } from "../formatNumber";
import { htmlTable } from "../htmlTable";
import type { ReportSection } from "../types";

interface DetailRow {
  readonly stage: string;
  readonly channel: ChannelHyperparameters;
  readonly settings: StageHyperparameters;
}

function adstockText(spec: AdstockSpec): string {
  switch (spec.kind) {
    case "geometric":
      return `geometric, decay ${formatNumber(spec.decay, "ratio")}`;
    case "weibullCdf":
    case "weibullPdf":
      return `${spec.kind}, shape ${formatNumber(spec.shape, "ratio")}, scale ${formatNumber(spec.scale, "ratio")}`;
    case "none":
      return "none";
    default:
      return "unknown";
  }
}

function saturationText(spec: SaturationSpec): string {
  switch (spec.kind) {
    case "hill":
      return `Hill, half-saturation ${formatNumber(spec.halfSaturation, "statistic")}, shape ${formatNumber(spec.shape, "ratio")}`;
    case "logistic":
      return `logistic, steepness ${formatNumber(spec.steepness, "statistic")}`;
    case "none":
      return "none (linear)";
    default:
      return "unknown";
  }
}

/**
 * How the transforms were chosen, in words: the CV folds and the shape prior's pull at the data's length.
 *
 * @param result - `fitMmm`'s result
 * @returns one sentence
 * @example
 * searchNote(result); // => "Transforms chosen by blocked time-series cross-validation over 4 folds …"
 */
export function searchNote(result: MmmResult): string {
  const pull = Math.round(result.search.shapePriorStandardErrors * 100) / 100;
  return (
    `Transforms chosen by blocked time-series cross-validation over ${result.search.cvFolds} folds ` +
    `of the ${result.data.trainWeeks} training weeks. A transform other than the neutral one (decay ` +
    `${SHAPE_PRIOR_DECAY}, Hill half-saturation at the mean adstocked spend, shape 1, no on/off term) had to beat ` +
    `it by ${pull} standard error${pull === 1 ? "" : "s"} of the fold-wise score difference ` +
    `(the pull at ${result.data.weeks} weeks), since CV alone picks noise among shapes the data cannot tell apart.`
  );
}

/**
 * The tuned settings: per stage and channel the adstock, saturation and on/off indicator, with the stage's
 * elastic-net penalty and mixing, so a reader can see what the numbers above rest on.
 *
 * @param result - `fitMmm`'s result (its hyperparameters)
 * @returns the section
 * @example
 * modelDetailsSection(result).heading; // => "Model details"
 * @see Jin et al. (2017) for adstock and Hill saturation; sklearn ElasticNet for alpha and l1_ratio
 */
export function modelDetailsSection(result: MmmResult): ReportSection {
  const h = result.hyperparameters;
  const stages = [
    ...(h.mediator === null
      ? []
      : [{ name: `Stage 1: ${result.roles.mediator ?? "mediator"}`, settings: h.mediator }]),
    { name: `Stage 2: ${result.roles.outcome}`, settings: h.outcome },
  ];
  const rows: DetailRow[] = stages.flatMap((s) =>
    s.settings.channels.map((channel) => ({ stage: s.name, channel, settings: s.settings }))
  );
  const table = htmlTable(
    [
      { header: "Stage", cell: (r: DetailRow) => r.stage },
      { header: "Channel", cell: (r) => r.channel.channel },
      { header: "Adstock", cell: (r) => adstockText(r.channel.adstock) },
      { header: "Saturation", cell: (r) => saturationText(r.channel.saturation) },
      { header: "On/off term", cell: (r) => (r.channel.onOff ? "yes" : "no") },
    ],
    rows,
    { caption: "Tuned transforms per channel" }
  );
  const penalties = htmlTable(
    [
      { header: "Stage", cell: (s: (typeof stages)[number]) => s.name },
      {
        header: "Penalty α",
        cell: (s) => formatNumber(s.settings.alpha, "statistic"),
        kind: "number",
      },
      {
        header: "L1 ratio",
        cell: (s) => formatNumber(s.settings.l1Ratio, "ratio"),
        kind: "number",
      },
      { header: "Active weeks only", cell: (s) => (s.settings.activeWeeksOnly ? "yes" : "no") },
      {
        header: "CV score (RMSE, fitted scale)",
        cell: (s) => formatNumber(s.settings.cvScore, "statistic"),
        kind: "number",
      },
    ],
    stages,
    { caption: `Elastic-net settings (${result.form} form)` }
  );
  const note = `<p class="note">${escapeHtml(searchNote(result))}</p>`;
  return { id: "model", heading: "Model details", html: table + penalties + note };
}
