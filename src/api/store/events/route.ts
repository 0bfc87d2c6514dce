import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEAT_HOLD_GRACE_MS } from "../../../lib/events/seats"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import type PractitionerModuleService from "../../../modules/practitioner/service"
import { queryUpcomingEvents } from "../../../queries/event-listing"
import { bookingHorizon } from "../../utils/instants"
import { StoreListEventsType } from "./validators"

/**
 * GET /store/events?kind&format&host&city&near&radius_km&from&to — upcoming
 * published events, soonest first (nearest first with `near`), each with its
 * dates in the window and the seats left on each.
 */
export async function GET(req: MedusaRequest<unknown, StoreListEventsType>, res: MedusaResponse) {
  const { host, from, to, limit, offset, ...filters } = req.validatedQuery
  const now = new Date()
  let hostId: string | undefined
  if (host) {
    const [practitioner] = await req.scope
      .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
      .listPractitioners({ handle: host, status: "approved" }, { select: ["id"] })
    if (!practitioner) return res.json({ events: [], count: 0, offset, limit })
    hostId = practitioner.id
  }
  const { events, count } = await queryUpcomingEvents(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    ...filters,
    host_practitioner_id: hostId,
    from: from && from > now ? from : now,
    to: to ?? bookingHorizon(now).latest,
    held_since: new Date(now.getTime() - SEAT_HOLD_GRACE_MS),
    now,
    limit,
    offset,
  })
  res.json({ events, count, offset, limit })
}
