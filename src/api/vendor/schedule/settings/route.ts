import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveSchedulingSettingsWorkflow } from "../../../../workflows/availability/workflows/save-scheduling-settings"
import { VendorSaveSettingsType } from "../validators"

/** POST /vendor/schedule/settings — buffers, notice, advance window, slot step, own policy (null: the platform's). */
export async function POST(req: AuthenticatedMedusaRequest<VendorSaveSettingsType>, res: MedusaResponse) {
  const { result } = await saveSchedulingSettingsWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ settings: result })
}
