/** A statistic for a sentence: whole numbers from 10 up ("14"), otherwise at most 2 decimals ("0.9", "1.97"). */
export function formatStatistic(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? "∞" : String(value);
  return Math.abs(value) >= 10 ? String(Math.round(value)) : String(Number(value.toFixed(2)));
}

/** A p-value for a sentence: "p < 0.001" or "p = 0.034". */
export function formatPValue(pValue: number): string {
  return pValue < 0.001 ? "p < 0.001" : `p = ${pValue.toFixed(3)}`;
}

/** A column header for a sentence: `facebook_spend` → "Facebook spend". */
export function humanName(name: string): string {
  const words = name.replace(/[_\s]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Two features for a sentence, sharing a common last word: "Facebook and Tiktok spend". */
export function humanPair(first: string, second: string): string {
  const a = humanName(first);
  const b = humanName(second);
  const aWords = a.split(" ");
  const bWords = b.split(" ");
  const lastA = aWords[aWords.length - 1];
  if (aWords.length > 1 && bWords.length > 1 && lastA === bWords[bWords.length - 1]) {
    return `${aWords.slice(0, -1).join(" ")} and ${b}`;
  }
  return `${a} and ${b}`;
}
