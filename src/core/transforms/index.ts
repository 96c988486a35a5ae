/**
 * Transforms of weekly series: adstock (carry-over), saturation (diminishing returns), log1p and lag.
 *
 * Two layers (STYLE.md §6): one pure function per shape (`geometricAdstock`, `hillSaturation`, …) and a plain-JSON
 * spec per family (`AdstockSpec`, `SaturationSpec`) dispatched by `applyAdstock`/`applySaturation`, with a registry
 * giving each kind's function, parameter bounds and defaults.
 *
 * To add an adstock shape: write `adstock/<name>Adstock.ts` (validate with `checkParameter` and bounds from
 * `constants.ts`), add its variant to `AdstockSpec` and `ADSTOCK_KINDS`, register it in `adstock/registry.ts`, add
 * its case to `applyAdstock` (the compiler insists), and add reference values under `test/fixtures/transforms/`.
 * The parametrised registry tests then cover it. Saturation works the same way.
 */
export { checkParameter, isWithinBound, type ParameterBound } from "./parameterBound";
export { geometricAdstock, type GeometricAdstockParams } from "./adstock/geometricAdstock";
export { weibullAdstock } from "./adstock/weibullAdstock";
export { weibullAdstockWeights, type WeibullAdstockParams } from "./adstock/weibullAdstockWeights";
export { noAdstock } from "./adstock/noAdstock";
export { ADSTOCK_KINDS, type AdstockKind, type AdstockSpec } from "./adstock/adstockSpec";
export { applyAdstock } from "./adstock/applyAdstock";
export { adstockRegistry, type AdstockRegistryEntry } from "./adstock/registry";
export { parseAdstockSpec } from "./adstock/parseAdstockSpec";
export { hillSaturation, type HillSaturationParams } from "./saturation/hillSaturation";
export { logisticSaturation, type LogisticSaturationParams } from "./saturation/logisticSaturation";
export { noSaturation } from "./saturation/noSaturation";
export {
  SATURATION_KINDS,
  type SaturationKind,
  type SaturationSpec,
} from "./saturation/saturationSpec";
export { applySaturation } from "./saturation/applySaturation";
export { saturationRegistry, type SaturationRegistryEntry } from "./saturation/registry";
export { parseSaturationSpec } from "./saturation/parseSaturationSpec";
export { log1pTransform } from "./log1pTransform";
export { lagSeries } from "./lagSeries";
