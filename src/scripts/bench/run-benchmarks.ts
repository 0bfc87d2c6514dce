import { CITIES } from "../seed/data/practitioners"
import { BENCH_CALENDAR_HANDLE, BENCH_CRYSTAL_SKU } from "./bench-bookings"
import { timeCheckouts } from "./checkout-timing"
import { timeSlotEngine } from "./engine-timing"
import { LoadResult, measure } from "./load"

type Comparison = {
  title: string
  goal: string
  ours: string
  theirs: string
}

/**
 * Our endpoints against Medusa's own in the same run, on the same server and
 * data, at 1 and 10 concurrent connections; prints p50/p95 and the ratio.
 */
export async function runBenchmarks(options: { baseUrl: string; publishableKey: string; env?: NodeJS.ProcessEnv }) {
  const env = options.env ?? process.env
  const headers = { "x-publishable-api-key": options.publishableKey }
  const regions = await (await fetch(`${options.baseUrl}/store/regions`, { headers })).json()
  const region = regions.regions.find((r: { currency_code: string }) => r.currency_code === "zar") ?? regions.regions[0]
  const durban = CITIES.Durban
  const DAY = 86_400_000
  const get = async (path: string) => (await fetch(`${options.baseUrl}${path}`, { headers })).json()
  const calendar = (await get(`/store/practitioners/${BENCH_CALENDAR_HANDLE}`)).practitioner
  const sessionVariantId = calendar.offerings[0].variants[0].id
  const anyProduct = (await get("/store/products?limit=1&fields=id")).products[0]
  const window = (fromDays: number, days: number) =>
    `from=${new Date(Date.now() + fromDays * DAY).toISOString()}&to=${new Date(Date.now() + (fromDays + days) * DAY).toISOString()}`

  const comparisons: Comparison[] = [
    {
      title: "Practitioner directory (kind + min_rating + near, 1,000+ practitioners)",
      goal: "ours p95 ≤ 0.5 × Medusa's",
      ours: `/store/practitioners?kind=healer&min_rating=3&near=${durban.latitude},${durban.longitude}&sort=distance&limit=20`,
      theirs: `/store/products?limit=20&region_id=${region.id}`,
    },
    {
      title: "Free slots for 30 days of a practitioner with 500 bookings",
      goal: "ours p95 ≤ 0.5 × Medusa's",
      ours: `/store/practitioners/${BENCH_CALENDAR_HANDLE}/slots?variant_id=${sessionVariantId}&${window(0, 30)}&tz=America/New_York`,
      theirs: `/store/products/${anyProduct.id}?region_id=${region.id}`,
    },
  ]
  const requests = Number(env.BENCH_REQUESTS || 300)
  const warmup = Number(env.BENCH_WARMUP || 30)

  for (const comparison of comparisons) {
    console.log(`\n${comparison.title} — goal: ${comparison.goal}`)
    console.log(`  ours:    GET ${comparison.ours}`)
    console.log(`  Medusa:  GET ${comparison.theirs}`)
    console.log(
      `  ${"".padEnd(8)} ${"conns".padStart(5)} ${"n".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"req/s".padStart(7)} ${"fail".padStart(5)}`
    )
    for (const connections of [1, 10]) {
      const load = { headers, connections, requests: connections === 1 ? requests : requests * 3, warmup }
      const ours = await measure(`${options.baseUrl}${comparison.ours}`, load)
      const theirs = await measure(`${options.baseUrl}${comparison.theirs}`, load)
      printRow("ours", ours)
      printRow("Medusa", theirs)
      console.log(
        `  ratio p95 ours/Medusa at ${connections} connection${connections > 1 ? "s" : ""}: ${(ours.p95 / theirs.p95).toFixed(2)}`
      )
    }
  }

  const engine = timeSlotEngine()
  console.log(`\nSlot engine alone, 90 days, 500 bookings (${engine.slots} slots) — goal: < 5 ms`)
  console.log(`  p50 ${engine.p50.toFixed(2)} ms, p95 ${engine.p95.toFixed(2)} ms`)

  const rounds = Number(env.BENCH_CHECKOUTS || 40)
  const crystal = (await get(`/store/products?q=Tiger&fields=id,*variants&region_id=${region.id}`)).products
    .flatMap((p: { variants: Array<{ id: string; sku: string }> }) => p.variants)
    .find((v: { sku: string }) => v.sku === BENCH_CRYSTAL_SKU)
  const free = await get(`/store/practitioners/${BENCH_CALENDAR_HANDLE}/slots?variant_id=${sessionVariantId}&${window(35, 20)}`)
  const freeStarts = free.slots.filter((_: unknown, i: number) => i % 3 === 0).map((s: { starts_at: string }) => s.starts_at)
  const checkout = await timeCheckouts(
    { baseUrl: options.baseUrl, headers, regionId: region.id },
    { crystalVariantId: crystal.id, sessionVariantId, freeStarts, rounds: rounds + 1 }
  )
  console.log(
    `\nCompleting a cart (POST /store/carts/:id/complete), ${checkout.crystal.n} of each — goal: crystal + session ≤ 1.2 × crystal only`
  )
  console.log(`  crystal only:      p50 ${checkout.crystal.p50.toFixed(1)} ms, p95 ${checkout.crystal.p95.toFixed(1)} ms`)
  console.log(
    `  crystal + session: p50 ${checkout.crystalAndSession.p50.toFixed(1)} ms, p95 ${checkout.crystalAndSession.p95.toFixed(1)} ms`
  )
  console.log(`  ratio p50: ${(checkout.crystalAndSession.p50 / checkout.crystal.p50).toFixed(2)}`)
}

function printRow(label: string, r: LoadResult) {
  console.log(
    `  ${label.padEnd(8)} ${String(r.connections).padStart(5)} ${String(r.requests).padStart(5)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.perSecond.toFixed(0).padStart(7)} ${String(r.failures).padStart(5)}`
  )
}
