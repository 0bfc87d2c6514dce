import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addTimeOffWorkflow } from "../../../../workflows/availability/workflows/add-time-off"
import { VendorAddTimeOffType } from "../validators"

/** POST /vendor/schedule/time-off { starts_at, ends_at, reason? } */
export async function POST(req: AuthenticatedMedusaRequest<VendorAddTimeOffType>, res: MedusaResponse) {
  const { result } = await addTimeOffWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.status(201).json({ time_off: result })
}
