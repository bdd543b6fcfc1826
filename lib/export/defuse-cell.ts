// Spreadsheet formula injection: Excel, LibreOffice and Sheets run a cell that starts with
// = + - @ (or a tab / carriage return followed by one) as a formula. Article text is untrusted,
// so such cells get a leading single quote, which every spreadsheet shows as plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function defuseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
