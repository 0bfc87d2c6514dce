import "server-only"
import { isBackendUnavailable } from "../util/backend-failure"
import { ATTACHMENT_MAX_BYTES, fileSize } from "../util/support-files"
import { backendFetch } from "./call-backend"

/** Room for the multipart envelope around the file itself. */
const ENVELOPE_BYTES = 64 * 1024

const answer = (message: string, status: number) => Response.json({ message }, { status, headers: { "cache-control": "no-store" } })

/** Whether the request came from a page of this site (the check Next makes for its own form actions). */
function sameSite(request: Request) {
  const origin = request.headers.get("origin")
  if (!origin) return true
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host")
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

/**
 * One support attachment, sent from the reader's browser and passed on to
 * the backend with their login (the browser never holds the backend token):
 * multipart with one file in the field "file". Files above the backend's
 * limit are refused before they are read; the backend checks the type from
 * the bytes and answers what to send instead. Answers `{ attachment }` or
 * `{ message }`.
 */
export async function forwardSupportAttachment(request: Request, path: string, headers: Record<string, string>, loginFirst: string) {
  if (!headers.authorization) return answer(loginFirst, 401)
  if (!sameSite(request)) return answer("Attach files from the support page itself.", 403)
  const length = Number(request.headers.get("content-length"))
  if (!Number.isFinite(length) || length <= 0) return answer("Choose a file to attach.", 411)
  if (length > ATTACHMENT_MAX_BYTES + ENVELOPE_BYTES) {
    return answer(`A file can be at most ${fileSize(ATTACHMENT_MAX_BYTES)}.`, 413)
  }
  const form = await request.formData().catch(() => null)
  const file = form?.get("file")
  if (!(file instanceof File) || file.size === 0) return answer("Choose a file to attach.", 400)
  const body = new FormData()
  body.append("file", file, file.name)
  let response: Response
  try {
    response = await backendFetch(path, { method: "POST", headers, body, cache: "no-store" })
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error
    return answer("The shop cannot be reached just now, so the file was not attached. Please try again in a moment.", 503)
  }
  const sent = (await response.json().catch(() => ({}))) as { attachment?: unknown; message?: string }
  if (response.status === 401) return answer(loginFirst, 401)
  if (!response.ok || !sent.attachment) return answer(sent.message ?? "The file could not be attached. Please try again.", 400)
  return Response.json({ attachment: sent.attachment }, { status: 201, headers: { "cache-control": "no-store" } })
}
