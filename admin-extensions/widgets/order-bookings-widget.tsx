import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { BookingStatusBadge } from "../components/booking-status"
import { BookingTimes } from "../components/booking-times"
import { CancelBookingButton } from "../components/cancel-booking"
import { MeetingPlace } from "../components/meeting-place"
import { offeringName, staffCanCancel } from "../lib/booking-summary"
import { AdminBooking, useBookings } from "../lib/bookings"

/** On the order page: the sessions booked in this order, with both zones' times; nothing for an order without sessions. */
const OrderBookingsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isError, error } = useBookings({ order_id: order.id })
  if (isError) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error">Could not load this order's sessions: {(error as Error).message}</Text>
      </Container>
    )
  }
  if (!data?.bookings.length) return null
  return (
    <Container className="divide-y p-0" data-testid="avenrae-order-bookings">
      <div className="px-6 py-4">
        <Heading level="h2">Sessions</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Each time is shown in the practitioner's zone and in the client's.
        </Text>
      </div>
      {data.bookings.map((booking) => (
        <OrderBooking key={booking.id} booking={booking} cancellable={staffCanCancel(booking)} />
      ))}
    </Container>
  )
}

const OrderBooking = ({ booking, cancellable }: { booking: AdminBooking; cancellable: boolean }) => (
  <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4" data-testid="order-booking" data-booking-id={booking.id}>
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        {booking.practitioner ? (
          <Link to={`/practitioners/${booking.practitioner.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
            {booking.practitioner.display_name}
          </Link>
        ) : (
          <Text size="small" weight="plus">
            Practitioner not found
          </Text>
        )}
        <BookingStatusBadge status={booking.status} />
      </div>
      {offeringName(booking) && (
        <Text size="small" className="text-ui-fg-subtle">
          {offeringName(booking)}
        </Text>
      )}
      <BookingTimes booking={booking} />
      <MeetingPlace booking={booking} />
      {booking.cancellation_reason && (
        <Text size="small" className="text-ui-fg-subtle">
          Cancelled by {booking.cancelled_by ?? "unknown"}: {booking.cancellation_reason}
        </Text>
      )}
    </div>
    {cancellable && <CancelBookingButton booking={booking} />}
  </div>
)

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderBookingsWidget
