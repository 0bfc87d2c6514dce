import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cancelBookingWorkflow } from "../../../../../workflows/booking/workflows/cancel-booking"
import { markBookingOutcomeWorkflow } from "../../../../../workflows/booking/workflows/mark-booking-outcome"
import { VendorBookingActionType } from "../../../schedule/validators"

const OUTCOMES = { complete: "completed", "no-show": "no_show" } as const

/**
 * POST /vendor/bookings/:id/{complete|no-show|cancel} { reason? } — a
 * practitioner's own bookings only; their cancellation refunds the client in full.
 */
export async function POST(req: AuthenticatedMedusaRequest<VendorBookingActionType>, res: MedusaResponse) {
  const practitioner_id = req.auth_context.actor_id
  const { id, action } = req.params
  if (action === "cancel") {
    const { result } = await cancelBookingWorkflow(req.scope).run({
      input: { booking_id: id, actor: { by: "practitioner", practitioner_id }, reason: req.validatedBody.reason, confirm: true },
    })
    res.json({ booking: result.booking, refund: { percent: result.quote.percent, amount: result.quote.refund_amount } })
    return
  }
  const outcome = OUTCOMES[action as keyof typeof OUTCOMES]
  if (!outcome) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown action "${action}"; use complete, no-show or cancel.`)
  }
  const { result } = await markBookingOutcomeWorkflow(req.scope).run({ input: { practitioner_id, booking_id: id, outcome } })
  res.json({ booking: result })
}
