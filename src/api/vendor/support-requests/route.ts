import { listOwnRequests, openRequest } from "../../utils/support-handlers"

/** GET /vendor/support-requests?status&limit&offset — the signed-in practitioner's requests; POST — opens one. */
export const GET = listOwnRequests("practitioner")
export const POST = openRequest("practitioner")
