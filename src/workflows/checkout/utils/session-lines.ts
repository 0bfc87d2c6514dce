import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BOOK_WITH_A_TIME, HeldBookingView, ONE_SESSION_PER_LINE, SessionLine, sessionLineProblem } from "../../../lib/bookings/cart-holds"
import { sessionMinutes } from "../../../lib/bookings/session-variant"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

type Container = { resolve: <T = any>(key: string) => T }

/** The ids, among these, of variants that are sessions (bookable for a time, never added as stock). */
export async function sessionVariantIds(container: Container, variantIds: Array<string | null | undefined>): Promise<Set<string>> {
  const ids = [...new Set(variantIds.filter((id): id is string => !!id))]
  if (!ids.length) return new Set()
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product_variant", fields: ["id", "metadata"], filters: { id: ids } })
  return new Set(data.filter(sessionMinutes).map((variant: { id: string }) => variant.id))
}

type Item = { variant_id?: string | null; quantity?: unknown }

/**
 * A session enters a cart only through POST /store/carts/:id/bookings, which
 * holds its time first: every other way in (the stock line-items route, any
 * metadata) is refused. The hold workflow names its hold in additional_data,
 * and even that is checked: a hold of this very cart, of this variant, not yet
 * carried by any line.
 */
export async function refuseUnheldSessionItems(container: Container, cartId: string, items: Item[], additionalData: unknown) {
  const sessions = await sessionVariantIds(
    container,
    items.map((item) => item.variant_id)
  )
  const sessionItems = items.filter((item) => item.variant_id && sessions.has(item.variant_id))
  if (!sessionItems.length) return
  const holdId = (additionalData as { session_hold_id?: unknown } | undefined)?.session_hold_id
  if (sessionItems.length !== 1 || typeof holdId !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, BOOK_WITH_A_TIME)
  const [item] = sessionItems
  if (Number(item.quantity ?? 1) !== 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, ONE_SESSION_PER_LINE)
  const [hold] = await container
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listBookings({ id: holdId, cart_id: cartId, variant_id: item.variant_id!, status: "held", line_item_id: null })
  if (!hold) throw new MedusaError(MedusaError.Types.INVALID_DATA, BOOK_WITH_A_TIME)
}

/** The bookings these lines carry, found by the bookings' own line_item_id: by line id. */
export async function bookingsCarriedBy(container: Container, lineIds: string[]): Promise<Map<string, HeldBookingView>> {
  if (!lineIds.length) return new Map()
  const bookings = await container.resolve<BookingModuleService>(BOOKING_MODULE).listBookings({ line_item_id: lineIds })
  return new Map(bookings.map((booking) => [booking.line_item_id!, booking as HeldBookingView]))
}

/** Why each session line of the cart cannot be checked out now, in words (empty when every hold is good). */
export async function sessionLineProblems(container: Container, cartId: string, lines: SessionLine[], now: Date) {
  const sessions = await sessionVariantIds(
    container,
    lines.map((line) => line.variant_id)
  )
  const sessionLines = lines.filter((line) => line.variant_id && sessions.has(line.variant_id))
  const carried = await bookingsCarriedBy(container, sessionLines.map((line) => line.id!).filter(Boolean))
  return sessionLines
    .map((line) => sessionLineProblem(line, line.id ? carried.get(line.id) : undefined, cartId, now))
    .filter((problem): problem is string => !!problem)
}
