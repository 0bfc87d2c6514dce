import type { Metadata } from "next"
import Link from "next/link"
import { STRIPE_PUBLISHABLE_KEY } from "@/lib/config"
import { listPaymentProviders, listShippingOptions, retrieveCart } from "@/lib/data/cart"
import { needsDelivery } from "@/lib/util/delivery"
import { retrieveCustomer } from "@/lib/data/customer"
import { CartTotals } from "@/modules/cart/cart-totals"
import { ContactStep } from "@/modules/checkout/contact-step"
import { DeliveryStep } from "@/modules/checkout/delivery-step"
import { PaymentStep } from "@/modules/checkout/payment-step"
import { StepSummary } from "@/modules/checkout/step-summary"
import { LineSummary } from "@/modules/order/line-summary"
import { formatMoney } from "@/lib/util/money"

export const metadata: Metadata = { title: "Checkout", description: "Pay for your Avenrae order." }

type Props = { searchParams: Promise<{ edit?: string }> }

export default async function CheckoutPage({ searchParams }: Props) {
  const { edit } = await searchParams
  const [cart, customer] = await Promise.all([retrieveCart(), retrieveCustomer()])
  if (!cart || !cart.items?.length) {
    return (
      <>
        <h1 className="font-serif text-3xl">Checkout</h1>
        <p className="mt-4 text-ink-soft">Your cart is empty — or your session expired. Add something to check out.</p>
        <Link href="/store" className="btn-primary mt-4">
          Browse the shop
        </Link>
      </>
    )
  }
  const address = cart.shipping_address
  const contactDone = !!cart.email && !!address?.address_1 && edit !== "contact"
  const method = cart.shipping_methods?.[0]
  const delivery = needsDelivery(cart)
  const deliveryDone = contactDone && (delivery ? !!method && edit !== "delivery" : true)
  const [options, providers] = await Promise.all([
    contactDone && delivery ? listShippingOptions(cart.id) : Promise.resolve([]),
    deliveryDone ? listPaymentProviders(cart.region_id!) : Promise.resolve([]),
  ])
  const countries = (cart.region?.countries ?? []).map((c) => ({ code: c.iso_2!, name: c.display_name ?? c.iso_2! }))

  return (
    <>
      <h1 className="font-serif text-3xl">Checkout</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_340px]">
        <div className="space-y-6">
          <section className="card p-5" aria-labelledby="step-contact">
            <h2 id="step-contact" className="mb-4 text-lg font-semibold">
              1. Contact and address
            </h2>
            {contactDone ? (
              <StepSummary editHref="/checkout?edit=contact" label="contact and address">
                {cart.email}
                <br />
                {address!.first_name} {address!.last_name}, {address!.address_1}, {address!.city} {address!.postal_code},{" "}
                {address!.country_code?.toUpperCase()}
              </StepSummary>
            ) : (
              <ContactStep
                countries={countries}
                next={delivery ? "delivery" : "payment"}
                initial={{
                  email: cart.email ?? customer?.email ?? "",
                  first_name: address?.first_name ?? customer?.first_name ?? "",
                  last_name: address?.last_name ?? customer?.last_name ?? "",
                  address_1: address?.address_1 ?? "",
                  city: address?.city ?? "",
                  postal_code: address?.postal_code ?? "",
                  country_code: address?.country_code ?? countries[0]?.code ?? "",
                  phone: address?.phone ?? "",
                }}
              />
            )}
          </section>

          <section className="card p-5" aria-labelledby="step-delivery">
            <h2 id="step-delivery" className="mb-4 text-lg font-semibold">
              2. Delivery
            </h2>
            {!delivery ? (
              <p className="text-sm text-ink-soft" data-testid="nothing-to-deliver">
                Nothing to deliver: sessions need no delivery.
              </p>
            ) : !contactDone ? (
              <p className="text-sm text-ink-soft">First tell us where it goes.</p>
            ) : deliveryDone ? (
              <StepSummary editHref="/checkout?edit=delivery" label="delivery">
                {method!.name} — {formatMoney(method!.amount, cart.currency_code)}
              </StepSummary>
            ) : (
              <DeliveryStep
                currency={cart.currency_code}
                chosen={method?.shipping_option_id}
                options={options.map((o) => ({ id: o.id, name: o.name, amount: o.amount ?? null }))}
              />
            )}
          </section>

          <section className="card p-5" aria-labelledby="step-payment">
            <h2 id="step-payment" className="mb-4 text-lg font-semibold">
              3. Payment
            </h2>
            {!deliveryDone ? (
              <p className="text-sm text-ink-soft">Choose delivery first.</p>
            ) : (
              <PaymentStep
                providers={providers.map((p) => p.id)}
                stripeKey={STRIPE_PUBLISHABLE_KEY}
                total={formatMoney(cart.total, cart.currency_code)}
              />
            )}
          </section>
        </div>

        <aside className="card h-fit p-5" aria-label="Order summary">
          <div className="mb-4">
            <LineSummary items={cart.items} currency={cart.currency_code} label="Items in your order" />
          </div>
          <CartTotals cart={cart} shippingChosen={!delivery || !!method} />
        </aside>
      </div>
    </>
  )
}
