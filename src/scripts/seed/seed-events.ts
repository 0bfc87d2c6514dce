import type { ExecArgs } from "@medusajs/framework/types"
import {
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { EVENT_MODULE } from "../../modules/event"
import type EventModuleService from "../../modules/event/service"
import { PRACTITIONER_MODULE } from "../../modules/practitioner"
import type PractitionerModuleService from "../../modules/practitioner/service"
import { createEventWorkflow } from "../../workflows/event/workflows/create-event"
import { holdEventSeatsWorkflow } from "../../workflows/event/workflows/hold-event-seats"
import { issueOrderTicketsWorkflow } from "../../workflows/event/workflows/issue-order-tickets"
import { recordOrderSalesWorkflow } from "../../workflows/payout/workflows/record-order-sales"
import { captureOrderPayments } from "../../workflows/checkout/utils/capture-order-payments"
import { demoEvents } from "./data/events"

type Container = ExecArgs["container"]

/** The seed's argument that leaves the demo orders out. */
export const WITHOUT_SALES = "--without-sales"

const ATTENDEE_NAMES = ["Ayanda Zulu", "Kerry Naidoo", "Sipho Ndlovu", "Megan Botha", "Thulani Mthembu", "Priya Pillay", "Lerato Dube"]

/**
 * The demo's events, through the workflow a host uses: then the sales the
 * demo starts with, as real orders through Medusa's checkout (so seats are
 * sold, not faked), and the people waiting for a sold-out date. Find or
 * create: an event that exists is kept, and only the orders still missing
 * are placed.
 */
export async function seedEvents(container: Container, input: { regionId: string; salesChannelId: string; withSales: boolean }) {
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const practitioners = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
  const now = new Date()
  for (const demo of demoEvents(now)) {
    let [event] = await events.listEvents({ handle: demo.event.handle }, { relations: ["dates", "ticket_types"] })
    if (!event) {
      const [host] = demo.host_email ? await practitioners.listPractitioners({ email: demo.host_email }) : []
      await createEventWorkflow(container).run({ input: { event: { ...demo.event, host_practitioner_id: host?.id ?? null }, now } })
      ;[event] = await events.listEvents({ handle: demo.event.handle }, { relations: ["dates", "ticket_types"] })
    }
    const dates = [...event.dates].sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
    const general = event.ticket_types.find((type) => type.kind === "general")!
    for (const sale of input.withSales ? (demo.sold ?? []) : []) {
      const date = dates[sale.date]
      const [variant] = await events.listEventTicketVariants({ event_date_id: date.id, ticket_type_id: general.id })
      const [, placed] = await events.listAndCountEventSeatHolds({ event_date_id: date.id, status: "sold" }, { take: 1 })
      for (const [i, attendees] of sale.orders.entries()) {
        if (i < placed) continue
        await placeTicketOrder(container, {
          regionId: input.regionId,
          salesChannelId: input.salesChannelId,
          variant_id: variant.variant_id,
          email: `guest${i + 1}.${demo.event.handle.split("-")[0]}@example.com`,
          attendees: Array.from({ length: attendees }, (_, a) => ({ name: ATTENDEE_NAMES[(i + a) % ATTENDEE_NAMES.length] })),
        })
      }
    }
    for (const queue of demo.waitlist ?? []) {
      const date = dates[queue.date]
      const waiting = await events.listEventWaitlistEntries({ event_date_id: date.id }, { select: ["email"] })
      const missing = queue.entries.filter((entry) => !waiting.some((w) => w.email === entry.email))
      if (!missing.length) continue
      await events.createEventWaitlistEntries(
        missing.map((entry, i) => ({ ...entry, event_date_id: date.id, position: waiting.length + i + 1, status: "waiting" as const }))
      )
    }
  }
}

/** A guest's order of tickets, as the storefront places one: a cart, the seats held with names, payment, completion, tickets. */
async function placeTicketOrder(
  container: Container,
  input: { regionId: string; salesChannelId: string; variant_id: string; email: string; attendees: Array<{ name: string }> }
) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: { region_id: input.regionId, sales_channel_id: input.salesChannelId, email: input.email },
  })
  await holdEventSeatsWorkflow(container).run({
    input: { cart_id: cart.id, variant_id: input.variant_id, attendees: input.attendees, now: new Date() },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  await issueOrderTicketsWorkflow(container).run({ input: { order_id: order.id } })
  await captureOrderPayments(container, order.id)
  await recordOrderSalesWorkflow(container).run({ input: { order_id: order.id, now: new Date() } })
}
