import { MODEL_XML_NAMESPACE } from "./constants";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};
const UNESCAPES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * Wraps model JSON in the XML document stored as a custom XML part (text escaped, so any JSON round-trips).
 * @param json - The serialized model (serializeModel's output).
 * @returns An XML document whose root element is in MODEL_XML_NAMESPACE.
 * @example modelToXml('{"a":1}') // => '<mmmModel xmlns="urn:mmm-excel-addin:model:1">{&quot;a&quot;:1}</mmmModel>'
 * @see https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#access-custom-xml-parts
 */
export function modelToXml(json: string): string {
  return `<mmmModel xmlns="${MODEL_XML_NAMESPACE}">${json.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)}</mmmModel>`;
}

/**
 * Reads the model JSON back out of the stored XML document.
 * @param xml - The custom XML part's text.
 * @returns The JSON text, or null when the document is not a model part.
 * @example xmlToModel(modelToXml('{"a":1}')) // => '{"a":1}'
 */
export function xmlToModel(xml: string): string | null {
  const match = /<mmmModel\b[^>]*>([\s\S]*)<\/mmmModel>/.exec(xml);
  if (!match || match[1] === undefined) return null;
  return match[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => UNESCAPES[name] ?? "");
}
