import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, DemoStore, seedDemoStore } from "../helpers/demo-store"
import { shopperFor } from "../helpers/store-checkout"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })

    const lowStock = async (query: string, headers?: object) =>
      api.get(`/admin/inventory/low-stock${query}`, { ...headers, validateStatus: () => true })

    it("lists variants at or under the threshold, lowest first, with links to their products", async () => {
      const staff = await adminHeaders(api)
      const response = await lowStock("?threshold=3", staff)
      expect(response.status).toBe(200)
      const { variants, count, threshold } = response.data
      expect(threshold).toBe(3)
      // Seeded stock: palm stone 0, lapis 6 cm 1, citrine M 2, natural cloth 2,
      // Quiet Hands 3, amethyst L 3.
      expect(variants.map((v: { sku: string }) => v.sku).sort()).toEqual([
        "BK-QHS-PB",
        "CRY-AME-L",
        "CRY-CIT-M",
        "CRY-LAB-P",
        "CRY-LAP-6",
        "TL-GRD-NAT",
      ])
      const available = variants.map((v: { available_quantity: number }) => v.available_quantity)
      expect(available).toEqual([0, 1, 2, 2, 3, 3])
      expect(count).toBe(6)
      expect(variants[0]).toMatchObject({
        title: "Polished palm stone",
        available_quantity: 0,
        product: { title: "Labradorite Palm Stone", id: expect.stringMatching(/^prod_/) },
      })
    })

    it("counts reserved units as unavailable", async () => {
      const staff = await adminHeaders(api)
      const before = await lowStock("?threshold=5", staff)
      expect(before.data.variants.map((v: { sku: string }) => v.sku)).not.toContain("CRY-AME-M")

      const shopper = shopperFor(api, store)
      const medium = await shopper.variantBySku("CRY-AME-M")
      const cart = await shopper.post("/store/carts", { region_id: store.regions["South Africa"].id })
      await shopper.post(`/store/carts/${cart.data.cart.id}/line-items`, { variant_id: medium.id, quantity: 5 })
      await shopper.prepareCheckout(cart.data.cart.id, "pp_system_default")
      expect((await shopper.post(`/store/carts/${cart.data.cart.id}/complete`)).data.type).toBe("order")

      const after = await lowStock("?threshold=5", staff)
      const amethyst = after.data.variants.find((v: { sku: string }) => v.sku === "CRY-AME-M")
      expect(amethyst).toMatchObject({ stocked_quantity: 9, reserved_quantity: 5, available_quantity: 4 })
    })

    it("pages with limit and offset", async () => {
      const staff = await adminHeaders(api)
      const all = await lowStock("?threshold=10", staff)
      const second = await lowStock("?threshold=10&limit=2&offset=2", staff)
      expect(second.data.variants.map((v: { id: string }) => v.id)).toEqual(all.data.variants.slice(2, 4).map((v: { id: string }) => v.id))
      expect(second.data.count).toBe(all.data.count)
    })

    it.each([
      ["?threshold=-1", /threshold/],
      ["?threshold=abc", /threshold/],
      ["?limit=500", /limit/],
      ["?colour=red", /colour/],
    ])("answers %s with 400 and what to fix", async (query, message) => {
      const response = await lowStock(query, await adminHeaders(api))
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
    })

    it("refuses anyone who is not staff", async () => {
      expect((await lowStock("")).status).toBe(401)
      const customerToken = await api.post("/auth/customer/emailpass/register", {
        email: "shopper@example.com",
        password: "a-long-password",
      })
      const asCustomer = await lowStock("", {
        headers: { authorization: `Bearer ${customerToken.data.token}` },
      })
      expect(asCustomer.status).toBe(401)
    })
  },
})
