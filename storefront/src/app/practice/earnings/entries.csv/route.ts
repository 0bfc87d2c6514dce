import { backendDownload } from "@/lib/backend/backend-download"
import { practitionerHeaders } from "@/lib/cookies"

/** GET /practice/earnings/entries.csv — the practitioner's latest 200 ledger entries as a CSV download. */
export async function GET() {
  const headers = await practitionerHeaders()
  if (!headers.authorization)
    return new Response("Log in to the practice portal first.", { status: 401, headers: { "content-type": "text/plain" } })
  return backendDownload("/vendor/earnings/entries?format=csv&limit=200", headers, {
    thing: "export",
    refusal: "Your earnings are not available to this login.",
    contentType: "text/csv; charset=utf-8",
    fallbackName: "avenrae-earnings.csv",
  })
}
