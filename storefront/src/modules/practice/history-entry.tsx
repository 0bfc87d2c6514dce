import type { FieldChangeLine, HistoryEntry } from "@/lib/data/history"
import { datedTime } from "@/lib/util/session-time"

/** How many changed fields show before the rest fold away (a new record lists every field it was given). */
const FIELDS_SHOWN = 5

/** One change in the practitioner's history: when, by whom, what in words, and each changed field before → after. */
export function HistoryEntryCard({ entry, zone }: { entry: HistoryEntry; zone: string }) {
  const lines = entry.field_lines
  return (
    <li className="card p-4" data-testid="history-entry" data-entry-id={entry.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium">{entry.summary}</p>
        <p className="text-xs text-ink-soft">
          <time dateTime={entry.created_at}>{datedTime(entry.created_at, zone)}</time> · {entry.by === "you" ? "You" : "Avenrae staff"}
        </p>
      </div>
      {lines.length > 0 && <FieldChanges lines={lines.slice(0, FIELDS_SHOWN)} />}
      {lines.length > FIELDS_SHOWN && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer underline">
            {lines.length - FIELDS_SHOWN} more {lines.length - FIELDS_SHOWN === 1 ? "field" : "fields"}
          </summary>
          <FieldChanges lines={lines.slice(FIELDS_SHOWN)} />
        </details>
      )}
    </li>
  )
}

function FieldChanges({ lines }: { lines: FieldChangeLine[] }) {
  return (
    <ul className="mt-2 space-y-0.5 text-sm" aria-label="Changed fields">
      {lines.map((line) => (
        <li key={line.field} className="break-words">
          <span className="text-ink-soft">{line.label}:</span> <span className="break-all">{line.before}</span> →{" "}
          <span className="break-all">{line.after}</span>
        </li>
      ))}
    </ul>
  )
}
