import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { earningVerdict, PurchaseState } from "../../../lib/payouts/earning-release"
import { payoutSettings } from "../../../lib/payouts/payout-settings"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { lineFulfilmentTimes } from "../../utils/line-fulfilment-times"

/** At most this many earnings are looked at per pass; the hourly job takes the rest. */
const BATCH = 500

export type ReleaseEarningsInput = { now: Date; order_ids?: string[]; booking_ids?: string[] }

/**
 * Looks at pending earnings (of these orders or bookings, or any) and marks
 * those whose purchase has reached its outcome as earned — available from a
 * date the earning rule decides — or held for staff (a no-show). Earnings
 * already decided are not touched, so reruns change nothing.
 */
export const releaseEarningsStep = createStep("release-earnings", async (input: ReleaseEarningsInput, { container }) => {
  const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const filters: Record<string, unknown> = { status: "pending", purchase: ["session", "crystal"] }
  if (input.order_ids) filters.order_id = input.order_ids
  if (input.booking_ids) filters.booking_id = input.booking_ids
  const pending = await service.listEarnings(filters, { take: BATCH, order: { created_at: "ASC" } })
  if (!pending.length) return new StepResponse({ released: 0 })

  const sessions = pending.filter((earning) => earning.purchase === "session")
  const bookings = sessions.length
    ? await container.resolve<BookingModuleService>(BOOKING_MODULE).listBookings({
        $or: [
          { id: sessions.map((earning) => earning.booking_id).filter(Boolean) as string[] },
          { line_item_id: sessions.map((earning) => earning.line_item_id) },
        ],
      })
    : []
  const shippedAt = await lineFulfilmentTimes(
    container,
    pending.filter((earning) => earning.purchase === "crystal").map((earning) => earning.order_id)
  )

  const { holdDays } = payoutSettings(process.env)
  const updates = pending.flatMap((earning) => {
    let state: PurchaseState
    if (earning.purchase === "session") {
      const booking = bookings.find((b) => b.id === earning.booking_id || b.line_item_id === earning.line_item_id)
      if (!booking) return []
      state = { purchase: "session", booking_status: booking.status, ends_at: booking.ends_at, cancelled_at: booking.cancelled_at ?? null }
    } else {
      state = { purchase: "crystal", shipped_at: shippedAt.get(earning.line_item_id)?.shipped_at ?? null }
    }
    const verdict = earningVerdict(state, holdDays, input.now)
    if (verdict.status === "pending") return []
    return [{ id: earning.id, status: verdict.status, available_at: verdict.available_at, status_reason: verdict.reason }]
  })
  if (updates.length) await service.updateEarnings(updates)
  return new StepResponse({ released: updates.length })
})
