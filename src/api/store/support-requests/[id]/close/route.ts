import { closeRequest } from "../../../../utils/support-handlers"

/** POST /store/support-requests/:id/close — the requester closes their request. */
export const POST = closeRequest("customer")
