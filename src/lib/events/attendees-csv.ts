import { csvTable } from "../http/csv"

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

/** The attendee list as CSV (RFC 4180, CRLF line ends), a header row first. */
export function attendeesCsv(rows: AttendeeRow[]): string {
  return csvTable(COLUMNS, rows)
}
