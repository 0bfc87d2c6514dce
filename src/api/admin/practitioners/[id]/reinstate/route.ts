import { changeStatusRoute } from "../change-status-route"

/** POST /admin/practitioners/:id/reinstate { reason? } */
export const POST = changeStatusRoute("reinstate")
