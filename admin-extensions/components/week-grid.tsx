import { clx, Text } from "@medusajs/ui"
import type { CSSProperties } from "react"
import { Link } from "react-router-dom"
import { clientName, offeringName } from "../lib/booking-summary"
import type { AdminBooking, BookingStatus } from "../lib/bookings"
import { dayInZone, timeInZone } from "../lib/zoned-format"
import { assignLanes, CalendarDay, dayBlock, groupByLocalDay, localClock, visibleHours } from "../lib/zoned-week"
import { BookingStatusBadge } from "./booking-status"

const HOUR_PX = 96
const COLUMNS = "grid grid-cols-[3.5rem_repeat(7,minmax(0,1fr))]"
const INACTIVE: BookingStatus[] = ["cancelled", "expired", "no_show"]

/**
 * Seven local days side by side, hours down the side, each booking drawn at
 * its local time and length in `zone`. Overlapping bookings share the width.
 */
export const WeekGrid = ({
  days,
  bookings,
  zone,
  now,
  onSelect,
}: {
  days: CalendarDay[]
  bookings: AdminBooking[]
  zone: string
  now: Date
  onSelect: (booking: AdminBooking) => void
}) => {
  const byDay = groupByLocalDay(bookings, days, zone)
  const hours = visibleHours([...byDay.values()].flat().map((b) => dayBlock(b, zone)))
  const height = (hours.until - hours.from) * HOUR_PX
  const today = localClock(now, zone).date
  const hourMarks = Array.from({ length: hours.until - hours.from }, (_, i) => hours.from + i)

  return (
    <div className="overflow-x-auto">
      <div className="min-w-[840px]">
        <div className={clx(COLUMNS, "border-b")}>
          <div />
          {days.map((day) => (
            <div key={day.date} className="border-l px-2 py-2 text-center">
              <Text
                size="small"
                weight={day.date === today ? "plus" : "regular"}
                className={clx(day.date === today && "text-ui-fg-interactive")}
              >
                {dayInZone(new Date(day.startsAt), zone)}
              </Text>
            </div>
          ))}
        </div>
        <div className={COLUMNS} style={{ height }}>
          <div className="relative">
            {hourMarks.map((hour) => (
              <Text
                key={hour}
                size="xsmall"
                className="text-ui-fg-subtle absolute right-2"
                style={{ top: (hour - hours.from) * HOUR_PX + 2 }}
              >
                {String(hour).padStart(2, "0")}:00
              </Text>
            ))}
          </div>
          {days.map((day) => (
            <div
              key={day.date}
              className={clx("relative border-l", day.date === today && "bg-ui-bg-subtle")}
              aria-label={dayInZone(new Date(day.startsAt), zone)}
              role="group"
            >
              {hourMarks.map((hour) => (
                <div
                  key={hour}
                  className="border-ui-border-base absolute inset-x-0 border-t"
                  style={{ top: (hour - hours.from) * HOUR_PX }}
                />
              ))}
              {assignLanes((byDay.get(day.date) ?? []).map((booking) => ({ ...dayBlock(booking, zone), booking }))).map((block) => (
                <BookingBlock
                  key={block.id}
                  booking={block.booking}
                  zone={zone}
                  onSelect={onSelect}
                  style={{
                    top: (block.startMinutes - hours.from * 60) * (HOUR_PX / 60),
                    height: Math.max(24, (block.endMinutes - block.startMinutes) * (HOUR_PX / 60)),
                    left: `${(block.lane / block.lanes) * 100}%`,
                    width: `${100 / block.lanes}%`,
                  }}
                />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  )
}

const BookingBlock = ({
  booking,
  zone,
  onSelect,
  style,
}: {
  booking: AdminBooking
  zone: string
  onSelect: (booking: AdminBooking) => void
  style: CSSProperties
}) => {
  const times = `${timeInZone(booking.starts_at, zone)}–${timeInZone(booking.ends_at, zone)}`
  const offering = offeringName(booking)
  return (
    <div className="absolute p-0.5" style={style} data-testid="calendar-booking" data-booking-id={booking.id} data-status={booking.status}>
      <div
        className={clx(
          "bg-ui-bg-base shadow-elevation-card-rest flex h-full flex-col overflow-hidden rounded-md px-1.5 py-0.5",
          INACTIVE.includes(booking.status) && "opacity-60"
        )}
      >
        <button
          type="button"
          onClick={() => onSelect(booking)}
          className="flex min-h-0 flex-1 flex-col items-start overflow-hidden text-left outline-none focus-visible:underline"
          title={[times, booking.status, clientName(booking), offering].filter(Boolean).join(" · ")}
        >
          <span className="flex w-full flex-wrap items-center gap-x-1">
            <span className="txt-compact-xsmall-plus">{times}</span>
            <BookingStatusBadge status={booking.status} />
          </span>
          <span className="txt-compact-xsmall w-full truncate leading-4">{clientName(booking)}</span>
          {offering && <span className="txt-compact-xsmall text-ui-fg-subtle w-full truncate leading-4">{offering}</span>}
        </button>
        {booking.order && (
          <Link to={`/orders/${booking.order.id}`} className="txt-compact-xsmall text-ui-fg-interactive truncate leading-4 hover:underline">
            Order #{booking.order.display_id}
          </Link>
        )}
      </div>
    </div>
  )
}
