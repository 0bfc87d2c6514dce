import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkInRefusal, describeCheckInRefusal } from "../../../lib/events/check-in"
import { EVENT_MODULE } from "../../../modules/event"
import { normaliseCheckInCode } from "../../../modules/event/check-in-code"
import type EventModuleService from "../../../modules/event/service"
import { checkInRefused } from "../utils/check-in-refused"

export const admitTicketStepId = "admit-ticket"

export type DoorKeeper = { actor_type: "user" | "practitioner"; actor_id: string }

export type AdmitTicketInput = { code: string; by: DoorKeeper; now: Date }

/** Who checked a ticket in, as the next scanner is told: "Nomvula Dlamini (host)", "admin@avenrae.test (staff)". */
async function doorKeeperName(container: { resolve: <T>(key: string) => T }, by: DoorKeeper) {
  const query = container.resolve<{ graph: (q: object) => Promise<{ data: Array<Record<string, string>> }> }>(
    ContainerRegistrationKeys.QUERY
  )
  if (by.actor_type === "practitioner") {
    const { data } = await query.graph({ entity: "practitioner", fields: ["display_name"], filters: { id: by.actor_id } })
    return `${data[0]?.display_name ?? "the host"} (host)`
  }
  const { data } = await query.graph({ entity: "user", fields: ["email"], filters: { id: by.actor_id } })
  return `${data[0]?.email ?? "staff"} (staff)`
}

/**
 * Checks a ticket in at the door: staff for any event, a practitioner only for
 * events they host (another host's ticket is "not found", as an unknown code).
 * One conditional update admits it; a refusal says why, in the event's zone.
 */
export const admitTicketStep = createStep(admitTicketStepId, async (input: AdmitTicketInput, { container }) => {
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const code = normaliseCheckInCode(input.code)
  const now = new Date(input.now)
  const host = input.by.actor_type === "practitioner" ? input.by.actor_id : undefined
  const admitted = await events.admitTicket({
    code,
    checked_in_by: await doorKeeperName(container, input.by),
    now,
    host_practitioner_id: host,
  })
  const ticket = await events.ticketAtTheDoor(code)
  if (!ticket || (host && ticket.host_practitioner_id !== host)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, describeCheckInRefusal({ reason: "unknown_code" }, "UTC"))
  }
  if (!admitted) {
    const refusal = checkInRefusal(
      {
        status: ticket.status,
        code_revoked_at: ticket.code_revoked_at,
        checked_in_at: ticket.checked_in_at,
        checked_in_by: ticket.checked_in_by,
        date: { starts_at: ticket.starts_at, ends_at: ticket.ends_at, cancelled: ticket.date_status !== "scheduled" },
        check_in_opens_minutes: ticket.check_in_opens_minutes,
      },
      now
    )
    throw checkInRefused(describeCheckInRefusal(refusal ?? { reason: "unknown_code" }, ticket.timezone))
  }
  return new StepResponse({
    id: ticket.id,
    attendee_name: ticket.attendee_name,
    status: ticket.status,
    checked_in_at: ticket.checked_in_at,
    checked_in_by: ticket.checked_in_by,
    event_date_id: ticket.event_date_id,
    event_id: ticket.event_id,
  })
})
