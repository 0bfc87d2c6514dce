import { forwardSupportAttachment } from "@/lib/backend/support-upload"
import { supportFetchHeaders } from "@/lib/data/support"

/** POST /practice/support/attachments (multipart, field "file") — a file for the practitioner's next support message; answers its id. */
export async function POST(request: Request) {
  return forwardSupportAttachment(
    request,
    "/vendor/support-attachments",
    await supportFetchHeaders("practitioner"),
    "Log in to the practice portal again."
  )
}

export const dynamic = "force-dynamic"
