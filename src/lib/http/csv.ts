/**
 * One CSV cell: quoted when it holds a comma, quote or line break, and a
 * leading = + - @ or tab defused with an apostrophe, so a spreadsheet never
 * runs what someone typed as a formula. A plain number (-42.50) is left as
 * it is: it cannot be a formula, and money columns must stay numbers.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value)
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows as CSV (RFC 4180, CRLF line ends) with a header row of the columns' labels. */
export function csvTable<Row>(columns: Array<[keyof Row, string]>, rows: Row[]): string {
  const lines = [columns.map(([, label]) => csvCell(label)), ...rows.map((row) => columns.map(([key]) => csvCell(row[key])))]
  return lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n"
}
