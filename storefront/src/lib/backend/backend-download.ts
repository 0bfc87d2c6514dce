import "server-only"
import { isBackendUnavailable } from "../util/backend-failure"
import { backendFetch } from "./call-backend"

const text = (body: string, status: number, extra: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "content-type": "text/plain", ...extra } })

export type Download = {
  /** What the file is, in words for an outage or a failure ("calendar file", "statement"). */
  thing: string
  /** What a reader who may not have it is told (answered 404). */
  refusal: string
  /** The type to answer with; left out, the backend's own (a support attachment's, which it checked on upload). */
  contentType?: string
  fallbackName: string
}

/**
 * A file from the backend passed on as a download, fetched with the reader's
 * own login (the browser never holds the backend token): anything the
 * reader may not have is a 404 with `refusal`, an outage a 503.
 */
export async function backendDownload(path: string, headers: Record<string, string>, download: Download) {
  let answer: Response
  try {
    answer = await backendFetch(path, { headers, cache: "no-store" })
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error
    return text(`The shop is unavailable just now, so the ${download.thing} cannot be made. Please try again in a moment.`, 503, {
      "retry-after": "10",
    })
  }
  if (answer.status >= 400 && answer.status < 500) return text(download.refusal, 404)
  if (!answer.ok) return text(`The ${download.thing} could not be made just now. Please try again.`, 502)
  return new Response(await answer.arrayBuffer(), {
    headers: {
      "content-type": download.contentType ?? answer.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="${download.fallbackName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
