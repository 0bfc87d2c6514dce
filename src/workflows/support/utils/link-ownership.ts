import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { SupportLink, SupportRequester } from "../../../modules/support/values"

type Container = { resolve: <T = any>(key: string) => T }

const NAMES: Record<SupportLink, string> = { order: "order", booking: "session", ticket: "ticket", payout: "payout" }

/** Another's record, or one that does not exist, reads the same: not found among yours. */
const notYours = (link: SupportLink, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `No ${NAMES[link]} ${id} of yours.`)

/**
 * The practitioners a linked record involves: a booking's practitioner, the
 * host of a ticket's event. Staff may add only them to a request about it.
 */
export async function practitionersOfLink(container: Container, link: SupportLink, id: string): Promise<string[]> {
  if (link === "booking") {
    const [booking] = await container.resolve<BookingModuleService>(BOOKING_MODULE).listBookings({ id }, { select: ["practitioner_id"] })
    return booking ? [booking.practitioner_id] : []
  }
  if (link === "ticket") {
    const [ticket] = await container
      .resolve<EventModuleService>(EVENT_MODULE)
      .listEventTickets({ id }, { relations: ["event_date", "event_date.event"] })
    const host = (ticket as unknown as { event_date?: { event?: { host_practitioner_id: string | null } } })?.event_date?.event
    return host?.host_practitioner_id ? [host.host_practitioner_id] : []
  }
  return []
}

/**
 * Refuses a link to a record that is not the requester's own: a customer's
 * order, booking or ticket; a practitioner's booking (with them), a ticket to
 * an event they host, or their payout.
 */
export async function assertLinkOwned(
  container: Container,
  requester: { type: SupportRequester; id: string },
  link: SupportLink,
  id: string
) {
  const mine = await (async () => {
    switch (link) {
      case "order": {
        if (requester.type !== "customer") return false
        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["id", "customer_id"], filters: { id } })
        return data[0]?.customer_id === requester.id
      }
      case "booking": {
        const [booking] = await container
          .resolve<BookingModuleService>(BOOKING_MODULE)
          .listBookings({ id }, { select: ["customer_id", "practitioner_id"] })
        if (!booking) return false
        return requester.type === "customer" ? booking.customer_id === requester.id : booking.practitioner_id === requester.id
      }
      case "ticket": {
        if (requester.type === "practitioner") return (await practitionersOfLink(container, "ticket", id)).includes(requester.id)
        const [ticket] = await container.resolve<EventModuleService>(EVENT_MODULE).listEventTickets({ id }, { select: ["customer_id"] })
        return !!ticket && ticket.customer_id === requester.id
      }
      case "payout": {
        if (requester.type !== "practitioner") return false
        const [payout] = await container
          .resolve<PayoutModuleService>(PAYOUT_MODULE)
          .listPayouts({ id, practitioner_id: requester.id }, { select: ["id"] })
        return !!payout
      }
    }
  })()
  if (!mine) throw notYours(link, id)
}
