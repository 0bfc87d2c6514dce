import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { demoPractitionerToken, withToken } from "../helpers/practitioner-login"
import { shopperFor } from "../helpers/store-checkout"

jest.setTimeout(120_000)

const REIKI = {
  title: "Reiki healing session",
  description: "A full Usui Reiki session, in person in Durban or online.",
  durations: [
    { minutes: 60, prices: { zar: 650, usd: 40, eur: 36 } },
    { minutes: 90, prices: { zar: 900, usd: 55, eur: 50 } },
  ],
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const as = (token: string) => withToken(api, token)
    const login = (email: string) => demoPractitionerToken(api, email)

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })

    it("lets an approved practitioner offer a session that shoppers then see", async () => {
      const nomvula = as(await login("nomvula@avenrae.test"))
      const created = await nomvula.post("/vendor/products", REIKI)
      expect(created.status).toBe(201)
      const product = created.data.product
      expect(product.title).toBe("Reiki healing session")

      const mine = await nomvula.get("/vendor/products")
      expect(mine.data.products.map((p: { id: string }) => p.id)).toContain(product.id)
      const variants = mine.data.products.find((p: { id: string }) => p.id === product.id).variants
      expect(variants.map((v: { title: string }) => v.title).sort()).toEqual(["1 hour", "90 minutes"])
      const hour = variants.find((v: { title: string }) => v.title === "1 hour")
      expect(hour.metadata).toEqual({ duration_minutes: 60 })
      expect(hour.prices.map((p: { currency_code: string; amount: number }) => [p.currency_code, p.amount]).sort()).toEqual([
        ["eur", 36],
        ["usd", 40],
        ["zar", 650],
      ])

      const inStore = await shopperFor(api, store).get(
        `/store/products?handle=${product.handle}&fields=title,*categories,variants.manage_inventory`
      )
      expect(inStore.data.products).toHaveLength(1)
      expect(inStore.data.products[0].categories.map((c: { handle: string }) => c.handle)).toEqual(["sessions"])
      expect(inStore.data.products[0].variants.every((v: { manage_inventory: boolean }) => !v.manage_inventory)).toBe(true)

      const renamed = await nomvula.post(`/vendor/products/${product.id}`, { title: "Reiki session (Durban or online)" })
      expect(renamed.status).toBe(200)
      expect(renamed.data.product.title).toBe("Reiki session (Durban or online)")
      expect((await nomvula.delete(`/vendor/products/${product.id}`)).data).toMatchObject({ id: product.id, deleted: true })
      const after = await nomvula.get("/vendor/products")
      expect(after.data.products.map((p: { id: string }) => p.id)).not.toContain(product.id)
      expect(after.data.count).toBe(mine.data.count - 1)
    })

    it("gives practitioner B a 404 on everything of practitioner A's, and changes nothing", async () => {
      const nomvula = as(await login("nomvula@avenrae.test"))
      const thabo = as(await login("thabo@avenrae.test"))
      const { product } = (await nomvula.post("/vendor/products", REIKI)).data

      const thabos = (await thabo.get("/vendor/products")).data.products.map((p: { id: string }) => p.id)
      expect(thabos).not.toContain(product.id)
      const edit = await thabo.post(`/vendor/products/${product.id}`, { title: "Mine now" })
      expect(edit.status).toBe(404)
      expect(edit.data.message).toBe(`You have no product with id ${product.id}.`)
      expect((await thabo.delete(`/vendor/products/${product.id}`)).status).toBe(404)
      const still = await nomvula.get("/vendor/products")
      expect(still.data.products.find((p: { id: string }) => p.id === product.id).title).toBe(REIKI.title)
      expect((await thabo.get("/vendor/me")).data.practitioner.handle).toBe("thabo-mokoena")
    })

    it("lets a pending applicant read and edit the application but not sell", async () => {
      const hannah = as(await login("hannah@avenrae.test"))
      expect((await hannah.get("/vendor/me")).data.practitioner.status).toBe("pending")
      const refused = await hannah.post("/vendor/products", REIKI)
      expect(refused.status).toBe(403)
      expect(refused.data.message).toMatch(/pending; only approved practitioners can manage offerings/)
      expect((await hannah.get("/vendor/products")).status).toBe(403)
    })

    it.each([
      ["no durations", { ...REIKI, durations: [] }, /durations/],
      ["a 5-minute session", { ...REIKI, durations: [{ minutes: 5, prices: { zar: 100 } }] }, /minutes.* expected at least: '15'/],
      ["a negative price", { ...REIKI, durations: [{ minutes: 60, prices: { zar: -1 } }] }, /prices, zar/],
      ["no price", { ...REIKI, durations: [{ minutes: 60, prices: {} }] }, /at least one of zar, usd, eur/],
      [
        "a price past the ceiling",
        { ...REIKI, durations: [{ minutes: 60, prices: { usd: 1e12 } }] },
        /prices, usd' too big, expected at most: '1000000'/,
      ],
      ["a price in fractions of a cent", { ...REIKI, durations: [{ minutes: 60, prices: { eur: 65.555 } }] }, /at most two decimals/],
      ["an unknown field", { ...REIKI, stock: 3 }, /stock/],
    ])("answers an offering with %s with 400, writing nothing", async (_what, body, message) => {
      const sofia = as(await login("sofia@avenrae.test"))
      const before = (await sofia.get("/vendor/products")).data.count
      const response = await sofia.post("/vendor/products", body)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
      expect((await sofia.get("/vendor/products")).data.count).toBe(before)
    })

    it("refuses vendor routes to customers and to nobody", async () => {
      const customer = await api.post("/auth/customer/emailpass/register", { email: "c@example.com", password: "long-password-1" })
      expect((await as(customer.data.token).get("/vendor/products")).status).toBe(401)
      expect((await api.get("/vendor/products", { validateStatus: () => true })).status).toBe(401)
    })
  },
})
