import { postMessage } from "../../../../utils/support-handlers"

/** POST /vendor/support-requests/:id/messages — a reply, with attachments uploaded before. */
export const POST = postMessage("practitioner")
