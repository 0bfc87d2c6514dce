import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { randomBytes } from "node:crypto"
import { eventHandle } from "../../../lib/events/event-changes"
import { handleFromName } from "../../../lib/practitioners/handle"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { MANAGED_EVENT_RELATIONS, presentManagedEvents } from "../../../workflows/event/utils/managed-events"
import { createEventWorkflow } from "../../../workflows/event/workflows/create-event"
import { VendorCreateEventType, VendorListEventsType } from "./validators"

/** GET /vendor/events?status — the practitioner's own events, each date with its sales. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListEventsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const [events, count] = await req.scope
    .resolve<EventModuleService>(EVENT_MODULE)
    .listAndCountEvents(
      { host_practitioner_id: req.auth_context.actor_id, ...(status ? { status } : {}) },
      { relations: MANAGED_EVENT_RELATIONS, order: { created_at: "DESC" }, take: limit, skip: offset }
    )
  res.json({ events: await presentManagedEvents(req.scope, events, new Date()), count, limit, offset })
}

/**
 * POST /vendor/events — puts on an event hosted by the practitioner: its
 * dates (each one pool of seats) and ticket types with prices; a draft until
 * published. Its handle comes from the title.
 */
export async function POST(req: AuthenticatedMedusaRequest<VendorCreateEventType>, res: MedusaResponse) {
  const body = req.validatedBody
  const now = new Date()
  const { result } = await createEventWorkflow(req.scope).run({
    input: {
      event: {
        ...body,
        host_practitioner_id: req.auth_context.actor_id,
        handle: eventHandle(handleFromName(body.title), randomBytes(3).toString("hex")),
      },
      now,
    },
  })
  const [event] = await req.scope
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEvents({ id: result.event.id }, { relations: MANAGED_EVENT_RELATIONS })
  res.status(201).json({ event: (await presentManagedEvents(req.scope, [event], now))[0] })
}
