import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IssuedTicket, ticketsIssuedNotification } from "../../../lib/events/ticket-notifications"
import { ticketQrPng } from "../../../lib/events/ticket-qr"
import { TICKET_DATE_AND_PLACE_FIELDS } from "../utils/ticket-date-fields"

export const notifyTicketsIssuedStepId = "notify-tickets-issued"

const TICKET_FIELDS = ["id", "code", "attendee_name", "ticket_type.name", ...TICKET_DATE_AND_PLACE_FIELDS]

/** Emails the buyer the tickets issued now, each with its QR code inline and an .ics per date. Last step: nothing to undo. */
export const notifyTicketsIssuedStep = createStep(
  notifyTicketsIssuedStepId,
  async (input: { order_id: string; ticket_ids: string[] }, { container }) => {
    if (!input.ticket_ids.length) return new StepResponse([])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: orders }, { data: rows }] = await Promise.all([
      query.graph({ entity: "order", fields: ["id", "email"], filters: { id: input.order_id } }),
      query.graph({ entity: "event_ticket", fields: TICKET_FIELDS, filters: { id: input.ticket_ids } }),
    ])
    const email = orders[0]?.email
    if (!email) return new StepResponse([])
    const tickets: IssuedTicket[] = rows.map((row: any) => ({
      id: row.id,
      code: row.code,
      attendee_name: row.attendee_name,
      ticket_type: row.ticket_type.name,
      date: row.event_date,
      event: row.event_date.event,
    }))
    const qr = new Map(await Promise.all(tickets.map(async (t) => [t.code, (await ticketQrPng(t.code)).toString("base64")] as const)))
    const notification = ticketsIssuedNotification({ order: { id: input.order_id, email }, tickets, qr_png: qr, now: new Date() })
    const sent = await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications([notification])
    return new StepResponse(sent)
  }
)
