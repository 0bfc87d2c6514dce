import { percentile } from "./load"

type Store = { baseUrl: string; headers: Record<string, string>; regionId: string }

const ADDRESS = {
  first_name: "Bench",
  last_name: "Shopper",
  address_1: "1 Florida Road",
  city: "Durban",
  postal_code: "4001",
  country_code: "za",
}

async function call(store: Store, method: string, path: string, body?: unknown) {
  const response = await fetch(`${store.baseUrl}${path}`, {
    method,
    headers: { ...store.headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await response.json()
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${data.message}`)
  return data
}

const CARTS = ["crystal", "crystalAndSession", "crystalSessionTicket"] as const
type CartKind = (typeof CARTS)[number]

/**
 * Milliseconds of POST /store/carts/:id/complete for a cart with one crystal,
 * one with the crystal and a held session, and one with the crystal, a
 * session and two tickets, `rounds` each, in turn.
 */
export async function timeCheckouts(
  store: Store,
  input: { crystalVariantId: string; sessionVariantId: string; ticketVariantId: string; freeStarts: string[]; rounds: number }
) {
  const times: Record<CartKind, number[]> = { crystal: [], crystalAndSession: [], crystalSessionTicket: [] }
  const mixed: Array<{ order_id: string; started_at: number; ms: number }> = []
  const starts = [...input.freeStarts]
  for (let round = 0; round < input.rounds; round++) {
    for (const kind of CARTS) {
      const { cart } = await call(store, "POST", "/store/carts", { region_id: store.regionId, email: "bench@example.com" })
      await call(store, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: input.crystalVariantId, quantity: 1 })
      if (kind !== "crystal") {
        const startsAt = starts.shift()
        if (!startsAt) throw new Error("the benchmark ran out of free slots")
        await call(store, "POST", `/store/carts/${cart.id}/bookings`, { variant_id: input.sessionVariantId, starts_at: startsAt })
      }
      if (kind === "crystalSessionTicket") {
        await call(store, "POST", `/store/carts/${cart.id}/tickets`, {
          variant_id: input.ticketVariantId,
          attendees: [{ name: "Bench One" }, { name: "Bench Two" }],
        })
      }
      await call(store, "POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
      const { shipping_options } = await call(store, "GET", `/store/shipping-options?cart_id=${cart.id}`)
      await call(store, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
      const { payment_collection } = await call(store, "POST", "/store/payment-collections", { cart_id: cart.id })
      await call(store, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })
      const startedAt = Date.now()
      const started = performance.now()
      const completed = await call(store, "POST", `/store/carts/${cart.id}/complete`)
      const ms = performance.now() - started
      if (completed.type !== "order") throw new Error("a benchmark cart did not become an order")
      if (round === 0) continue // round 0 warms up
      times[kind].push(ms)
      if (kind === "crystalSessionTicket") mixed.push({ order_id: completed.order.id, started_at: startedAt, ms })
    }
  }
  const summary = (ms: number[]) => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), n: ms.length })
  return {
    crystal: summary(times.crystal),
    crystalAndSession: summary(times.crystalAndSession),
    crystalSessionTicket: summary(times.crystalSessionTicket),
    /** The mixed carts' orders, for the ledger's share of their completion. */
    mixed,
  }
}
