import { postMessage } from "../../../../utils/support-handlers"

/** POST /store/support-requests/:id/messages — a reply, with attachments uploaded before. */
export const POST = postMessage("customer")
