import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EVENT_MODULE } from "../../../../modules/event"
import type EventModuleService from "../../../../modules/event/service"
import { MANAGED_EVENT_RELATIONS, presentManagedEvents } from "../../../../workflows/event/utils/managed-events"

/** GET /admin/events/:id — an event with every date's sales, its ticket types and the waitlist's size. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [event] = await req.scope
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEvents({ id: req.params.id }, { relations: MANAGED_EVENT_RELATIONS })
  if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no event with id ${req.params.id}.`)
  res.json({ event: (await presentManagedEvents(req.scope, [event], new Date()))[0] })
}
