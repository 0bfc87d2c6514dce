import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"
import { PAYOUT_MODULE } from "../../modules/payout"
import type PayoutModuleService from "../../modules/payout/service"
import { PRACTITIONER_MODULE } from "../../modules/practitioner"
import type PractitionerModuleService from "../../modules/practitioner/service"
import { captureOrderPayments } from "../../workflows/checkout/utils/capture-order-payments"
import { confirmOrderBookingsWorkflow } from "../../workflows/booking/workflows/confirm-order-bookings"
import { holdBookingSlotWorkflow } from "../../workflows/booking/workflows/hold-booking-slot"
import { markBookingOutcomeWorkflow } from "../../workflows/booking/workflows/mark-booking-outcome"
import { markPayoutPaidWorkflow } from "../../workflows/payout/workflows/mark-payout-paid"
import { recordOrderSalesWorkflow } from "../../workflows/payout/workflows/record-order-sales"
import { releaseEarningsWorkflow } from "../../workflows/payout/workflows/release-earnings"
import { runPayoutsWorkflow } from "../../workflows/payout/workflows/run-payouts"
import { startStripeOnboardingWorkflow } from "../../workflows/payout/workflows/start-stripe-onboarding"
import { stripeConnectClient } from "../../workflows/payout/utils/payout-providers"
import { storefrontUrl } from "../../workflows/utils/storefront-url"
import { isWordedConflict } from "../../workflows/utils/worded-conflict"

type Container = ExecArgs["container"]

const DAY = 86_400_000
const EARNER = "nomvula@avenrae.test"
const STRIPE_PRACTITIONER = "thabo@avenrae.test"
const ADDRESS = {
  first_name: "Thandi",
  last_name: "Mokoena",
  address_1: "45 Musgrave Road",
  city: "Durban",
  postal_code: "4001",
  province: "KwaZulu-Natal",
  country_code: "za",
}

/**
 * Money for the demo's Earnings and Payouts pages, through the real
 * checkout and workflows: three of Nomvula's sessions sold and held — the
 * seed then moves them 20, 10 and 2 days into the past (checkout sells only
 * future times) and she marks them completed — and one of her crystals
 * shipped. The oldest is paid out by bank transfer; the next is available;
 * the newest and the crystal are pending. With Stripe configured, Thabo
 * starts Stripe onboarding. Skipped when Nomvula already has session or
 * crystal earnings.
 */
export async function seedEarnings(container: Container, input: { regionId: string; salesChannelId: string }) {
  const practitioners = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const [earner] = await practitioners.listPractitioners({ email: EARNER })
  if (!earner) return
  // Her event's ticket sales are earnings too; these are the sessions and the crystal.
  const [, already] = await payouts.listAndCountEarnings({ practitioner_id: earner.id, purchase: ["session", "crystal"] }, { take: 1 })
  if (already) return
  const now = new Date()
  const sessionVariant = await firstSessionVariant(container, earner.id)
  for (const daysAgo of [20, 10, 2]) {
    const orderId = await placeOrder(container, input, (cartId) => holdFreeHour(container, cartId, sessionVariant, now, 21 + daysAgo))
    await confirmOrderBookingsWorkflow(container).run({ input: { order_id: orderId } })
    await recordOrderSalesWorkflow(container).run({ input: { order_id: orderId, now } })
    const bookings = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const [booking] = await bookings.listBookings({ order_id: orderId })
    const startsAt = new Date(now.getTime() - daysAgo * DAY)
    const duration = booking.ends_at.getTime() - booking.starts_at.getTime()
    await bookings.updateBookings({
      id: booking.id,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + duration),
      blocked_from: startsAt,
      blocked_until: new Date(startsAt.getTime() + duration),
    })
    await markBookingOutcomeWorkflow(container).run({ input: { practitioner_id: earner.id, booking_id: booking.id, outcome: "completed" } })
    await releaseEarningsWorkflow(container).run({ input: { now, booking_ids: [booking.id] } })
    if (daysAgo === 20) {
      const { result: run } = await runPayoutsWorkflow(container).run({ input: { trigger: "schedule", now, practitioner_id: earner.id } })
      const [payout] = await payouts.listPayouts({ run_id: run.id })
      if (payout) {
        await markPayoutPaidWorkflow(container).run({ input: { payout_id: payout.id, reference: "EFT-DEMO-0001", paid_by: "seed", now } })
      }
    }
  }
  const crystalOrder = await placeOrder(container, input, async (cartId) => {
    const variant = await crystalVariant(container, earner.id)
    await addToCartWorkflow(container).run({ input: { cart_id: cartId, items: [{ variant_id: variant, quantity: 1 }] } })
    await updateCartWorkflow(container).run({ input: { id: cartId, shipping_address: ADDRESS, billing_address: ADDRESS } })
    const option = await standardDelivery(container)
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cartId, options: [{ id: option }] } })
  })
  await recordOrderSalesWorkflow(container).run({ input: { order_id: crystalOrder, now } })
  await shipOrder(container, crystalOrder)
  await releaseEarningsWorkflow(container).run({ input: { now, order_ids: [crystalOrder] } })

  const [stripePractitioner] = await practitioners.listPractitioners({ email: STRIPE_PRACTITIONER })
  if (stripeConnectClient() && stripePractitioner) {
    const earnings = `${storefrontUrl()}/practice/earnings`
    await startStripeOnboardingWorkflow(container).run({
      input: {
        practitioner_id: stripePractitioner.id,
        email: stripePractitioner.email,
        country_code: stripePractitioner.country_code ?? null,
        return_url: `${earnings}?stripe=return`,
        refresh_url: `${earnings}?stripe=refresh`,
      },
    })
  }
}

/** A guest checkout as the storefront runs it, with `fill` putting the goods in the cart. */
async function placeOrder(
  container: Container,
  input: { regionId: string; salesChannelId: string },
  fill: (cartId: string) => Promise<void>
) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: { region_id: input.regionId, sales_channel_id: input.salesChannelId, email: "demo.buyer@example.com" },
  })
  await fill(cart.id)
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: "pp_system_default" } })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  await captureOrderPayments(container, order.id)
  return order.id
}

async function shipOrder(container: Container, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    // An order line's quantity lives on its order item (`detail`).
    fields: ["items.id", "items.detail.quantity"],
    filters: { id: orderId },
  })
  const items = (data[0]?.items ?? []).filter(Boolean).map((item: any) => ({ id: item.id, quantity: Number(item.detail.quantity) }))
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({ input: { order_id: orderId, items } })
  await createOrderShipmentWorkflow(container).run({ input: { order_id: orderId, fulfillment_id: fulfillment.id, items } })
}

/** Holds the session at 07:00 UTC (09:00 in Johannesburg, when the demo hours open) on the first free weekday at least `days` ahead. */
async function holdFreeHour(container: Container, cartId: string, variantId: string, now: Date, days: number) {
  for (let extra = 0; extra < 60; extra++) {
    const day = new Date(now.getTime() + (days + extra) * DAY)
    if ([0, 6].includes(day.getUTCDay())) continue
    day.setUTCHours(7, 0, 0, 0)
    try {
      await holdBookingSlotWorkflow(container).run({ input: { cart_id: cartId, variant_id: variantId, starts_at: day } })
      return
    } catch (error) {
      if (!isWordedConflict(error)) throw error
    }
  }
  throw new Error("The demo practitioner has no free morning in the next two months")
}

async function firstSessionVariant(container: Container, practitionerId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "practitioner",
    fields: ["products.variants.id", "products.variants.metadata"],
    filters: { id: practitionerId },
  })
  const variants = (data[0]?.products ?? []).flatMap((product: any) => product?.variants ?? [])
  return variants.find((variant: any) => variant?.metadata?.duration_minutes).id as string
}

async function crystalVariant(container: Container, practitionerId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "practitioner",
    fields: ["products.variants.id", "products.variants.metadata", "products.variants.manage_inventory"],
    filters: { id: practitionerId },
  })
  const variants = (data[0]?.products ?? []).flatMap((product: any) => product?.variants ?? [])
  return variants.find((variant: any) => variant && !variant.metadata?.duration_minutes).id as string
}

async function standardDelivery(container: Container) {
  const [option] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: "Standard delivery" })
  return option.id
}
