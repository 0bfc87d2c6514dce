import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, completeCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { sessionLineProblem } from "../../lib/bookings/cart-holds"
import { sessionMinutes } from "../../lib/bookings/session-variant"
import { BOOKING_MODULE } from "../../modules/booking"
import BookingModuleService from "../../modules/booking/service"

type Container = { resolve: <T = any>(key: string) => T }
type Line = { title?: string | null; variant_id?: string | null; quantity?: unknown; metadata?: Record<string, unknown> | null }

/**
 * Session lines enter a cart only through POST /store/carts/:id/bookings
 * (which holds the time first), stay at quantity 1, and are checked out only
 * while their hold is live — whichever route or webhook completes the cart.
 */
async function problemsOf(container: Container, cartId: string, lines: Line[]) {
  const variantIds = lines.map((l) => l.variant_id).filter((id): id is string => !!id)
  if (!variantIds.length) return []
  const { data: variants } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product_variant", fields: ["id", "metadata"], filters: { id: variantIds } })
  const sessionVariants = new Set(variants.filter(sessionMinutes).map((v: { id: string }) => v.id))
  const sessionLines = lines.filter((l) => l.variant_id && sessionVariants.has(l.variant_id))
  if (!sessionLines.length) return []
  const ids = sessionLines.map((l) => l.metadata?.booking_id).filter((id): id is string => typeof id === "string")
  const bookings = ids.length ? await container.resolve<BookingModuleService>(BOOKING_MODULE).listBookings({ id: ids }) : []
  const now = new Date()
  return sessionLines
    .map((line) => {
      const booking = bookings.find((b) => b.id === line.metadata?.booking_id)
      const zone = String(line.metadata?.customer_timezone ?? "UTC")
      return sessionLineProblem(line, booking as never, cartId, now, zone)
    })
    .filter((problem): problem is string => !!problem)
}

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = (input.items ?? []) as Line[]
  if (items.some((item) => item.metadata?.booking_id && Number(item.quantity ?? 1) !== 1)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A booked session is always one session; its quantity stays 1.")
  }
  const [problem] = await problemsOf(container as Container, cart.id, items)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }) => {
  const line = (cart.items ?? []).find((item: { id: string }) => item.id === input.item_id) as Line | undefined
  if (line?.metadata?.booking_id && Number(input.update?.quantity) > 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A booked session is always one session; book another time to add a second.")
  }
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const [problem] = await problemsOf(container as Container, cart.id, (cart.items ?? []) as Line[])
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
})
