import type { MedusaResponse } from "@medusajs/framework/http"
import { attendeesCsv } from "../../lib/events/attendees-csv"
import type { dateAttendees } from "../../workflows/event/utils/date-attendees"

/** The attendee list as JSON, or as a CSV download named after the event and date. */
export function sendAttendees(res: MedusaResponse, list: Awaited<ReturnType<typeof dateAttendees>>, format: "json" | "csv") {
  if (format === "json") return res.json(list)
  const day = new Date(list.date.starts_at).toISOString().slice(0, 10)
  const name = `${
    list.date.event_title
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "event"
  }-${day}-attendees.csv`
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.send(attendeesCsv(list.attendees))
}
