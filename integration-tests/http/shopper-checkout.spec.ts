import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })

    describe("a shopper buying crystals with the system payment provider", () => {
      it("lists the catalog with the publishable key and refuses requests without it", async () => {
        const shopper = shopperFor(api, store)
        const listed = await shopper.get("/store/products?limit=100&fields=title,handle")
        expect(listed.status).toBe(200)
        expect(listed.data.count).toBeGreaterThanOrEqual(15)
        expect(listed.data.products.map((p: { handle: string }) => p.handle)).toEqual(
          expect.arrayContaining(["amethyst-cluster", "reading-the-tarot", "tibetan-singing-bowl"])
        )
        const keyless = await api.get("/store/products", { validateStatus: () => true })
        expect(keyless.status).toBe(400)
      })

      it("pays once and gets one order with the right totals and reserved stock", async () => {
        const shopper = shopperFor(api, store)
        const southAfrica = store.regions["South Africa"]
        const amethyst = await shopper.variantBySku("CRY-AME-S")
        const roseQuartz = await shopper.variantBySku("CRY-ROS-5")
        expect(amethyst.inventory_quantity).toBe(24)

        const created = await shopper.post("/store/carts", { region_id: southAfrica.id })
        expect(created.status).toBe(200)
        const cartId = created.data.cart.id
        expect(created.data.cart.currency_code).toBe("zar")
        for (const [variant, quantity] of [
          [amethyst, 2],
          [roseQuartz, 1],
        ] as const) {
          const added = await shopper.post(`/store/carts/${cartId}/line-items`, {
            variant_id: variant.id,
            quantity,
          })
          expect(added.status).toBe(200)
        }

        await shopper.prepareCheckout(cartId, "pp_system_default")
        const completed = await shopper.post(`/store/carts/${cartId}/complete`)
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
        const order = completed.data.order

        // 2 × R349 + R189 = R887 in items; R95 standard delivery; 15 % VAT on both.
        expect(order.currency_code).toBe("zar")
        expect(order.items).toHaveLength(2)
        expect(order.item_subtotal).toBe(887)
        expect(order.shipping_subtotal).toBe(95)
        expect(order.tax_total).toBeCloseTo((887 + 95) * 0.15, 2)
        expect(order.total).toBeCloseTo((887 + 95) * 1.15, 2)

        const inventory = getContainer().resolve(Modules.INVENTORY)
        const [item] = await inventory.listInventoryItems({ sku: "CRY-AME-S" })
        const [level] = await inventory.listInventoryLevels({ inventory_item_id: item.id })
        expect(Number(level.stocked_quantity)).toBe(24)
        expect(Number(level.reserved_quantity)).toBe(2)
        const after = await shopper.variantBySku("CRY-AME-S")
        expect(after.inventory_quantity).toBe(22)

        const again = await shopper.post(`/store/carts/${cartId}/complete`)
        expect(again.data.order?.id ?? again.data.type).toBe(order.id)

        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const sent = await waitFor(
          () => notifications.listNotifications({ resource_id: order.id }),
          (found) => found.length > 0
        )
        expect(sent).toHaveLength(1)
        expect(sent[0]).toMatchObject({
          to: "thandi@example.com",
          channel: "email",
          template: "order-placed",
          data: expect.objectContaining({ total: order.total, currency_code: "zar" }),
        })
      })

      it("refuses an out-of-stock crystal with a 4xx that says so", async () => {
        const shopper = shopperFor(api, store)
        const labradorite = await shopper.variantBySku("CRY-LAB-P")
        expect(labradorite.inventory_quantity).toBe(0)
        const cart = await shopper.post("/store/carts", {
          region_id: store.regions["South Africa"].id,
        })
        const refused = await shopper.post(`/store/carts/${cart.data.cart.id}/line-items`, {
          variant_id: labradorite.id,
          quantity: 1,
        })
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(refused.status).toBeLessThan(500)
        expect(refused.data.message).toMatch(/inventory|stock/i)
        const unchanged = await shopper.get(`/store/carts/${cart.data.cart.id}`)
        expect(unchanged.data.cart.items).toHaveLength(0)
      })
    })
  },
})
