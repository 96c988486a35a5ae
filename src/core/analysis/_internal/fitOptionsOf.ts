import type { FitOptions, ResolvedFitOptions } from "../../model/types";

/** The resolved options of a fit as `FitOptions` again (fitTime null dropped), for refits with the same settings. */
export function fitOptionsOf(resolved: ResolvedFitOptions): FitOptions {
  const { fitTime, ...rest } = resolved;
  return fitTime === null ? rest : { ...rest, fitTime };
}
