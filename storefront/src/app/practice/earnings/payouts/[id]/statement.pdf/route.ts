import { backendDownload } from "@/lib/backend/backend-download"
import { practitionerHeaders } from "@/lib/cookies"

/** GET /practice/earnings/payouts/:id/statement.pdf — one of the practitioner's payout statements; another's is not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const headers = await practitionerHeaders()
  if (!headers.authorization)
    return new Response("Log in to the practice portal first.", { status: 401, headers: { "content-type": "text/plain" } })
  return backendDownload(`/vendor/earnings/payouts/${encodeURIComponent(id)}/statement`, headers, {
    thing: "statement",
    refusal: "This statement is not available to you.",
    contentType: "application/pdf",
    fallbackName: `avenrae-payout-${id}.pdf`,
  })
}
