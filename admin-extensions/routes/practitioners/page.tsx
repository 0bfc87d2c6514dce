import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Container, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { usePractitioners } from "../../lib/practitioners"
import { ListHeader, StatusTabs } from "../../components/list-controls"
import { Pager } from "../../components/pager"
import { PractitionerActions } from "../../components/practitioner-actions"
import { StatusBadge } from "../../components/practitioner-status"

const PAGE_SIZE = 20
const TABS = ["pending", "approved", "suspended", "rejected", ""] as const

/** Practitioners: applications to review, approved vendors to verify or suspend. */
const PractitionersPage = () => {
  const [status, setStatus] = useState<(typeof TABS)[number]>("pending")
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const { data, isLoading, isError, error } = usePractitioners({
    status: status || undefined,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  return (
    <Container className="divide-y p-0" data-testid="avenrae-practitioners">
      <ListHeader
        title="Practitioners"
        searchLabel="Search by name or email"
        q={q}
        onSearch={(next) => {
          setQ(next)
          setPage(0)
        }}
      />
      <StatusTabs
        tabs={TABS}
        current={status}
        onChange={(tab) => {
          setStatus(tab)
          setPage(0)
        }}
      />
      {isLoading && <Text className="px-6 py-4">Loading practitioners…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load practitioners: {(error as Error).message}</Text>}
      {data && data.practitioners.length === 0 && <Text className="px-6 py-4">No practitioners here.</Text>}
      {data && data.practitioners.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell>City</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Actions</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.practitioners.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  <div className="flex flex-col">
                    <span>
                      <Link to={`/practitioners/${p.id}`} className="text-ui-fg-interactive hover:underline">
                        {p.display_name}
                      </Link>{" "}
                      {p.verified && (
                        <Badge size="2xsmall" color="blue">
                          Verified
                        </Badge>
                      )}
                    </span>
                    <Text size="small" className="text-ui-fg-subtle">
                      {p.email}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell className="capitalize">{p.kind}</Table.Cell>
                <Table.Cell>{p.city ?? "—"}</Table.Cell>
                <Table.Cell>
                  <StatusBadge status={p.status} />
                  {p.status_reason && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {p.status_reason}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <PractitionerActions practitioner={p} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && <Pager count={data.count} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Practitioners",
  icon: Users,
})

export default PractitionersPage
