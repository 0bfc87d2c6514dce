import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ACTOR_LABELS, useAuditEntries } from "../lib/audit"
import { auditPageLink } from "../lib/audit-filters"
import { AuditFieldChanges } from "./audit-changes"

const LATEST = 10
const FIELDS_SHOWN = 5

/** On a record's page (an order, a product, a practitioner): the latest changes to it, linking to its whole history on the Audit page. */
export const RecordHistory = ({ targetType, targetId }: { targetType: string; targetId: string }) => {
  const filters = { target_type: targetType, target_id: targetId }
  const { data, isLoading, isError, error } = useAuditEntries({ ...filters, limit: LATEST })
  return (
    <Container className="divide-y p-0" data-testid={`${targetType}-history`}>
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">History</Heading>
        <Link to={auditPageLink(filters)} className="txt-compact-small text-ui-fg-interactive hover:underline">
          Full history
        </Link>
      </div>
      {isLoading && <Text className="px-6 py-4">Loading its history…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load its history: {(error as Error).message}</Text>}
      {data && !data.audit_entries.length && <Text className="px-6 py-4">No changes recorded yet.</Text>}
      {data?.audit_entries.map((entry) => (
        <div key={entry.id} className="flex flex-col gap-1 px-6 py-3" data-testid="history-entry">
          <Text size="small" weight="plus">
            {entry.summary}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {new Date(entry.created_at).toLocaleString()} · {entry.actor_name ?? entry.actor_id} ({ACTOR_LABELS[entry.actor_type]})
          </Text>
          <AuditFieldChanges lines={entry.field_lines} limit={FIELDS_SHOWN} />
        </div>
      ))}
    </Container>
  )
}
