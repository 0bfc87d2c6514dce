import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { AdminEvent, useDateAttendees, useEvent, useEventAction } from "../../../lib/events"
import { momentInZone, sessionTimes } from "../../../lib/zoned-format"

/** One event: every date's sales, its attendees, capacity and cancellation; and the door, where staff check tickets in. */
const EventPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useEvent(id)
  const [openDate, setOpenDate] = useState<string | null>(null)
  if (isLoading) return <Text className="px-6 py-4">Loading the event…</Text>
  if (isError || !data) return <Text className="text-ui-fg-error px-6 py-4">Could not load the event: {(error as Error)?.message}</Text>
  const { event } = data
  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0" data-testid="avenrae-event">
        <div className="px-6 py-4">
          <Heading level="h1">
            {event.title} <Badge size="2xsmall">{event.status}</Badge>
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {[event.kind, event.venue_name, event.city].filter(Boolean).join(" · ")} · times in {event.timezone} ·{" "}
            {event.ticket_types.map((t) => `${t.name} (up to ${t.per_order_limit} per order)`).join(", ")}
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Sold</Table.HeaderCell>
              <Table.HeaderCell>In</Table.HeaderCell>
              <Table.HeaderCell>Held</Table.HeaderCell>
              <Table.HeaderCell>Waitlist</Table.HeaderCell>
              <Table.HeaderCell>Left</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {event.dates.map((date) => (
              <Table.Row key={date.id} data-testid="admin-event-date" onClick={() => setOpenDate(date.id)} className="cursor-pointer">
                <Table.Cell>
                  {sessionTimes(date.starts_at, date.ends_at, event.timezone)}
                  {date.status !== "scheduled" && (
                    <Badge size="2xsmall" color="red">
                      {date.status}
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {date.sold} / {date.capacity}
                </Table.Cell>
                <Table.Cell>{date.checked_in}</Table.Cell>
                <Table.Cell>{date.held}</Table.Cell>
                <Table.Cell>
                  {date.waiting} waiting{date.offered ? `, ${date.offered} offered` : ""}
                </Table.Cell>
                <Table.Cell>{date.seats_left}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      {openDate && <DatePanel event={event} dateId={openDate} />}
      <CheckInDesk />
    </div>
  )
}

/** A date's attendees, its capacity and its cancellation. */
const DatePanel = ({ event, dateId }: { event: AdminEvent; dateId: string }) => {
  const date = event.dates.find((d) => d.id === dateId)!
  const attendees = useDateAttendees(dateId)
  const action = useEventAction()
  const [capacity, setCapacity] = useState(String(date.capacity))
  const [reason, setReason] = useState("")
  const [answer, setAnswer] = useState<string>()
  const run = (path: string, body: Record<string, unknown>, done: (result: Record<string, any>) => string) =>
    action.mutate({ path, body }, { onSuccess: (result) => setAnswer(done(result)), onError: (e) => setAnswer((e as Error).message) })
  return (
    <Container className="divide-y p-0" data-testid="admin-event-date-panel">
      <div className="px-6 py-4">
        <Heading level="h2">{sessionTimes(date.starts_at, date.ends_at, event.timezone)}</Heading>
        {date.cancellation_reason && <Text size="small">Cancelled: {date.cancellation_reason}</Text>}
        <a
          href={`/admin/events/dates/${date.id}/attendees?format=csv`}
          className="txt-compact-small text-ui-fg-interactive hover:underline"
        >
          Download attendees (CSV)
        </a>
      </div>
      {date.status === "scheduled" && (
        <div className="flex flex-wrap items-end gap-4 px-6 py-4">
          <div>
            <Label htmlFor="date-capacity" size="small">
              Capacity
            </Label>
            <Input id="date-capacity" size="small" type="number" value={capacity} onChange={(e) => setCapacity(e.target.value)} />
          </div>
          <Button
            size="small"
            variant="secondary"
            isLoading={action.isPending}
            onClick={() => run(`/admin/events/dates/${date.id}`, { capacity: Number(capacity) }, () => "Capacity changed.")}
          >
            Change capacity
          </Button>
          <div>
            <Label htmlFor="date-cancel-reason" size="small">
              Reason to cancel
            </Label>
            <Input id="date-cancel-reason" size="small" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <Button
            size="small"
            variant="danger"
            disabled={!reason.trim()}
            isLoading={action.isPending}
            onClick={() =>
              run(
                `/admin/events/dates/${date.id}/cancel`,
                { reason },
                (r) => `Cancelled; ${r.event_date_cancellation.tickets_cancelled} tickets refunded in full.`
              )
            }
          >
            Cancel date and refund everyone
          </Button>
        </div>
      )}
      {answer && (
        <Text size="small" className="px-6 py-2" aria-live="polite">
          {answer}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Attendee</Table.HeaderCell>
            <Table.HeaderCell>Email</Table.HeaderCell>
            <Table.HeaderCell>Ticket</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(attendees.data?.attendees ?? []).map((a, i) => (
            <Table.Row key={i} data-testid="admin-attendee">
              <Table.Cell>{a.attendee_name}</Table.Cell>
              <Table.Cell>{a.attendee_email ?? "—"}</Table.Cell>
              <Table.Cell>{a.ticket_type}</Table.Cell>
              <Table.Cell>
                {a.status === "checked_in" && a.checked_in_at ? `in, ${momentInZone(a.checked_in_at, event.timezone)}` : a.status}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

/** Staff check a ticket in by its code (typed or read out); the answer says who was admitted, or why not. */
const CheckInDesk = () => {
  const action = useEventAction()
  const [code, setCode] = useState("")
  const [answer, setAnswer] = useState<string>()
  return (
    <Container className="flex flex-wrap items-end gap-3 px-6 py-4" data-testid="admin-check-in">
      <div>
        <Label htmlFor="admin-ticket-code" size="small">
          Ticket code
        </Label>
        <Input id="admin-ticket-code" size="small" value={code} onChange={(e) => setCode(e.target.value)} placeholder="ABCD-EFGH-JKMN" />
      </div>
      <Button
        size="small"
        isLoading={action.isPending}
        disabled={!code.trim()}
        onClick={() =>
          action.mutate(
            { path: "/admin/events/check-in", body: { code } },
            {
              onSuccess: (r) => setAnswer(`Admitted: ${(r.ticket as { attendee_name: string }).attendee_name}`),
              onError: (e) => setAnswer((e as Error).message),
            }
          )
        }
      >
        Check in
      </Button>
      {answer && (
        <Text size="small" aria-live="polite" data-testid="admin-door-answer">
          {answer}
        </Text>
      )}
    </Container>
  )
}

export default EventPage
