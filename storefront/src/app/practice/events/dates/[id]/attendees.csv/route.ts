import { backendDownload } from "@/lib/backend/backend-download"
import { practitionerHeaders } from "@/lib/cookies"

/** GET /practice/events/dates/:id/attendees.csv — a date's attendee list as a CSV download; another host's date is not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const headers = await practitionerHeaders()
  if (!headers.authorization)
    return new Response("Log in to the practice portal first.", { status: 401, headers: { "content-type": "text/plain" } })
  return backendDownload(`/vendor/events/dates/${encodeURIComponent(id)}/attendees?format=csv`, headers, {
    thing: "list",
    refusal: "This date's attendee list is not available to you.",
    contentType: "text/csv; charset=utf-8",
    fallbackName: `attendees-${id}.csv`,
  })
}
