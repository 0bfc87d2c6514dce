import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REVIEW_MODULE } from "../../src/modules/review"
import type ReviewModuleService from "../../src/modules/review/service"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { PRODUCTS } from "../../src/scripts/seed/data/catalog"
import { CATEGORIES, REGIONS } from "../../src/scripts/seed/data/store-setup"
import { offeringsFor, PRACTITIONERS, PRODUCTS_SOLD_BY } from "../../src/scripts/seed/data/practitioners"
import { seedRegions } from "../../src/scripts/seed/seed-regions"
import { seedStore } from "../../src/scripts/seed/seed-store"
import { SEED_METADATA_KEY, SEED_VERSION } from "../../src/scripts/seed/seed-marker"
import { demoEvents } from "../../src/scripts/seed/data/events"
import { readDemoStore } from "../helpers/demo-store"
import { PAYOUT_MODULE } from "../../src/modules/payout"
import type PayoutModuleService from "../../src/modules/payout/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import type PractitionerModuleService from "../../src/modules/practitioner/service"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    async function countEverything() {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
      return {
        products: await count("product"),
        variants: await count("product_variant"),
        categories: await count("product_category"),
        regions: await count("region"),
        tax_regions: await count("tax_region"),
        shipping_options: await count("shipping_option"),
        stock_locations: await count("stock_location"),
        inventory_levels: await count("inventory_level"),
        api_keys: await count("api_key"),
        users: await count("user"),
        sales_channels: await count("sales_channel"),
        practitioners: await count("practitioner"),
        events: await count("event"),
        orders: await count("order"),
        tickets: await count("event_ticket"),
        waitlist: await count("event_waitlist_entry"),
      }
    }

    it("seeds a whole catalog, and a second run adds nothing", async () => {
      const container = getContainer()
      await seedDemoData({ container, args: [] })
      const first = await countEverything()
      const approved = PRACTITIONERS.filter((p) => p.status === "approved")
      const catalogVariants = PRODUCTS.flatMap((p) => p.variants).length
      const offerings = approved.flatMap(offeringsFor)
      const sessionVariants = offerings.flatMap((o) => o.durations).length
      expect(PRODUCTS.length).toBeGreaterThanOrEqual(15)
      const events = demoEvents(new Date())
      const ticketVariants = events.reduce((sum, e) => sum + e.event.dates.length * e.event.ticket_types.length, 0)
      const eventDates = events.reduce((sum, e) => sum + e.event.dates.length, 0)
      const soldOrders = events.flatMap((e) => e.sold ?? []).flatMap((sale) => sale.orders)
      expect(first.products).toBe(PRODUCTS.length + offerings.length + events.length)
      expect(first.variants).toBe(catalogVariants + sessionVariants + ticketVariants)
      // Events were sold through checkout: one order per sale, one ticket per attendee; a sold-out date has people waiting.
      expect(first.events).toBe(events.length)
      // Besides the ticket orders: three of Nomvula's sessions and one of her crystals, behind the demo's earnings.
      expect(first.orders).toBe(soldOrders.length + 4)
      expect(first.tickets).toBe(soldOrders.reduce((sum, attendees) => sum + attendees, 0))
      expect(first.waitlist).toBe(3)
      const { data: listed } = await api.get("/store/events?limit=50", {
        headers: { "x-publishable-api-key": (await readDemoStore(container)).publishableKey },
      })
      const seatsLeft = Object.fromEntries(listed.events.map((e: any) => [e.handle, e.dates.map((d: any) => d.seats_left)]))
      expect(seatsLeft).toEqual({
        "full-moon-sound-circle-durban": [2, 20],
        "breath-and-sound-workshop-cape-town": [21, 24],
        "reading-the-moon-online-talk": [200],
        "new-moon-fire-ceremony-durban": [0],
      })
      expect(first.practitioners).toBe(PRACTITIONERS.length)
      expect(first.categories).toBe(CATEGORIES.length)
      expect(first.regions).toBe(REGIONS.length)
      expect(first.shipping_options).toBe(REGIONS.length * 2)
      expect(first.inventory_levels).toBe(catalogVariants + eventDates) // sessions keep no stock; an event date's seats are one item

      await seedDemoData({ container, args: [] })
      expect(await countEverything()).toEqual(first)

      const { data: sold } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["handle", "practitioner.email"],
        filters: { handle: Object.values(PRODUCTS_SOLD_BY).flat() },
      })
      expect(Object.fromEntries(sold.map((p: any) => [p.handle, p.practitioner?.email]))).toEqual(
        Object.fromEntries(Object.entries(PRODUCTS_SOLD_BY).flatMap(([email, handles]) => handles.map((h) => [h, email])))
      )

      // The demo's earnings: Nomvula has money paid (by bank transfer), available and pending.
      const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
      const [nomvula] = await container
        .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
        .listPractitioners({ email: "nomvula@avenrae.test" })
      const [balance] = await payouts.ledgerBalances({ now: new Date(), practitioner_id: nomvula.id })
      expect([Number(balance.paid) > 0, Number(balance.available) > 0, Number(balance.pending) > 0]).toEqual([true, true, true])
      expect(await payouts.listPayouts({ practitioner_id: nomvula.id })).toEqual([
        expect.objectContaining({ provider: "manual", status: "paid", reference: "EFT-DEMO-0001" }),
      ])
      const earnings = await payouts.listEarnings({ practitioner_id: nomvula.id, purchase: ["session", "crystal"] })
      expect(earnings.map((e) => [e.purchase, e.status]).sort()).toEqual([
        ["crystal", "earned"],
        ["session", "earned"],
        ["session", "earned"],
        ["session", "earned"],
      ])

      // The demo's reviews, written through the workflows: warm and critical, one held for staff, one rejected with its reason, a reply.
      const reviews = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({}, { order: { created_at: "ASC" } })
      expect(reviews.map((r) => [r.purchase_type, r.rating, r.status])).toEqual([
        ["booking", 5, "published"],
        ["booking", 2, "published"],
        ["booking", 4, "pending"],
        ["order_line", 1, "rejected"],
        ["ticket", 3, "published"],
      ])
      expect(reviews[1]).toMatchObject({ reply_status: "published", reviewer_name: "Thandi M." })
      expect(reviews[3]).toMatchObject({ moderation_reason: "abuse" })
      const [figures] = await container
        .resolve<ReviewModuleService>(REVIEW_MODULE)
        .aggregatesOf([{ target_type: "practitioner", target_id: nomvula.id }])
      expect(figures).toMatchObject({ review_count: 2, rating_average: 3.5 })

      const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
      expect(store.metadata?.[SEED_METADATA_KEY]).toBe(SEED_VERSION)
      expect((store.supported_currencies ?? []).map((c) => [c.currency_code, c.is_default]).sort()).toEqual([
        ["eur", false],
        ["usd", false],
        ["zar", true],
      ])
    })

    it("completes an interrupted seed on the next run", async () => {
      const container = getContainer()
      // A run that stopped after the store and regions were written.
      const { salesChannel } = await seedStore(container)
      await seedRegions(container)
      expect(salesChannel.id).toBeTruthy()
      const [partialStore] = await container.resolve(Modules.STORE).listStores()
      expect(partialStore.metadata?.[SEED_METADATA_KEY]).toBeUndefined()

      await seedDemoData({ container, args: [] })
      const counts = await countEverything()
      expect(counts.regions).toBe(REGIONS.length)
      const offerings = PRACTITIONERS.filter((p) => p.status === "approved").flatMap(offeringsFor)
      expect(counts.products).toBe(PRODUCTS.length + offerings.length + demoEvents(new Date()).length)
      expect(counts.sales_channels).toBe(2) // ours and the one Medusa creates at boot
    })

    it("prices every variant in ZAR, USD and EUR, with weights, images and stock", async () => {
      const container = getContainer()
      await seedDemoData({ container, args: [] })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: [
          "handle",
          "thumbnail",
          "images.url",
          "categories.handle",
          "variants.sku",
          "variants.weight",
          "variants.prices.currency_code",
          "variants.prices.amount",
        ],
        filters: { handle: PRODUCTS.map((p) => p.handle) },
      })
      expect(products).toHaveLength(PRODUCTS.length)
      for (const product of products) {
        expect(product.thumbnail).toMatch(/\/static\/.+\.png$/)
        expect(product.images).toHaveLength(1)
        expect(product.categories).toHaveLength(1)
        for (const variant of product.variants as any[]) {
          expect(variant.prices.map((p: { currency_code: string }) => p.currency_code).sort()).toEqual(["eur", "usd", "zar"])
          expect(variant.prices.every((p: { amount: number }) => Number(p.amount) > 0)).toBe(true)
          expect(typeof variant.weight).toBe("number")
        }
      }
      const image = new URL(products[0].thumbnail!).pathname
      const served = await api.get(image, { responseType: "arraybuffer" })
      expect(served.status).toBe(200)
      expect(served.headers["content-type"]).toBe("image/png")

      const inventory = container.resolve(Modules.INVENTORY)
      const levels = await inventory.listInventoryLevels({})
      const quantities = levels.map((l) => Number(l.stocked_quantity))
      expect(quantities.filter((q) => q === 0)).toHaveLength(1)
      expect(quantities.filter((q) => q > 0 && q <= 5).length).toBeGreaterThanOrEqual(3)
    })
  },
})
