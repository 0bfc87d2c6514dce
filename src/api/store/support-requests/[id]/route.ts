import { showRequest } from "../../../utils/support-handlers"

/** GET /store/support-requests/:id — the request and its thread (never staff's internal notes). */
export const GET = showRequest("customer")
