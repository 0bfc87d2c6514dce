import { CITIES } from "../seed/data/practitioners"
import {
  BENCH_BUSY_CALENDAR_HANDLE,
  BENCH_BUSY_BOOKINGS,
  BENCH_BOOKINGS,
  BENCH_CALENDAR_HANDLE,
  BENCH_CHECKOUT_HANDLE,
  BENCH_CRYSTAL_SKU,
} from "./bench-bookings"
import { BENCH_EVENT_COUNT, BENCH_TICKET_EVENT } from "./bench-events"
import { BENCH_REVIEW_COUNT } from "./bench-reviews"
import { timeCheckouts } from "./checkout-timing"
import { timeSlotEngine } from "./engine-timing"
import { benchmarkAudit } from "./audit-timing"
import { describeVerdict, judge, ratio, Verdict } from "./goals"
import type { PayoutFigures, TimedCheckout } from "./payout-figures"
import { LoadResult, measureInterleaved, percentile } from "./load"
import { homeFirstLoadKb } from "./storefront-js"

/** Two endpoints measured in one interleaved run, and the most the first's p95 may be of the second's. */
type Pair = {
  title: string
  first: { label: string; path: string }
  second: { label: string; path: string }
  goal: string
  limit: number
  rule: "at most" | "below"
  /**
   * Medusa's cheapest store request, measured in the same run, for scale: what
   * any /store route costs before its own work (the publishable key check, the
   * session and the rest of Medusa's middleware).
   */
  floor?: { label: string; path: string }
}

/** Medusa's own least costly store route with a database read: one region list. */
const STORE_FLOOR = { label: "floor", path: "/store/regions" }

const DAY = 86_400_000

/**
 * Our endpoints against Medusa's own (and the slot list against itself on a
 * ten times larger calendar), each pair interleaved in one run on the same
 * server and data, at 1 and 10 concurrent connections; then the slot engine
 * alone, the storefront's home page JavaScript and checkout. Prints every
 * goal with its figure and whether it was met.
 */
export async function runBenchmarks(options: {
  baseUrl: string
  publishableKey: string
  storefrontDir: string
  env?: NodeJS.ProcessEnv
  /** The payout run and the ledger's share of the mixed checkouts, measured inside the app (bench-payouts.ts). */
  measurePayouts?: (mixed: TimedCheckout[]) => Promise<PayoutFigures>
}) {
  const env = options.env ?? process.env
  const headers = { "x-publishable-api-key": options.publishableKey }
  const get = async (path: string) => (await fetch(`${options.baseUrl}${path}`, { headers })).json()
  const regions = await get("/store/regions")
  const region = regions.regions.find((r: { currency_code: string }) => r.currency_code === "zar") ?? regions.regions[0]
  const durban = CITIES.Durban
  const sessionOf = async (handle: string) => (await get(`/store/practitioners/${handle}`)).practitioner.offerings[0].variants[0].id
  const sessionVariantId = await sessionOf(BENCH_CALENDAR_HANDLE)
  const busyVariantId = await sessionOf(BENCH_BUSY_CALENDAR_HANDLE)
  const anyProduct = (await get("/store/products?limit=1&fields=id")).products[0]
  const now = Date.now()
  const window = (fromDays: number, days: number) =>
    `from=${new Date(now + fromDays * DAY).toISOString()}&to=${new Date(now + (fromDays + days) * DAY).toISOString()}`
  const slots = (handle: string, variantId: string) =>
    `/store/practitioners/${handle}/slots?variant_id=${variantId}&${window(0, 30)}&tz=America/New_York`

  const ticketVariantId = await benchTicketVariant(get, region.id)
  const reviewedId = (await get(`/store/practitioners/${BENCH_CALENDAR_HANDLE}`)).practitioner.id
  const pairs: Pair[] = [
    {
      title: `Upcoming events (kind + near, ${BENCH_EVENT_COUNT} events with seats left per date)`,
      first: { label: "ours", path: `/store/events?kind=circle&near=${durban.latitude},${durban.longitude}&radius_km=2000&limit=20` },
      second: { label: "Medusa", path: `/store/products?limit=20&region_id=${region.id}` },
      goal: "events p95 / Medusa's product list p95",
      rule: "at most",
      limit: 0.5,
      floor: STORE_FLOOR,
    },
    {
      title: "Practitioner directory (kind + min_rating + near, 1,000+ practitioners)",
      first: {
        label: "ours",
        path: `/store/practitioners?kind=healer&min_rating=3&near=${durban.latitude},${durban.longitude}&sort=distance&limit=20`,
      },
      second: { label: "Medusa", path: `/store/products?limit=20&region_id=${region.id}` },
      goal: "directory p95 / Medusa's product list p95",
      rule: "at most",
      limit: 0.1,
      floor: STORE_FLOOR,
    },
    {
      title: `A practitioner's reviews, first page with the figures (${BENCH_REVIEW_COUNT.toLocaleString("en")} published reviews)`,
      first: { label: "ours", path: `/store/reviews?target_type=practitioner&target_id=${reviewedId}&sort=newest&limit=10` },
      second: { label: "Medusa", path: `/store/products/${anyProduct.id}?region_id=${region.id}` },
      goal: "reviews page p95 / Medusa's product detail p95",
      rule: "at most",
      limit: 0.5,
      floor: STORE_FLOOR,
    },
    {
      title: `Free when I am: weekday evenings, next available first (1,000+ practitioners, ${BENCH_BOOKINGS} bookings each)`,
      first: {
        label: "ours",
        path: "/store/practitioners?available_from=18:00&available_to=21:00&available_days=weekdays&tz=Africa/Johannesburg&sort=next_available&limit=20",
      },
      second: { label: "Medusa", path: `/store/products?limit=20&region_id=${region.id}` },
      goal: "free-when directory p95 / Medusa's product list p95",
      rule: "at most",
      limit: 0.5,
      floor: STORE_FLOOR,
    },
    {
      title: `Free slots for 30 days of a practitioner with ${BENCH_BOOKINGS} bookings`,
      first: { label: "ours", path: slots(BENCH_CALENDAR_HANDLE, sessionVariantId) },
      second: { label: "Medusa", path: `/store/products/${anyProduct.id}?region_id=${region.id}` },
      goal: "slots p95 / Medusa's product detail p95",
      rule: "at most",
      limit: 0.25,
      floor: STORE_FLOOR,
    },
    {
      title: `Free slots for 30 days: ${BENCH_BUSY_BOOKINGS.toLocaleString("en")} bookings against ${BENCH_BOOKINGS}`,
      first: { label: `${BENCH_BUSY_BOOKINGS}`, path: slots(BENCH_BUSY_CALENDAR_HANDLE, busyVariantId) },
      second: { label: `${BENCH_BOOKINGS}`, path: slots(BENCH_CALENDAR_HANDLE, sessionVariantId) },
      goal: `slots p95 growth, ${BENCH_BUSY_BOOKINGS} bookings / ${BENCH_BOOKINGS}`,
      rule: "below",
      limit: 1.5,
    },
  ]
  // BENCH_ONLY="free when,audit": only the parts whose titles hold one of these words.
  const only = (env.BENCH_ONLY ?? "")
    .toLowerCase()
    .split(",")
    .map((word) => word.trim())
    .filter(Boolean)
  const wanted = (title: string) => !only.length || only.some((word) => title.toLowerCase().includes(word))
  const requests = Number(env.BENCH_REQUESTS || 300)
  const warmup = Number(env.BENCH_WARMUP || 30)
  const verdicts: Verdict[] = []
  const report = (verdict: Verdict) => {
    verdicts.push(verdict)
    console.log(`  ${describeVerdict(verdict)}`)
  }

  for (const pair of pairs.filter((p) => wanted(p.title))) {
    console.log(`\n${pair.title}, interleaved in one run`)
    console.log(`  ${pair.first.label.padEnd(8)} GET ${pair.first.path}`)
    console.log(`  ${pair.second.label.padEnd(8)} GET ${pair.second.path}`)
    if (pair.floor) console.log(`  ${pair.floor.label.padEnd(8)} GET ${pair.floor.path} (Medusa's cheapest store request, for scale)`)
    console.log(
      `  ${"".padEnd(8)} ${"conns".padStart(5)} ${"n".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"req/s".padStart(7)} ${"fail".padStart(5)}`
    )
    for (const connections of [1, 10]) {
      const load = { headers, connections, requests: connections === 1 ? requests : requests * 3, warmup }
      const paths = [pair.first.path, pair.second.path, ...(pair.floor ? [pair.floor.path] : [])]
      const [first, second, floor] = await measureInterleaved(
        paths.map((path) => `${options.baseUrl}${path}`),
        load
      )
      printRow(pair.first.label, first)
      printRow(pair.second.label, second)
      if (floor) printRow(pair.floor!.label, floor)
      const name = `${pair.goal}, ${connections} connection${connections > 1 ? "s" : ""}`
      report(judge({ name, rule: pair.rule, limit: pair.limit, unit: "×" }, ratio(first.p95, second.p95)))
      if (floor)
        console.log(`  for scale: ${pair.floor!.path} p95 / ${pair.second.label}'s is ${ratio(floor.p95, second.p95).toFixed(2)} ×`)
    }
  }

  if (wanted("audit log")) await benchmarkAudit(options.baseUrl, requests, warmup, report)

  if (wanted("slot engine")) {
    const engine = timeSlotEngine()
    console.log(`\nSlot engine alone, 90 days, 500 bookings (${engine.slots} slots; zone offsets already known, as on a running server)`)
    console.log(`  p50 ${engine.p50.toFixed(2)} ms, p95 ${engine.p95.toFixed(2)} ms`)
    report(judge({ name: "slot engine p95, 90 days", rule: "below", limit: 2, unit: "ms" }, engine.p95))
  }

  if (wanted("storefront home page")) {
    const home = homeFirstLoadKb(options.storefrontDir)
    console.log(`\nStorefront home page, first-load JavaScript (gzipped, from storefront/.next)`)
    if (home) console.log(`  ${home.kB.toFixed(1)} kB in ${home.files} files`)
    else console.log("  no storefront build to measure: run npm run bench without DISABLE_STOREFRONT=true")
    report(judge({ name: "storefront home first-load JS", rule: "below", limit: 100, unit: "kB" }, home?.kB ?? NaN))
  }

  if (wanted("checkout and payout run")) {
    const rounds = Number(env.BENCH_CHECKOUTS || 40)
    const crystal = (await get(`/store/products?q=Tiger&fields=id,*variants&region_id=${region.id}`)).products
      .flatMap((p: { variants: Array<{ id: string; sku: string }> }) => p.variants)
      .find((v: { sku: string }) => v.sku === BENCH_CRYSTAL_SKU)
    // Sessions with an open calendar (cleared before each run): two carts a round hold one, a start every third slot keeps them apart.
    const checkoutSessionId = await sessionOf(BENCH_CHECKOUT_HANDLE)
    const free = await get(`/store/practitioners/${BENCH_CHECKOUT_HANDLE}/slots?variant_id=${checkoutSessionId}&${window(2, 50)}`)
    const freeStarts = free.slots.filter((_: unknown, i: number) => i % 3 === 0).map((s: { starts_at: string }) => s.starts_at)
    const checkout = await timeCheckouts(
      { baseUrl: options.baseUrl, headers, regionId: region.id },
      { crystalVariantId: crystal.id, sessionVariantId: checkoutSessionId, ticketVariantId, freeStarts, rounds: rounds + 1 }
    )
    console.log(`\nCompleting a cart (POST /store/carts/:id/complete), ${checkout.crystal.n} of each`)
    console.log(`  crystal only:      p50 ${checkout.crystal.p50.toFixed(1)} ms, p95 ${checkout.crystal.p95.toFixed(1)} ms`)
    console.log(
      `  crystal + session: p50 ${checkout.crystalAndSession.p50.toFixed(1)} ms, p95 ${checkout.crystalAndSession.p95.toFixed(1)} ms`
    )
    console.log(
      `  crystal + session + 2 tickets: p50 ${checkout.crystalSessionTicket.p50.toFixed(1)} ms, p95 ${checkout.crystalSessionTicket.p95.toFixed(1)} ms`
    )
    report(
      judge(
        { name: "checkout p50, crystal + session / crystal only", rule: "at most", limit: 1.2, unit: "×" },
        ratio(checkout.crystalAndSession.p50, checkout.crystal.p50)
      )
    )
    report(
      judge(
        { name: "checkout p50, crystal + session + tickets / crystal only", rule: "at most", limit: 1.3, unit: "×" },
        ratio(checkout.crystalSessionTicket.p50, checkout.crystal.p50)
      )
    )

    if (options.measurePayouts) {
      const payouts = await options.measurePayouts(checkout.mixed)
      console.log(
        `\nPayout run over ${payouts.practitioners.toLocaleString("en")} practitioners, ${payouts.entries.toLocaleString("en")} available ledger entries`
      )
      console.log(
        `  ${payouts.payouts} payouts opened in ${(payouts.run_ms / 1000).toFixed(2)} s; peak memory ${payouts.peak_rss_mb.toFixed(0)} MB (+${payouts.rss_growth_mb.toFixed(0)} MB during the run)`
      )
      report(
        judge({ name: "payout run, 1,000 practitioners / 100,000 entries", rule: "below", limit: 60, unit: "s" }, payouts.run_ms / 1000)
      )
      const complete = percentile(payouts.checkout_ms, 50)
      const ledger = percentile(payouts.ledger_ms, 50)
      console.log(
        `\nMixed checkout with the ledger: request start → answer p50 ${complete.toFixed(1)} ms; → sale entries written p50 ${ledger.toFixed(1)} ms (${payouts.ledger_ms.length} orders)`
      )
      report(
        judge(
          { name: "mixed checkout until its ledger is written / its answer, p50", rule: "at most", limit: 1.1, unit: "×" },
          ratio(ledger, complete)
        )
      )
    }
  }

  console.log(`\nGoals (${verdicts.filter((v) => v.met).length} of ${verdicts.length} met)`)
  for (const verdict of verdicts) console.log(`  ${describeVerdict(verdict)}`)
  return verdicts
}

/** The general ticket of the checkout benchmark's event, on its first date (the event's product is "event-<handle>"). */
async function benchTicketVariant(get: (path: string) => Promise<any>, regionId: string) {
  const { products } = await get(`/store/products?handle=event-${BENCH_TICKET_EVENT}&region_id=${regionId}&fields=id,*variants`)
  const variant = (products[0]?.variants as Array<{ id: string; sku: string }> | undefined)?.find((v) => v.sku.endsWith("-D1-T1"))
  if (!variant) throw new Error(`The benchmark event ${BENCH_TICKET_EVENT} is not on sale`)
  return variant.id
}

function printRow(label: string, r: LoadResult) {
  console.log(
    `  ${label.padEnd(8)} ${String(r.connections).padStart(5)} ${String(r.requests).padStart(5)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.perSecond.toFixed(0).padStart(7)} ${String(r.failures).padStart(5)}`
  )
}
