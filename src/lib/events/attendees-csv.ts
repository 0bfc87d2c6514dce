/** An attendee as the host's list shows them. */
export type AttendeeRow = {
  attendee_name: string
  attendee_email: string | null
  ticket_type: string
  status: string
  checked_in_at: Date | string | null
}

const COLUMNS: Array<[keyof AttendeeRow, string]> = [
  ["attendee_name", "Name"],
  ["attendee_email", "Email"],
  ["ticket_type", "Ticket"],
  ["status", "Status"],
  ["checked_in_at", "Checked in at"],
]

/**
 * One CSV cell: quoted when it holds a comma, quote or line break, and a
 * leading = + - @ or tab defused with an apostrophe, so a spreadsheet never
 * runs an attendee's name as a formula.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The attendee list as CSV (RFC 4180, CRLF line ends), a header row first. */
export function attendeesCsv(rows: AttendeeRow[]): string {
  const lines = [COLUMNS.map(([, label]) => label), ...rows.map((row) => COLUMNS.map(([key]) => csvCell(row[key])))]
  return lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n"
}
