import { readableName } from "./readableName";

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The text with each name (raw, `tiktok_spend`, or as the checks spell it in a sentence, "Tiktok spend") replaced by
 * its readable name ("TikTok spend"), so a check's label and finding name a channel the way the tables do.
 * @param text - a label or finding written by a check.
 * @param names - the feature or column names the check concerns.
 * @returns the text with readable names.
 * @example withReadableNames("tiktok_spend is always on", ["tiktok_spend"]) // => "TikTok spend is always on"
 */
export function withReadableNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    if (name.length === 0) continue;
    const spaced = name.replace(/[_\s]+/g, " ").trim();
    const sentence = spaced.charAt(0).toUpperCase() + spaced.slice(1);
    const pattern = new RegExp(
      `\\b(${[name, sentence, spaced].map(escapeRegExp).join("|")})\\b`,
      "g"
    );
    out = out.replace(pattern, readableName(name));
  }
  return out;
}
