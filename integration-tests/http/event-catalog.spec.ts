import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seatsSku } from "../../src/lib/events/event-catalog"
import { EVENT_MODULE } from "../../src/modules/event"
import EventModuleService from "../../src/modules/event/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import PractitionerModuleService from "../../src/modules/practitioner/service"
import { createEventWorkflow } from "../../src/workflows/event/workflows/create-event"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { fullMoonCircle } from "../helpers/events"
import { shopperFor } from "../helpers/store-checkout"

jest.setTimeout(120_000)

const DAY = 86_400_000

/**
 * Putting on an event: its records, one inventory item of seats per date,
 * and a product whose variants (date × ticket type) share their date's seats.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })

    async function nomvulaId() {
      const [nomvula] = await getContainer()
        .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
        .listPractitioners({ email: "nomvula@avenrae.test" })
      return nomvula.id
    }

    const circle = fullMoonCircle

    /** Rows that a half-made event would leave behind. */
    async function counts() {
      const container = getContainer()
      const events = container.resolve<EventModuleService>(EVENT_MODULE)
      const [, eventCount] = await events.listAndCountEvents({})
      const [, dateCount] = await events.listAndCountEventDates({})
      const [, products] = await container.resolve(Modules.PRODUCT).listAndCountProducts({})
      const [, items] = await container.resolve(Modules.INVENTORY).listAndCountInventoryItems({})
      return { eventCount, dateCount, products, items }
    }

    it("gives each date one pool of seats that every ticket type of the date sells from, on sale to shoppers", async () => {
      const now = new Date()
      const host = await nomvulaId()
      const { result } = await createEventWorkflow(getContainer()).run({ input: { event: circle(now, host), now } })
      expect(result.dates.map((d) => d.inventory_item_id ?? null)).toEqual([null, null]) // the records as first written
      expect(result.variants).toHaveLength(4)

      const events = getContainer().resolve<EventModuleService>(EVENT_MODULE)
      const dates = await events.listEventDates({ event_id: result.event.id }, { order: { starts_at: "ASC" } })
      const inventory = getContainer().resolve(Modules.INVENTORY)
      for (const [d, date] of dates.entries()) {
        const [item] = await inventory.listInventoryItems({ sku: seatsSku("full-moon-sound-circle", d) })
        expect(date.inventory_item_id).toBe(item.id)
        const levels = await inventory.listInventoryLevels({ inventory_item_id: item.id })
        expect(levels.map((l) => l.stocked_quantity)).toEqual([date.capacity])
      }

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
        filters: { id: result.variants.map((v) => v.variant_id) },
      })
      const mapping = await events.listEventTicketVariants({ event_date_id: dates.map((d) => d.id) }, { relations: ["ticket_type"] })
      for (const row of mapping) {
        const variant = variants.find((v) => v.id === row.variant_id)!
        const date = dates.find((d) => d.id === row.event_date_id)!
        expect(variant.inventory_items!.map((i) => [i!.inventory_item_id, i!.required_quantity])).toEqual([[date.inventory_item_id, 1]])
      }
      expect((await events.retrieveEvent(result.event.id)).product_id).toBe(result.product_id)

      // Shoppers see it: the product with each date's capacity on both of its ticket types, and its host.
      const shopper = shopperFor(api, store)
      const { data } = await shopper.get(
        `/store/products/${result.product_id}?region_id=${store.regions["South Africa"].id}&fields=*variants,+variants.inventory_quantity,*variants.options`
      )
      const seatsOf = (sku: string) => data.product.variants.find((v: { sku: string }) => v.sku === sku).inventory_quantity
      expect([seatsOf("EVT-FULL-MOON-SOUND-CIRCLE-D1-T1"), seatsOf("EVT-FULL-MOON-SOUND-CIRCLE-D1-T2")]).toEqual([20, 20])
      expect([seatsOf("EVT-FULL-MOON-SOUND-CIRCLE-D2-T1"), seatsOf("EVT-FULL-MOON-SOUND-CIRCLE-D2-T2")]).toEqual([30, 30])
      const { data: hosts } = await query.graph({ entity: "practitioner", fields: ["products.id"], filters: { id: host } })
      expect(hosts[0].products!.map((p) => p!.id)).toContain(result.product_id)
    })

    it("refuses an event that does not hold together, naming every problem, and writes nothing", async () => {
      const now = new Date()
      const before = await counts()
      const broken = circle(now, null, {
        format: "hybrid",
        venue_name: undefined,
        dates: [{ starts_at: new Date(now.getTime() - DAY), ends_at: new Date(now.getTime() - DAY / 2), capacity: 0 }],
      })
      // A workflow rejects with its step's error as a plain object, not an Error instance.
      await expect(createEventWorkflow(getContainer()).run({ input: { event: broken, now } })).rejects.toMatchObject({
        message:
          "The event cannot be created: an event that meets in person needs venue_name; an online or hybrid event needs online_url; dates[0] starts in the past; dates[0] needs a capacity from 1 to 10000.",
      })
      expect(await counts()).toEqual(before)
    })

    it("undoes the event's records when its seats cannot be made", async () => {
      const now = new Date()
      // An inventory item already holds the SKU of the second date's seats: that step fails after the records were written.
      await getContainer()
        .resolve(Modules.INVENTORY)
        .createInventoryItems({ sku: seatsSku("clash", 1), title: "Squatter" })
      const before = await counts()
      await expect(
        createEventWorkflow(getContainer()).run({ input: { event: circle(now, null, { handle: "clash" }), now } })
      ).rejects.toMatchObject({
        message: expect.stringMatching(/EVT-CLASH-D2-SEATS/),
      })
      expect(await counts()).toEqual(before)
    })
  },
})
