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

/**
 * Milliseconds of POST /store/carts/:id/complete for a cart with one crystal,
 * and for one with the crystal and a held session, `rounds` each, alternating.
 */
export async function timeCheckouts(
  store: Store,
  input: { crystalVariantId: string; sessionVariantId: string; freeStarts: string[]; rounds: number }
) {
  const times = { crystal: [] as number[], crystalAndSession: [] as number[] }
  const starts = [...input.freeStarts]
  for (let round = 0; round < input.rounds; round++) {
    for (const withSession of [false, true]) {
      const { cart } = await call(store, "POST", "/store/carts", { region_id: store.regionId, email: "bench@example.com" })
      await call(store, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: input.crystalVariantId, quantity: 1 })
      if (withSession) {
        const startsAt = starts.shift()
        if (!startsAt) throw new Error("the benchmark ran out of free slots")
        await call(store, "POST", `/store/carts/${cart.id}/bookings`, { variant_id: input.sessionVariantId, starts_at: startsAt })
      }
      await call(store, "POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
      const { shipping_options } = await call(store, "GET", `/store/shipping-options?cart_id=${cart.id}`)
      await call(store, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
      const { payment_collection } = await call(store, "POST", "/store/payment-collections", { cart_id: cart.id })
      await call(store, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })
      const started = performance.now()
      const completed = await call(store, "POST", `/store/carts/${cart.id}/complete`)
      const ms = performance.now() - started
      if (completed.type !== "order") throw new Error("a benchmark cart did not become an order")
      if (round > 0) (withSession ? times.crystalAndSession : times.crystal).push(ms) // round 0 warms up
    }
  }
  return {
    crystal: { p50: percentile(times.crystal, 50), p95: percentile(times.crystal, 95), n: times.crystal.length },
    crystalAndSession: {
      p50: percentile(times.crystalAndSession, 50),
      p95: percentile(times.crystalAndSession, 95),
      n: times.crystalAndSession.length,
    },
  }
}
