import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { AdminTicket, useEventAction, useOrderTickets } from "../lib/events"
import { momentInZone, sessionTimes } from "../lib/zoned-format"

/** On the order page: the tickets bought in this order, one per attendee; staff can cancel one (refunded in full). Nothing for an order without tickets. */
const OrderTicketsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isError, error } = useOrderTickets(order.id)
  if (isError) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error">Could not load this order's tickets: {(error as Error).message}</Text>
      </Container>
    )
  }
  if (!data?.tickets.length) return null
  return (
    <Container className="divide-y p-0" data-testid="avenrae-order-tickets">
      <div className="px-6 py-4">
        <Heading level="h2">Tickets</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Times in each event's zone.
        </Text>
      </div>
      {data.tickets.map((ticket) => (
        <OrderTicket key={ticket.id} ticket={ticket} currency={order.currency_code} />
      ))}
    </Container>
  )
}

const OrderTicket = ({ ticket, currency }: { ticket: AdminTicket; currency: string }) => {
  const cancel = useEventAction()
  const { event } = ticket.event_date
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4" data-testid="order-ticket">
      <div className="flex flex-col gap-1">
        <Text size="small" weight="plus">
          {ticket.attendee_name} <Badge size="2xsmall">{ticket.status.replace("_", " ")}</Badge>
        </Text>
        <Link to={`/events/${event.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
          {event.title}
        </Link>
        <Text size="small" className="text-ui-fg-subtle">
          {ticket.ticket_type.name} · {sessionTimes(ticket.event_date.starts_at, ticket.event_date.ends_at, event.timezone)}
        </Text>
        {ticket.checked_in_at && (
          <Text size="small" className="text-ui-fg-subtle">
            In at {momentInZone(ticket.checked_in_at, event.timezone)} by {ticket.checked_in_by}
          </Text>
        )}
        {ticket.status === "refunded" && (
          <Text size="small" className="text-ui-fg-subtle">
            Refunded {Number(ticket.refund_amount)} {currency.toUpperCase()}
          </Text>
        )}
        {cancel.isError && <Text className="text-ui-fg-error">{(cancel.error as Error).message}</Text>}
      </div>
      {ticket.status === "valid" && (
        <Button
          size="small"
          variant="secondary"
          isLoading={cancel.isPending}
          onClick={() =>
            cancel.mutate({ path: `/admin/events/tickets/${ticket.id}/cancel`, body: { confirm: true, reason: "Cancelled by staff" } })
          }
        >
          Cancel and refund
        </Button>
      )}
    </div>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderTicketsWidget
