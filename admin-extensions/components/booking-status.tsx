import { Badge } from "@medusajs/ui"
import type { BookingStatus } from "../lib/bookings"

export const BOOKING_STATUS_COLOR = {
  held: "orange",
  confirmed: "green",
  completed: "blue",
  cancelled: "red",
  no_show: "purple",
  expired: "grey",
} as const

export const BookingStatusBadge = ({ status }: { status: BookingStatus }) => (
  <Badge size="2xsmall" color={BOOKING_STATUS_COLOR[status]}>
    {status.replace("_", " ")}
  </Badge>
)
