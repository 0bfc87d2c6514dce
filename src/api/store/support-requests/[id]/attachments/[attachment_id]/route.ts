import { downloadAttachment } from "../../../../../utils/support-handlers"

/** GET /store/support-requests/:id/attachments/:attachment_id — a file sent in the thread, as a download. */
export const GET = downloadAttachment("customer")
