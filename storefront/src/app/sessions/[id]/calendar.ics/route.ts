import { backendFetch } from "@/lib/backend/call-backend"
import { MEDUSA_PUBLISHABLE_KEY } from "@/lib/config"
import { customerHeaders } from "@/lib/cookies"
import { isBackendUnavailable } from "@/lib/util/backend-failure"

/**
 * GET /sessions/:id/calendar.ics[?order=…] — the session's calendar file,
 * fetched for the logged-in customer, or for a guest holding the order's id.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const order = new URL(request.url).searchParams.get("order")
  const query = order ? `?${new URLSearchParams({ order_id: order })}` : ""
  let answer: Response
  try {
    answer = await backendFetch(`/store/bookings/${encodeURIComponent(id)}/calendar.ics${query}`, {
      headers: { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY, ...(await customerHeaders()) },
      cache: "no-store",
    })
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error
    return new Response("The shop is unavailable just now, so the calendar file cannot be made. Please try again in a moment.", {
      status: 503,
      headers: { "content-type": "text/plain", "retry-after": "10" },
    })
  }
  if (answer.status === 400 || answer.status === 401 || answer.status === 404) {
    return new Response("This session's calendar file is not available to you.", { status: 404, headers: { "content-type": "text/plain" } })
  }
  if (!answer.ok) {
    return new Response("The calendar file could not be made just now. Please try again.", {
      status: 502,
      headers: { "content-type": "text/plain" },
    })
  }
  return new Response(await answer.text(), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="avenrae-${id}.ics"`,
      "cache-control": "private, no-store",
    },
  })
}

export const dynamic = "force-dynamic"
