import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, seedDemoStore } from "../helpers/demo-store"
import { demoPractitionerToken, withToken } from "../helpers/practitioner-login"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let staff: ReturnType<typeof withToken>
    const idsOf = async (handles: string[]) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: handles } })
      return Object.fromEntries(data.map((p) => [p.handle, p.id]))
    }
    const practitionerId = async (handle: string) =>
      (await staff.get(`/admin/practitioners?q=${handle.split("-")[0]}`)).data.practitioners[0].id as string
    const vendorProductIds = async (email: string) =>
      (await withToken(api, await demoPractitionerToken(api, email)).get("/vendor/products")).data.products.map((p: { id: string }) => p.id)

    beforeAll(async () => {
      await seedDemoStore(getContainer())
    })
    beforeEach(async () => {
      const { headers } = await adminHeaders(api)
      staff = withToken(api, headers.authorization.replace("Bearer ", ""))
    })

    it("shows who sells a product and moves it to another practitioner or to the platform", async () => {
      const { "clear-quartz-point": quartz } = await idsOf(["clear-quartz-point"])
      const current = await staff.get(`/admin/products/${quartz}/practitioner`)
      expect(current.data.practitioner).toMatchObject({ display_name: "Pieter van der Merwe", status: "approved" })

      const nomvula = await practitionerId("nomvula-dlamini")
      const moved = await staff.post(`/admin/products/${quartz}/practitioner`, { practitioner_id: nomvula })
      expect(moved.status).toBe(200)
      expect(moved.data.practitioner).toMatchObject({ id: nomvula, display_name: "Nomvula Dlamini" })
      expect(await vendorProductIds("nomvula@avenrae.test")).toContain(quartz)
      expect(await vendorProductIds("pieter@avenrae.test")).not.toContain(quartz)

      const detail = await staff.get(`/admin/practitioners/${nomvula}`)
      expect(detail.data.practitioner.products.map((p: { id: string }) => p.id)).toContain(quartz)

      const released = await staff.post(`/admin/products/${quartz}/practitioner`, { practitioner_id: null })
      expect(released.data.practitioner).toBeNull()
      expect(await vendorProductIds("nomvula@avenrae.test")).not.toContain(quartz)
    })

    it.each([
      [{ practitioner_id: 5 }, 400, /practitioner_id/],
      [{ practitioner_id: "cus_123" }, 400, /prac_/],
      [{ practitioner_id: "prac_doesnotexist" }, 400, /no practitioner with id prac_doesnotexist/],
      [{}, 400, /practitioner_id/],
    ])("answers %j with %i and what to fix", async (body, status, message) => {
      const { "citrine-point": citrine } = await idsOf(["citrine-point"])
      const response = await staff.post(`/admin/products/${citrine}/practitioner`, body)
      expect(response.status).toBe(status)
      expect(response.data.message).toMatch(message)
      expect((await staff.get(`/admin/products/${citrine}/practitioner`)).data.practitioner).toBeNull()
    })

    it("answers 404 for an unknown product and 401 for practitioners", async () => {
      const nomvula = await practitionerId("nomvula-dlamini")
      const missing = await staff.post("/admin/products/prod_missing/practitioner", { practitioner_id: nomvula })
      expect(missing.status).toBe(404)
      const { "citrine-point": citrine } = await idsOf(["citrine-point"])
      const asPractitioner = withToken(api, await demoPractitionerToken(api, "nomvula@avenrae.test"))
      expect((await asPractitioner.post(`/admin/products/${citrine}/practitioner`, { practitioner_id: nomvula })).status).toBe(401)
      expect((await asPractitioner.get(`/admin/products/${citrine}/practitioner`)).status).toBe(401)
    })
  },
})
