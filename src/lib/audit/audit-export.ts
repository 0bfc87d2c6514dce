import { csvCell } from "../http/csv"

/** An audit entry as an export writes it. */
export type ExportedEntry = {
  id: string
  created_at: Date | string
  actor_type: string
  actor_id: string
  action: string
  target_type: string | null
  target_id: string | null
  status_code: number
  request_id: string | null
  ip: string | null
  user_agent: string | null
  changes: unknown
}

const COLUMNS: Array<keyof ExportedEntry> = [
  "id",
  "created_at",
  "actor_type",
  "actor_id",
  "action",
  "target_type",
  "target_id",
  "status_code",
  "request_id",
  "ip",
  "user_agent",
  "changes",
]

const cell = (entry: ExportedEntry, column: keyof ExportedEntry) =>
  csvCell(column === "changes" ? (entry.changes === null ? "" : JSON.stringify(entry.changes)) : entry[column])

/** The CSV header line (CRLF-terminated, as every line). */
export const auditCsvHeader = () => COLUMNS.join(",") + "\r\n"

/** Entries as CSV lines (the changes as JSON in one cell) or as JSON lines. */
export function exportLines(entries: ExportedEntry[], format: "csv" | "jsonl"): string {
  if (format === "jsonl") {
    return entries.map((entry) => JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, entry[c]]))) + "\n").join("")
  }
  return entries.map((entry) => COLUMNS.map((column) => cell(entry, column)).join(",") + "\r\n").join("")
}
