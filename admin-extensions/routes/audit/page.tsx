import { defineRouteConfig } from "@medusajs/admin-sdk"
import { History } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { AuditEntryDrawer } from "../../components/audit-entry-drawer"
import { AuditExport } from "../../components/audit-export"
import { AuditFilterBar } from "../../components/audit-filter-bar"
import { AuditRow } from "../../components/audit-row"
import { CursorPager } from "../../components/cursor-pager"
import { AuditEntry, useAuditEntries } from "../../lib/audit"
import { AuditFilters, filtersFromParams, listQueryOf, paramsOfFilters } from "../../lib/audit-filters"

const PAGE_SIZE = 50

/**
 * Audit: every write staff, their API keys and practitioners made through the
 * API, newest first, with what each changed. The filters live in the address,
 * so a record's History links here.
 */
const AuditPage = () => {
  const [params, setParams] = useSearchParams()
  const filters = filtersFromParams(params)
  const shown = paramsOfFilters(filters).toString()
  return (
    <Container className="divide-y p-0" data-testid="avenrae-audit">
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Audit</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every change made through the admin, integrations and the practice portal. Entries cannot be edited or removed.
          </Text>
        </div>
        <AuditExport filters={filters} />
      </div>
      {/* Keyed by the address, so a link from a record's History resets both. */}
      <AuditFilterBar key={`filters-${shown}`} filters={filters} onApply={(chosen: AuditFilters) => setParams(paramsOfFilters(chosen))} />
      <AuditList key={`list-${shown}`} filters={filters} />
    </Container>
  )
}

const AuditList = ({ filters }: { filters: AuditFilters }) => {
  // The cursors of the pages shown before this one: Previous goes back one, other filters start again.
  const [cursors, setCursors] = useState<string[]>([])
  const [opened, setOpened] = useState<AuditEntry | null>(null)
  const { data, isLoading, isError, error } = useAuditEntries(
    listQueryOf(filters, { limit: PAGE_SIZE, cursor: cursors[cursors.length - 1] })
  )
  return (
    <>
      {isLoading && <Text className="px-6 py-4">Loading the log…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load the log: {(error as Error).message}</Text>}
      {data && !data.audit_entries.length && <Text className="px-6 py-4">No entries here.</Text>}
      {data && data.audit_entries.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Time</Table.HeaderCell>
              <Table.HeaderCell>Who</Table.HeaderCell>
              <Table.HeaderCell>Action</Table.HeaderCell>
              <Table.HeaderCell>Record</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.audit_entries.map((entry) => (
              <AuditRow key={entry.id} entry={entry} onOpen={() => setOpened(entry)} />
            ))}
          </Table.Body>
        </Table>
      )}
      {data && (
        <CursorPager
          hasPrevious={cursors.length > 0}
          hasNext={!!data.next_cursor}
          onPrevious={() => setCursors(cursors.slice(0, -1))}
          onNext={() => data.next_cursor && setCursors([...cursors, data.next_cursor])}
        />
      )}
      <AuditEntryDrawer entry={opened} onClose={() => setOpened(null)} />
    </>
  )
}

export const config = defineRouteConfig({ label: "Audit", icon: History })

export default AuditPage
