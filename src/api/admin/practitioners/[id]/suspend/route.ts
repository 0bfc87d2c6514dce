import { changeStatusRoute } from "../change-status-route"

/** POST /admin/practitioners/:id/suspend { reason? } */
export const POST = changeStatusRoute("suspend")
