import { changeStatusRoute } from "../change-status-route"

/** POST /admin/practitioners/:id/approve { reason? } */
export const POST = changeStatusRoute("approve")
