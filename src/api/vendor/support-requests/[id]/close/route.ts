import { closeRequest } from "../../../../utils/support-handlers"

/** POST /vendor/support-requests/:id/close — the requester closes their request. */
export const POST = closeRequest("practitioner")
