import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { overbookedDates, TicketLine, ticketLineProblem, TICKETS_WITH_ATTENDEES } from "../../../lib/events/seats"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { seatsOfDates } from "../../event/utils/date-seats"
import { ticketOffers } from "../../event/utils/ticket-offers"

type Item = { variant_id?: string | null; quantity?: unknown }

/** The ids, among these, of variants that sell event tickets (added with attendees, never as stock). */
export async function ticketVariantIds(container: MedusaContainer, variantIds: Array<string | null | undefined>): Promise<Set<string>> {
  const ids = [...new Set(variantIds.filter((id): id is string => !!id))]
  if (!ids.length) return new Set()
  const mappings = await container
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEventTicketVariants({ variant_id: ids }, { select: ["variant_id"] })
  return new Set(mappings.map((mapping) => mapping.variant_id))
}

/**
 * Tickets enter a cart only through POST /store/carts/:id/tickets, which
 * holds their seats first: the hold workflow names its hold in
 * additional_data, and even that is checked — a hold of this very cart, of
 * this variant and quantity, not yet carried by any line.
 */
export async function refuseUnheldTicketItems(container: MedusaContainer, cartId: string, items: Item[], additionalData: unknown) {
  const tickets = await ticketVariantIds(
    container,
    items.map((item) => item.variant_id)
  )
  const ticketItems = items.filter((item) => item.variant_id && tickets.has(item.variant_id))
  if (!ticketItems.length) return
  const holdId = (additionalData as { seat_hold_id?: unknown } | undefined)?.seat_hold_id
  if (ticketItems.length !== 1 || typeof holdId !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, TICKETS_WITH_ATTENDEES)
  const [item] = ticketItems
  const [hold] = await container
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEventSeatHolds({ id: holdId, cart_id: cartId, variant_id: item.variant_id!, status: "held", line_item_id: null })
  if (!hold || hold.quantity !== Number(item.quantity)) throw new MedusaError(MedusaError.Types.INVALID_DATA, TICKETS_WITH_ATTENDEES)
}

/**
 * Why the cart's ticket lines cannot be checked out at `now`, in words
 * (empty when they can): each line must carry a live hold of this cart (found
 * by the hold's line_item_id) at the hold's quantity, and all lines of one
 * date together must fit in the seats not yet sold to orders — Medusa checks
 * each line on its own, so two lines of one date could otherwise pass
 * together. Other carts' holds are not counted here: they were granted
 * against the same seats under the date's lock, and a cart completing beside
 * this one would otherwise be counted twice (its reservation and its hold).
 */
export async function ticketLineProblems(container: MedusaContainer, cartId: string, lines: Array<Partial<TicketLine>>, now: Date) {
  const offers = await ticketOffers(
    container,
    lines.map((line) => line.variant_id)
  )
  const ticketLines = lines.filter((line): line is TicketLine => !!line.id && !!line.variant_id && offers.has(line.variant_id))
  if (!ticketLines.length) return []
  const holds = await container
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEventSeatHolds({ line_item_id: ticketLines.map((line) => line.id) })
  const holdOf = new Map(holds.map((hold) => [hold.line_item_id!, hold]))
  const problems = ticketLines
    .map((line) => ticketLineProblem(line, holdOf.get(line.id), cartId, now))
    .filter((problem): problem is string => !!problem)
  if (problems.length) return problems
  const demand = new Map<string, number>()
  for (const line of ticketLines) {
    const dateId = offers.get(line.variant_id)!.date.id
    demand.set(dateId, (demand.get(dateId) ?? 0) + Number(line.quantity))
  }
  const seats = await seatsOfDates(container, { event_date_ids: [...demand.keys()], now })
  const unsold = new Map([...seats].map(([dateId, { stocked, reserved }]) => [dateId, Math.max(0, stocked - reserved)]))
  return overbookedDates(demand, unsold).map((dateId) => {
    const offer = [...offers.values()].find((o) => o.date.id === dateId)!
    return `${offer.event.title}: this cart asks for more seats than are left. Remove some tickets and add them again.`
  })
}
