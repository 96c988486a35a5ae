// The dashboard's channel colours (Tableau 10), so Excel and the report colour a channel alike.
import { DASHBOARD_CHANNEL_COLORS as CHANNEL_COLORS } from "../core/charts/constants";

/** Share of white mixed into a channel's colour for its via-mediator part (same hue, lighter). */
const INDIRECT_TINT = 0.5;

function tint(hex: string, share: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number): string => {
    const c = (value >> shift) & 0xff;
    return Math.round(c + (255 - c) * share)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

/** A channel's two colours: its own for the direct path, a lighter tint for the path through the mediator. */
export interface ChannelColor {
  readonly direct: string;
  readonly indirect: string;
}

/**
 * Stable colours per channel (by position), so a channel looks the same in every chart of the report.
 *
 * @param index - the channel's position in `roles.social` (0-based; wraps after 10)
 * @returns the direct and via-mediator colours as `#rrggbb`
 * @example
 * channelColor(0); // => { direct: "#4c78a8", indirect: "#a6bcd4" }
 * @see https://vega.github.io/vega/docs/schemes/#tableau10
 */
export function channelColor(index: number): ChannelColor {
  const base = CHANNEL_COLORS[index % CHANNEL_COLORS.length] as string;
  return { direct: base, indirect: tint(base, INDIRECT_TINT) };
}
