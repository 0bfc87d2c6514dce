import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setWeeklyScheduleWorkflow } from "../../../../workflows/availability/workflows/set-weekly-schedule"
import { VendorSetWeeklyType } from "../validators"

/** PUT (or POST) /vendor/schedule/weekly { rules } — replace one's whole weekly hours. */
export async function PUT(req: AuthenticatedMedusaRequest<VendorSetWeeklyType>, res: MedusaResponse) {
  const { result } = await setWeeklyScheduleWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, rules: req.validatedBody.rules },
  })
  res.json({ weekly: result.map((r) => ({ weekday: r.weekday, start: r.start_time, end: r.end_time })) })
}

export const POST = PUT
