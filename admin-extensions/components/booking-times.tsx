import type { AdminBooking } from "../lib/bookings"
import { sessionTimes } from "../lib/zoned-format"
import { usableZone } from "../lib/zoned-week"

/** The session's time in the practitioner's zone and in the client's, each labelled with its zone. */
export const BookingTimes = ({ booking }: { booking: AdminBooking }) => {
  const rows: Array<[string, string]> = [
    ["Practitioner's time", usableZone(booking.practitioner?.timezone)],
    ["Client's time", usableZone(booking.customer_timezone)],
  ]
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
      {rows.map(([label, zone]) => (
        <div key={label} className="contents">
          <dt className="txt-compact-small text-ui-fg-subtle">
            {label}
            <span className="txt-compact-xsmall block">{zone}</span>
          </dt>
          <dd className="txt-compact-small">{sessionTimes(booking.starts_at, booking.ends_at, zone)}</dd>
        </div>
      ))}
    </dl>
  )
}
