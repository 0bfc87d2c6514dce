import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EVENT_MODULE } from "../../../../modules/event"
import type EventModuleService from "../../../../modules/event/service"
import { MANAGED_EVENT_RELATIONS, presentManagedEvents } from "../../../../workflows/event/utils/managed-events"
import { updateEventWorkflow } from "../../../../workflows/event/workflows/update-event"
import { VendorUpdateEventType } from "../validators"

async function ownEvent(req: AuthenticatedMedusaRequest, id: string) {
  const [event] = await req.scope
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEvents({ id, host_practitioner_id: req.auth_context.actor_id }, { relations: MANAGED_EVENT_RELATIONS })
  if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no event with id ${id}.`)
  return (await presentManagedEvents(req.scope, [event], new Date()))[0]
}

/** GET /vendor/events/:id — one of the practitioner's events with every date's sales; another host's is not found. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ event: await ownEvent(req, req.params.id) })
}

/** POST /vendor/events/:id — edits the event's details or publishes it. */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateEventType>, res: MedusaResponse) {
  await updateEventWorkflow(req.scope).run({
    input: { event_id: req.params.id, host_practitioner_id: req.auth_context.actor_id, update: req.validatedBody },
  })
  res.json({ event: await ownEvent(req, req.params.id) })
}
