import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HeldBookingView, SessionLine, sessionLineProblem } from "../../../lib/bookings/cart-holds"
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
