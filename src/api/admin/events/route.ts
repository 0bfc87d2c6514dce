import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { MANAGED_EVENT_RELATIONS, presentManagedEvents } from "../../../workflows/event/utils/managed-events"
import { AdminListEventsType } from "./validators"

/** GET /admin/events?q&status&host_practitioner_id — every event, newest first, each date with its sales. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListEventsType>, res: MedusaResponse) {
  const { q, status, host_practitioner_id, limit, offset } = req.validatedQuery
  const [events, count] = await req.scope.resolve<EventModuleService>(EVENT_MODULE).listAndCountEvents(
    {
      ...(status ? { status } : {}),
      ...(host_practitioner_id ? { host_practitioner_id } : {}),
      ...(q ? { title: { $ilike: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {}),
    },
    { relations: MANAGED_EVENT_RELATIONS, order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ events: await presentManagedEvents(req.scope, events, new Date()), count, limit, offset })
}
