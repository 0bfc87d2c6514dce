import { forwardSupportAttachment } from "@/lib/backend/support-upload"
import { supportFetchHeaders } from "@/lib/data/support"

/** POST /account/support/attachments (multipart, field "file") — a file for the shopper's next support message; answers its id. */
export async function POST(request: Request) {
  return forwardSupportAttachment(
    request,
    "/store/support-attachments",
    await supportFetchHeaders("customer"),
    "Log in to your account again."
  )
}

export const dynamic = "force-dynamic"
