import { downloadAttachment } from "../../../../../utils/support-handlers"

/** GET /vendor/support-requests/:id/attachments/:attachment_id — a file sent in the thread, as a download. */
export const GET = downloadAttachment("practitioner")
