import type { ColumnRoles } from "../types";
import { normalizeHeader } from "./_internal/normalizeHeader";
import {
  CONTROL_NAMES,
  CONTROL_PATTERN,
  DATE_NAMES,
  MEDIATOR_PATTERN,
  OUTCOME_NAMES,
  SPEND_PATTERN,
} from "./rolePatterns";

function firstByPriority(normalized: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const index = normalized.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * Guesses each column's role from its header alone, as the task pane proposes them before the user adjusts.
 *
 * Matching ignores case, surrounding spaces and spaces/hyphens vs `_`. The date is the best match among
 * date/week/date_week/DATE/time…, the outcome among revenue/sales/conversions/y…; the first google/search spend
 * column (google_spend, search_S, `*search*spend*`) is the mediator; every other `*_spend` or `*_S` column is a
 * social (paid media) channel; price, promotions/promo, emails_send, sms_send, social_followers, newsletter,
 * competitor figures, events and Meridian's `*_control` are controls; anything else is ignored. Each header gets
 * at most one role, and a repeated header only counts once.
 *
 * @param headers - header texts left to right: `[columns]`
 * @returns the roles found; `date` or `outcome` is `""` when no header matches, `mediator` is `null` when there is
 *   no search spend column (a plain single-stage MMM)
 * @throws never; unusual headers are ignored
 * @example
 * detectRoles(["week", "facebook_spend", "google_spend", "average_price", "revenue"]);
 * // => { date: "week", outcome: "revenue", mediator: "google_spend", social: ["facebook_spend"], controls: ["average_price"] }
 * @see {@link https://github.com/facebookexperimental/Robyn | Robyn's column conventions} (`_S`, `_B`)
 */
export function detectRoles(headers: readonly string[]): ColumnRoles {
  const normalized = headers.map((header) =>
    normalizeHeader(typeof header === "string" ? header : "")
  );
  const dateIndex = firstByPriority(normalized, DATE_NAMES);
  const outcomeIndex = firstByPriority(normalized, OUTCOME_NAMES);
  let mediator: string | null = null;
  const social: string[] = [];
  const controls: string[] = [];
  const seen = new Set<string>();
  normalized.forEach((name, index) => {
    const header = headers[index] as string;
    if (index === dateIndex || index === outcomeIndex || name === "" || seen.has(name)) return;
    seen.add(name);
    if (name.includes("competitor")) controls.push(header);
    else if (mediator === null && MEDIATOR_PATTERN.test(name)) mediator = header;
    else if (SPEND_PATTERN.test(name)) social.push(header);
    else if (CONTROL_NAMES.includes(name) || CONTROL_PATTERN.test(name)) controls.push(header);
  });
  return {
    date: dateIndex >= 0 ? (headers[dateIndex] as string) : "",
    outcome: outcomeIndex >= 0 ? (headers[outcomeIndex] as string) : "",
    mediator,
    social,
    controls,
  };
}
