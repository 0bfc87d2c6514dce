import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarMini } from "@medusajs/icons"
import { Badge, Container, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ListHeader, StatusTabs } from "../../components/list-controls"
import { Pager } from "../../components/pager"
import { useEvents } from "../../lib/events"
import { sessionTimes } from "../../lib/zoned-format"

const PAGE_SIZE = 20
const TABS = ["published", "draft", "cancelled", ""] as const

/** Events: every event, by status and title, each with its next date's sales. */
const EventsPage = () => {
  const [status, setStatus] = useState<(typeof TABS)[number]>("published")
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const { data, isLoading, isError, error } = useEvents({
    status: status || undefined,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  return (
    <Container className="divide-y p-0" data-testid="avenrae-events">
      <ListHeader
        title="Events"
        searchLabel="Search by title"
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
      {isLoading && <Text className="px-6 py-4">Loading events…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load events: {(error as Error).message}</Text>}
      {data && data.events.length === 0 && <Text className="px-6 py-4">No events here.</Text>}
      {data && data.events.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Event</Table.HeaderCell>
              <Table.HeaderCell>Next date</Table.HeaderCell>
              <Table.HeaderCell>Sold</Table.HeaderCell>
              <Table.HeaderCell>Waiting</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.events.map((event) => {
              const next = event.dates.find((d) => d.status === "scheduled" && new Date(d.ends_at) > new Date()) ?? event.dates[0]
              return (
                <Table.Row key={event.id} data-testid="admin-event-row">
                  <Table.Cell>
                    <Link to={`/events/${event.id}`} className="text-ui-fg-interactive hover:underline">
                      {event.title}
                    </Link>{" "}
                    <Badge size="2xsmall">{event.status}</Badge>
                    <Text size="small" className="text-ui-fg-subtle">
                      {[event.kind, event.city ?? (event.format === "online" ? "online" : null)].filter(Boolean).join(" · ")}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>{next ? sessionTimes(next.starts_at, next.ends_at, event.timezone) : "—"}</Table.Cell>
                  <Table.Cell>{next ? `${next.sold} / ${next.capacity}` : "—"}</Table.Cell>
                  <Table.Cell>{next ? next.waiting + next.offered : "—"}</Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      {data && <Pager count={data.count} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Events", icon: CalendarMini })

export default EventsPage
