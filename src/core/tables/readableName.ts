import { READABLE_WORDS } from "./constants";

/** A Fourier term's name as the model builds it (`sin_1`, `cos_2`): see core/features/fourierFeatures.ts. */
const FOURIER_TERM = /^(sin|cos)_(\d+)$/;

/**
 * A model feature or data column in words a marketer reads: `tiktok_spend` → "TikTok spend", the seasonal Fourier
 * terms `sin_1` / `cos_2` → "Season (sine 1)" / "Season (cosine 2)". Underscores become spaces, the first word is
 * capitalised and brand or acronym words take their own spelling (READABLE_WORDS); anything else is kept as written.
 * @param feature - a feature name of the model or a column header.
 * @returns the name for a table cell.
 * @example readableName("tiktok_spend") // => "TikTok spend"
 * @example readableName("sin_1") // => "Season (sine 1)"
 */
export function readableName(feature: string): string {
  const fourier = FOURIER_TERM.exec(feature);
  if (fourier) return `Season (${fourier[1] === "sin" ? "sine" : "cosine"} ${fourier[2]})`;
  const words = feature
    .replace(/[_\s]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0)
    .map((word) => READABLE_WORDS[word.toLowerCase()] ?? word);
  const [first = "", ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(" ");
}
