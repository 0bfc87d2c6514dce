import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedAdminUser } from "../../src/scripts/seed/seed-admin-user"
import { adminHeaders } from "../helpers/demo-store"

jest.setTimeout(240_000)

/** Inventory items in bulk; enough to prove that the threshold, order and pages are the database's. */
const ITEMS = 3000
const PRODUCTS = 3

type Expected = { inventory_item_id: string; sku: string; stocked: number; reserved: number; available: number }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let expected: Expected[] = []
    let staff: { headers: Record<string, string> }

    /** The items at or under `threshold`, lowest first, then by id (as the route promises). */
    const lowest = (threshold: number) =>
      expected
        .filter((item) => item.available <= threshold)
        .sort((a, b) => a.available - b.available || (a.inventory_item_id < b.inventory_item_id ? -1 : 1))

    const lowStock = async (query: string) => {
      const response = await api.get(`/admin/inventory/low-stock${query}`, { ...staff, validateStatus: () => true })
      expect(response.status).toBe(200)
      return response.data
    }

    beforeAll(async () => {
      const container = getContainer()
      await seedAdminUser(container)
      staff = await adminHeaders(api)

      const [main, second] = await container.resolve(Modules.STOCK_LOCATION).createStockLocations([{ name: "Main" }, { name: "Second" }])
      const perProduct = ITEMS / PRODUCTS
      const products = await container.resolve(Modules.PRODUCT).createProducts(
        Array.from({ length: PRODUCTS }, (_, p) => ({
          title: `Bulk ${p}`,
          options: [{ title: "Number", values: Array.from({ length: perProduct }, (_, n) => String(n)) }],
          variants: Array.from({ length: perProduct }, (_, n) => ({
            title: `Bulk ${p}-${n}`,
            sku: `BULK-${p}-${n}`,
            options: { Number: String(n) },
          })),
        }))
      )
      const variants = products.flatMap((product) => product.variants)
      const inventory = container.resolve(Modules.INVENTORY)
      const items = await inventory.createInventoryItems(variants.map((variant) => ({ sku: variant.sku! })))
      // 20 items stock no variant: they are never listed or counted.
      await inventory
        .createInventoryItems(Array.from({ length: 20 }, (_, n) => ({ sku: `LOOSE-${n}` })))
        .then((loose) =>
          inventory.createInventoryLevels(loose.map((item) => ({ inventory_item_id: item.id, location_id: main.id, stocked_quantity: 0 })))
        )
      await container.resolve(ContainerRegistrationKeys.LINK).create(
        variants.map((variant, i) => ({
          [Modules.PRODUCT]: { variant_id: variant.id },
          [Modules.INVENTORY]: { inventory_item_id: items[i].id },
        }))
      )

      // Item i: (7 i mod 61) in Main; every 10th also 3 in Second; every 25th (from 1) one reserved in Main.
      const stockedMain = (i: number) => (i * 7) % 61
      await inventory.createInventoryLevels([
        ...items.map((item, i) => ({ inventory_item_id: item.id, location_id: main.id, stocked_quantity: stockedMain(i) })),
        ...items
          .filter((_, i) => i % 10 === 0)
          .map((item) => ({ inventory_item_id: item.id, location_id: second.id, stocked_quantity: 3 })),
      ])
      const reservedAt = (i: number) => (i % 25 === 1 && stockedMain(i) > 0 ? 1 : 0)
      await inventory.createReservationItems(
        items.filter((_, i) => reservedAt(i)).map((item) => ({ inventory_item_id: item.id, location_id: main.id, quantity: 1 }))
      )
      expected = items.map((item, i) => {
        const stocked = stockedMain(i) + (i % 10 === 0 ? 3 : 0)
        return { inventory_item_id: item.id, sku: item.sku!, stocked, reserved: reservedAt(i), available: stocked - reservedAt(i) }
      })
    })

    it("orders by available quantity, then id, and counts every item at or under the threshold", async () => {
      const want = lowest(10)
      expect(want.length).toBeGreaterThan(300)
      const first = await lowStock("?threshold=10&limit=100")
      expect(first.count).toBe(want.length)
      expect(first.variants.map((v: { sku: string }) => v.sku)).toEqual(want.slice(0, 100).map((item) => item.sku))
      expect(first.variants[0]).toMatchObject({ available_quantity: 0, product: { title: expect.stringMatching(/^Bulk /) } })
      expect(first.variants.at(-1).available_quantity).toBe(want[99].available)
    })

    it("walks every page without gaps or repeats, and answers an empty page past the end with the count", async () => {
      const want = lowest(10)
      const seen: string[] = []
      for (let offset = 0; offset < want.length; offset += 100) {
        const page = await lowStock(`?threshold=10&limit=100&offset=${offset}`)
        expect(page).toMatchObject({ count: want.length, offset, limit: 100 })
        seen.push(...page.variants.map((v: { inventory_item_id: string }) => v.inventory_item_id))
      }
      expect(seen).toEqual(want.map((item) => item.inventory_item_id))
      const past = await lowStock(`?threshold=10&limit=100&offset=${want.length}`)
      expect(past).toMatchObject({ variants: [], count: want.length })
    })

    it.each([0, 1, 12, 60])("includes the items whose available quantity equals the threshold (%i)", async (threshold) => {
      const want = lowest(threshold)
      const atThreshold = want.filter((item) => item.available === threshold)
      expect(atThreshold.length).toBeGreaterThan(0)
      const page = await lowStock(`?threshold=${threshold}&limit=100&offset=${Math.max(0, want.length - 100)}`)
      expect(page.count).toBe(want.length)
      expect(page.variants.map((v: { sku: string }) => v.sku)).toEqual(want.slice(-100).map((item) => item.sku))
      if (threshold > 0) {
        const under = await lowStock(`?threshold=${threshold - 1}&limit=1`)
        expect(under.count).toBe(want.length - atThreshold.length)
      }
    })

    it("sums stock over locations and subtracts reserved units", async () => {
      const page = await lowStock("?threshold=100&limit=100")
      expect(page.count).toBe(ITEMS)
      const bySku = new Map(expected.map((item) => [item.sku, item]))
      const all: Array<{ sku: string; stocked_quantity: number; reserved_quantity: number; available_quantity: number }> = []
      for (let offset = 0; offset < ITEMS; offset += 100) {
        all.push(...(await lowStock(`?threshold=100&limit=100&offset=${offset}`)).variants)
      }
      // Every 10th item has stock in both locations; every 25th (from 1) has a unit reserved.
      expect(all.filter((v) => bySku.get(v.sku)!.stocked > 60).length).toBeGreaterThan(0)
      expect(all.filter((v) => v.reserved_quantity === 1).length).toBe(expected.filter((item) => item.reserved === 1).length)
      for (const variant of all) {
        const want = bySku.get(variant.sku)!
        expect([variant.stocked_quantity, variant.reserved_quantity, variant.available_quantity]).toEqual([
          want.stocked,
          want.reserved,
          want.available,
        ])
      }
    })
  },
})
