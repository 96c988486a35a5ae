import { EXCEL_EPOCH_OFFSET_DAYS, MS_PER_DAY } from "../constants";

/**
 * Converts an ISO date (`yyyy-mm-dd`) to an Excel date serial (1900 date system), so Excel stores a real date
 * that sorts, filters and charts as one.
 * @param iso - Date as `yyyy-mm-dd`.
 * @returns Days since 1899-12-30; NaN when `iso` is not a date.
 * @example isoToExcelSerial("2024-01-01") // => 45292
 * @see https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 */
export function isoToExcelSerial(iso: string): number {
  const time = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? Number.NaN : time / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}

/**
 * Converts an Excel date serial (1900 date system) to an ISO date; the time of day is dropped.
 * @param serial - Days since 1899-12-30 (Excel's value of a date cell).
 * @returns `yyyy-mm-dd`.
 * @example excelSerialToIso(45292) // => "2024-01-01"
 * @see https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 */
export function excelSerialToIso(serial: number): string {
  const time = Math.round((Math.floor(serial) - EXCEL_EPOCH_OFFSET_DAYS) * MS_PER_DAY);
  return new Date(time).toISOString().slice(0, 10);
}
