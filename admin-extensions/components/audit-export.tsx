import { Button, Text } from "@medusajs/ui"
import { AuditFilters, ExportFormat, exportDays, exportLinkOf, exportProblem } from "../lib/audit-filters"

const FORMATS: Array<[ExportFormat, string]> = [
  ["csv", "Export CSV"],
  ["jsonl", "Export JSON lines"],
]

/**
 * Downloads of the log with the page's filters, as CSV or JSON lines, for the
 * filters' days or else the last 30 (plain links: the browser sends the staff
 * session, as for the admin's other CSV downloads).
 */
export const AuditExport = ({ filters }: { filters: AuditFilters }) => {
  const now = new Date()
  const days = exportDays(filters, now)
  const problem = exportProblem(filters, now)
  return (
    <div className="flex flex-col items-end gap-1" data-testid="audit-export">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <Text size="small" className="text-ui-fg-subtle">
          {days.from} to {days.to}
        </Text>
        {FORMATS.map(([format, label]) =>
          problem ? (
            <Button key={format} size="small" variant="secondary" disabled>
              {label}
            </Button>
          ) : (
            <Button key={format} size="small" variant="secondary" asChild>
              <a href={exportLinkOf(filters, format, now)} download>
                {label}
              </a>
            </Button>
          )
        )}
      </div>
      {problem && (
        <Text size="small" className="text-ui-fg-error">
          {problem}
        </Text>
      )}
    </div>
  )
}
