import { calendarDownload } from "@/lib/backend/calendar-download"
import { MEDUSA_PUBLISHABLE_KEY } from "@/lib/config"
import { customerHeaders } from "@/lib/cookies"

/**
 * GET /sessions/:id/calendar.ics[?order=…] — the session's calendar file,
 * fetched for the logged-in customer, or for a guest holding the order's id.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const order = new URL(request.url).searchParams.get("order")
  const query = order ? `?${new URLSearchParams({ order_id: order })}` : ""
  return calendarDownload(
    `/store/bookings/${encodeURIComponent(id)}/calendar.ics${query}`,
    { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY, ...(await customerHeaders()) },
    "This session's",
    `avenrae-${id}.ics`
  )
}

export const dynamic = "force-dynamic"
