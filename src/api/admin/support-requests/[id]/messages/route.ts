import { postMessage } from "../../../../utils/support-handlers"

/** POST /admin/support-requests/:id/messages — staff's answer, or with `internal: true` a note the requester never sees. */
export const POST = postMessage("staff")
