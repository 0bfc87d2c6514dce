import type { FieldChangeLine } from "../lib/audit"

/** An entry's changed fields, one line each, before → after; `limit` shows only the first few and says how many more. */
export const AuditFieldChanges = ({ lines, limit }: { lines: FieldChangeLine[]; limit?: number }) => {
  if (!lines.length) return null
  const shown = limit === undefined ? lines : lines.slice(0, limit)
  return (
    <ul className="flex flex-col gap-0.5" aria-label="Changed fields" data-testid="audit-field-changes">
      {shown.map((line) => (
        <li key={line.field} className="txt-compact-small break-words">
          <span className="text-ui-fg-subtle">{line.label}:</span> <code className="break-all">{line.before}</code> →{" "}
          <code className="break-all">{line.after}</code>
        </li>
      ))}
      {shown.length < lines.length && <li className="txt-compact-xsmall text-ui-fg-subtle">and {lines.length - shown.length} more</li>}
    </ul>
  )
}
