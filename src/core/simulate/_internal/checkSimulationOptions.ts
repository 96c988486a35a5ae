import { InvalidParameterError } from "../../errors";
import { MAX_WEEKS, MIN_WEEKS } from "../constants";
import type { ResolvedSimulationOptions } from "../simulationOptions";

function ensure(parameter: string, ok: boolean, expectation: string, value: unknown): void {
  if (!ok)
    throw new InvalidParameterError(
      parameter,
      `${parameter} must be ${expectation} (got ${String(value)}).`
    );
}

/**
 * Checks every resolved simulation option, throwing on the first one out of range.
 *
 * @param o - resolved options
 * @param fixedColumns - column names a channel may not take
 * @throws {InvalidParameterError} naming the option (e.g. `channels.tiktok_spend.decay`)
 */
export function checkSimulationOptions(
  o: ResolvedSimulationOptions,
  fixedColumns: readonly string[]
): void {
  ensure("seed", Number.isInteger(o.seed), "a whole number", o.seed);
  ensure(
    "weeks",
    Number.isInteger(o.weeks) && o.weeks >= MIN_WEEKS && o.weeks <= MAX_WEEKS,
    `a whole number from ${MIN_WEEKS} to ${MAX_WEEKS}`,
    o.weeks
  );
  const start = new Date(`${o.startDate}T00:00:00Z`);
  ensure(
    "startDate",
    /^\d{4}-\d{2}-\d{2}$/.test(o.startDate) &&
      !Number.isNaN(start.getTime()) &&
      start.toISOString().slice(0, 10) === o.startDate &&
      start.getUTCDay() === 0,
    "an ISO date (yyyy-mm-dd) falling on a Sunday",
    o.startDate
  );
  ensure("channels", o.channels.length >= 1, "a list of at least one channel", o.channels.length);
  const names = new Set<string>();
  for (const c of o.channels) {
    const p = `channels.${c.name}`;
    ensure(
      "channels.name",
      typeof c.name === "string" && c.name.trim() !== "",
      "a non-empty column name",
      c.name
    );
    ensure(
      p,
      !names.has(c.name) && !fixedColumns.includes(c.name),
      "a name used once and not one of the fixed columns",
      c.name
    );
    names.add(c.name);
    ensure(
      `${p}.meanSpend`,
      c.meanSpend > 0 && Number.isFinite(c.meanSpend),
      "a positive amount",
      c.meanSpend
    );
    ensure(
      `${p}.activeShare`,
      c.activeShare > 0 && c.activeShare <= 1,
      "above 0 and at most 1",
      c.activeShare
    );
    ensure(
      `${p}.burstWeeks`,
      c.burstWeeks >= 1 && Number.isFinite(c.burstWeeks),
      "at least 1 week",
      c.burstWeeks
    );
    checkResponse(p, c);
    ensure(
      `${p}.mediatedStrength`,
      c.mediatedStrength >= 0 && Number.isFinite(c.mediatedStrength),
      "0 or more",
      c.mediatedStrength
    );
    ensure(
      `${p}.directStrength`,
      c.directStrength >= 0 && Number.isFinite(c.directStrength),
      "0 or more",
      c.directStrength
    );
  }
  const g = o.google;
  checkResponse("google", g);
  ensure(
    "google.strength",
    g.strength >= 0 && Number.isFinite(g.strength),
    "0 or more",
    g.strength
  );
  ensure(
    "google.baseline",
    g.baseline >= 0 && Number.isFinite(g.baseline),
    "0 or more",
    g.baseline
  );
  ensure(
    "google.offWeeksShare",
    g.offWeeksShare >= 0 && g.offWeeksShare < 1,
    "at least 0 and below 1",
    g.offWeeksShare
  );
  ensure("google.noise", g.noise >= 0 && g.noise <= 1, "from 0 to 1", g.noise);
  ensure("noise", o.noise >= 0 && o.noise <= 0.5, "from 0 to 0.5", o.noise);
  ensure(
    "priceElasticity",
    Number.isFinite(o.priceElasticity),
    "a finite number",
    o.priceElasticity
  );
  ensure("promoLift", o.promoLift > -1 && Number.isFinite(o.promoLift), "above −1", o.promoLift);
  ensure(
    "promoShare",
    o.promoShare >= 0 && o.promoShare < 1,
    "at least 0 and below 1",
    o.promoShare
  );
  ensure(
    "crm.emailEffect",
    Number.isFinite(o.crm.emailEffect),
    "a finite number",
    o.crm.emailEffect
  );
  ensure("crm.smsEffect", Number.isFinite(o.crm.smsEffect), "a finite number", o.crm.smsEffect);
  ensure(
    "intercept",
    o.intercept > 0 && Number.isFinite(o.intercept),
    "a positive amount",
    o.intercept
  );
  ensure(
    "trend",
    Number.isFinite(o.trend) && o.intercept + Math.min(0, o.trend) > 0,
    "finite and keep base revenue positive",
    o.trend
  );
  ensure(
    "seasonality",
    o.seasonality >= 0 && o.seasonality < o.intercept + Math.min(0, o.trend),
    "at least 0 and below the lowest base revenue",
    o.seasonality
  );
  ensure(
    "adstockMaxLag",
    Number.isInteger(o.adstockMaxLag) && o.adstockMaxLag >= 0,
    "a whole number of weeks, 0 or more",
    o.adstockMaxLag
  );
}

function checkResponse(
  prefix: string,
  r: { decay: number; halfSaturation: number; shape: number }
): void {
  ensure(`${prefix}.decay`, r.decay >= 0 && r.decay < 1, "at least 0 and below 1", r.decay);
  ensure(
    `${prefix}.halfSaturation`,
    r.halfSaturation > 0 && Number.isFinite(r.halfSaturation),
    "a positive number",
    r.halfSaturation
  );
  ensure(`${prefix}.shape`, r.shape > 0 && Number.isFinite(r.shape), "a positive number", r.shape);
}
