import { backendDownload } from "@/lib/backend/backend-download"
import { supportFetchHeaders } from "@/lib/data/support"

type Params = { params: Promise<{ id: string; attachment_id: string }> }

/** GET /practice/support/:id/attachments/:attachment_id — a file sent in a support request the practitioner is in. */
export async function GET(_request: Request, { params }: Params) {
  const { id, attachment_id } = await params
  const headers = await supportFetchHeaders("practitioner")
  if (!headers.authorization)
    return new Response("Log in to the practice portal first.", { status: 401, headers: { "content-type": "text/plain" } })
  return backendDownload(`/vendor/support-requests/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachment_id)}`, headers, {
    thing: "file",
    refusal: "This file is not available to you.",
    fallbackName: "attachment",
  })
}

export const dynamic = "force-dynamic"
