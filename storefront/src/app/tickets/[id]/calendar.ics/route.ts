import { calendarDownload } from "@/lib/backend/calendar-download"
import { MEDUSA_PUBLISHABLE_KEY } from "@/lib/config"
import { customerHeaders } from "@/lib/cookies"

/** GET /tickets/:id/calendar.ics — the logged-in shopper's ticket's date as a calendar file, in the event's zone. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return calendarDownload(
    `/store/tickets/${encodeURIComponent(id)}/calendar.ics`,
    { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY, ...(await customerHeaders()) },
    "This ticket's",
    `avenrae-ticket-${id}.ics`
  )
}

export const dynamic = "force-dynamic"
