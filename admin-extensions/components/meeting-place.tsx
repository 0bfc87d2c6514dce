import type { AdminBooking } from "../lib/bookings"

/** Where the session happens: the meeting link online, the address in person. */
export const MeetingPlace = ({ booking }: { booking: Pick<AdminBooking, "meeting_mode" | "meeting_url" | "meeting_address"> }) => {
  if (booking.meeting_mode === "in_person") {
    return <span className="txt-compact-small">In person{booking.meeting_address ? `: ${booking.meeting_address}` : ""}</span>
  }
  if (!booking.meeting_url) return <span className="txt-compact-small">Online (no link yet)</span>
  return (
    <a href={booking.meeting_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive txt-compact-small hover:underline">
      Online: join the meeting
    </a>
  )
}
