import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { holdAllowanceRefusal } from "../../../lib/bookings/hold"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export const validateHoldAllowanceStepId = "validate-hold-allowance"

/**
 * Refuses a hold past the number of live holds one cart, or one signed-in
 * shopper, may have at once. Runs under the cart's holds lock, so two
 * holds racing for the last place cannot both pass.
 */
export const validateHoldAllowanceStep = createStep(
  validateHoldAllowanceStepId,
  async (input: { cart_id: string; customer_id?: string | null }, { container }) => {
    const bookings = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const live = { status: "held" as const, hold_expires_at: { $gt: new Date() } }
    const [, cart] = await bookings.listAndCountBookings({ ...live, cart_id: input.cart_id }, { take: 1, select: ["id"] })
    const [, customer] = input.customer_id
      ? await bookings.listAndCountBookings({ ...live, customer_id: input.customer_id }, { take: 1, select: ["id"] })
      : [[], 0]
    const refusal = holdAllowanceRefusal({ cart, customer })
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  }
)
