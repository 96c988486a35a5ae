import { TextDecoder } from "node:util";
import iconv from "iconv-lite";

/** What `decodeCsvBytes` made of a file: its text and, when the encoding had to be guessed, a warning saying so. */
export interface DecodedCsv {
  readonly text: string;
  /** Null for UTF-8 (with or without byte-order mark) and BOM-marked UTF-16. */
  readonly warning: string | null;
}

/**
 * The encoding assumed for bytes that are not valid UTF-8: Windows-1252, which Excel's "CSV (Comma delimited)"
 * writes on Western-European Windows (Latin-1 files decode the same, except 0x80–0x9F which Latin-1 leaves unused).
 */
export const FALLBACK_CSV_ENCODING = "windows-1252";

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** 1-based line of the first byte sequence that is not UTF-8 (the first replacement character of a lenient read). */
function firstBadLine(bytes: Uint8Array): number {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const at = lenient.indexOf("\uFFFD");
  return lenient.slice(0, Math.max(0, at)).split("\n").length;
}

/**
 * Decodes a CSV file's bytes. UTF-8 is read strictly (TextDecoder `fatal`), so a file in another encoding is never
 * turned into replacement characters without a word: bytes that are not UTF-8 are read as Windows-1252 and the
 * warning names the first bad line and how to re-save the file as UTF-8. UTF-16 with a byte-order mark (Excel's
 * "Unicode Text") is decoded as such. A UTF-8 byte-order mark is dropped.
 *
 * @param bytes - the file's content
 * @param fileName - the file's name, for the warning
 * @returns the text and a warning (null when the encoding was certain)
 * @example
 * decodeCsvBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), "data.csv").text; // => "café" (with a warning)
 * @see https://encoding.spec.whatwg.org/#windows-1252
 */
export function decodeCsvBytes(bytes: Uint8Array, fileName: string): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warning: null };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warning: null };
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), warning: null };
  } catch {
    // Node's own TextDecoder("windows-1252") decodes as ISO-8859-1 (0x80 → U+0080, not €), hence iconv-lite.
    return {
      text: iconv.decode(Buffer.from(body), FALLBACK_CSV_ENCODING),
      warning:
        `${fileName} is not UTF-8 (first at line ${firstBadLine(body)}), so it was read as Windows-1252 ` +
        `(Western European). If names or text look wrong, save it from Excel as "CSV UTF-8 (Comma delimited)".`,
    };
  }
}
