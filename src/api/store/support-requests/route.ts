import { listOwnRequests, openRequest } from "../../utils/support-handlers"

/** GET /store/support-requests?status&limit&offset — the signed-in customer's requests; POST — opens one. */
export const GET = listOwnRequests("customer")
export const POST = openRequest("customer")
