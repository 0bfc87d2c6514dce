import { changeStatusRoute } from "../change-status-route"

/** POST /admin/practitioners/:id/reject { reason? } */
export const POST = changeStatusRoute("reject")
