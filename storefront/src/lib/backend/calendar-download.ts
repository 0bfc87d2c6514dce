import "server-only"
import { isBackendUnavailable } from "../util/backend-failure"
import { backendFetch } from "./call-backend"

const text = (body: string, status: number, extra: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "content-type": "text/plain", ...extra } })

/**
 * A calendar file from the backend passed on as a download: `what` names it
 * in the words a refusal or an outage is answered with ("This session's",
 * "This ticket's"); anything the reader may not have is a 404.
 */
export async function calendarDownload(path: string, headers: Record<string, string>, what: string, fallbackName: string) {
  let answer: Response
  try {
    answer = await backendFetch(path, { headers, cache: "no-store" })
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error
    return text("The shop is unavailable just now, so the calendar file cannot be made. Please try again in a moment.", 503, {
      "retry-after": "10",
    })
  }
  if (answer.status === 400 || answer.status === 401 || answer.status === 404)
    return text(`${what} calendar file is not available to you.`, 404)
  if (!answer.ok) return text("The calendar file could not be made just now. Please try again.", 502)
  return new Response(await answer.text(), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="${fallbackName}"`,
      "cache-control": "private, no-store",
    },
  })
}
