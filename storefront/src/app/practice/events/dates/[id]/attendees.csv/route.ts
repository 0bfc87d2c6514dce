import { backendFetch } from "@/lib/backend/call-backend"
import { practitionerHeaders } from "@/lib/cookies"
import { isBackendUnavailable } from "@/lib/util/backend-failure"

const text = (body: string, status: number, extra: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "content-type": "text/plain", ...extra } })

/**
 * GET /practice/events/dates/:id/attendees.csv — a date's attendee list as a
 * CSV download, fetched with the portal's login (the browser never holds
 * the backend token); another host's date is not found.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const headers = await practitionerHeaders()
  if (!headers.authorization) return text("Log in to the practice portal first.", 401)
  let answer: Response
  try {
    answer = await backendFetch(`/vendor/events/dates/${encodeURIComponent(id)}/attendees?format=csv`, { headers, cache: "no-store" })
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error
    return text("The shop is unavailable just now. Please try again in a moment.", 503, { "retry-after": "10" })
  }
  if (answer.status >= 400 && answer.status < 500) return text("This date's attendee list is not available to you.", 404)
  if (!answer.ok) return text("The list could not be made just now. Please try again.", 502)
  return new Response(await answer.text(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="attendees-${id}.csv"`,
      "cache-control": "private, no-store",
    },
  })
}
