import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { EVENT_MODULE } from "../../../../../modules/event"
import type EventModuleService from "../../../../../modules/event/service"
import { joinEventWaitlistWorkflow } from "../../../../../workflows/event/workflows/join-event-waitlist"
import { StoreJoinWaitlistType } from "../../validators"

/**
 * POST /store/event-dates/:id/waitlist { email?, quantity } — joins a
 * sold-out date's waitlist (a signed-in shopper's own email when none is
 * given); an offer with a link comes by email when seats free up.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreJoinWaitlistType>, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id || null
  const email = req.validatedBody.email ?? (customerId ? await customerEmail(req, customerId) : undefined)
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "email is required: the address the offer is sent to")
  const { result } = await joinEventWaitlistWorkflow(req.scope).run({
    input: { event_date_id: req.params.id, email, customer_id: customerId, quantity: req.validatedBody.quantity, now: new Date() },
  })
  const place = (await req.scope.resolve<EventModuleService>(EVENT_MODULE).waitlistPlaces([result.id])).get(result.id) ?? null
  res.status(201).json({
    waitlist_entry: { id: result.id, event_date_id: req.params.id, email, quantity: result.quantity, status: result.status, place },
  })
}

async function customerEmail(req: AuthenticatedMedusaRequest, customerId: string) {
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["email"] })
  return customer.email?.toLowerCase()
}
