import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setDateOverrideWorkflow } from "../../../../workflows/availability/workflows/set-date-override"
import { VendorSetOverrideType } from "../validators"

/** POST /vendor/schedule/overrides { date, intervals } — other hours on a date; no intervals is a day off. */
export async function POST(req: AuthenticatedMedusaRequest<VendorSetOverrideType>, res: MedusaResponse) {
  const { result } = await setDateOverrideWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ override: { date: result.date, intervals: (result.intervals as { items?: unknown[] }).items ?? [] } })
}
