import { Drawer, Heading } from "@medusajs/ui"
import { ReactNode } from "react"
import { Link } from "react-router-dom"
import { clientName, offeringName, staffCanCancel } from "../lib/booking-summary"
import type { AdminBooking } from "../lib/bookings"
import { momentInZone, money } from "../lib/zoned-format"
import { usableZone } from "../lib/zoned-week"
import { BookingStatusBadge } from "./booking-status"
import { BookingTimes } from "./booking-times"
import { CancelBookingButton } from "./cancel-booking"
import { MeetingPlace } from "./meeting-place"

/** One booking in a side drawer: times in both zones, who, what, where, and the staff's cancel action. */
export const BookingDetailDrawer = ({ booking, onClose }: { booking: AdminBooking | null; onClose: () => void }) => (
  <Drawer open={!!booking} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content data-testid="booking-detail">
      {booking && (
        <>
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading level="h2">
                {clientName(booking)} with {booking.practitioner?.display_name ?? "a practitioner"}
              </Heading>
            </Drawer.Title>
            <Drawer.Description>{offeringName(booking) ?? "Session"}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
            <div>
              <BookingStatusBadge status={booking.status} />
            </div>
            <BookingTimes booking={booking} />
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">{detailRows(booking)}</dl>
          </Drawer.Body>
          {staffCanCancel(booking) && (
            <Drawer.Footer>
              <CancelBookingButton booking={booking} />
            </Drawer.Footer>
          )}
        </>
      )}
    </Drawer.Content>
  </Drawer>
)

/** "Lerato Dube · lerato@example.com", or the email alone when that is all there is. */
function clientWithEmail(booking: AdminBooking) {
  const name = clientName(booking)
  const email = booking.customer?.email ?? booking.order?.email
  return email && email !== name ? `${name} · ${email}` : name
}

function detailRows(booking: AdminBooking) {
  const zone = usableZone(booking.practitioner?.timezone)
  const rows: Array<[string, ReactNode]> = [
    ["Client", clientWithEmail(booking)],
    [
      "Practitioner",
      booking.practitioner ? (
        <Link to={`/practitioners/${booking.practitioner.id}`} className="text-ui-fg-interactive hover:underline">
          {booking.practitioner.display_name}
        </Link>
      ) : (
        "—"
      ),
    ],
    [
      "Order",
      booking.order ? (
        <Link to={`/orders/${booking.order.id}`} className="text-ui-fg-interactive hover:underline">
          Order #{booking.order.display_id}
        </Link>
      ) : (
        "No order yet"
      ),
    ],
    ["Meeting", <MeetingPlace booking={booking} />],
  ]
  if (booking.notes) rows.push(["Notes", <span className="whitespace-pre-line">{booking.notes}</span>])
  if (booking.status === "held" && booking.hold_expires_at) rows.push(["Held until", momentInZone(booking.hold_expires_at, zone)])
  if (booking.reschedule_count) rows.push(["Moved", `${booking.reschedule_count} time${booking.reschedule_count === 1 ? "" : "s"}`])
  if (booking.cancelled_at) {
    rows.push(["Cancelled", `${momentInZone(booking.cancelled_at, zone)} by ${booking.cancelled_by ?? "unknown"}`])
    rows.push(["Reason", booking.cancellation_reason ?? "—"])
    rows.push(["Refunded", booking.refund_amount === null ? "—" : money(Number(booking.refund_amount), booking.order?.currency_code)])
  }
  return rows.map(([label, value]) => (
    <div key={label} className="contents">
      <dt className="txt-compact-small text-ui-fg-subtle">{label}</dt>
      <dd className="txt-compact-small">{value}</dd>
    </div>
  ))
}
