import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, seedDemoStore } from "../helpers/demo-store"

jest.setTimeout(120_000)

const APPLICATION = {
  display_name: "Zanele Mthembu",
  kind: "healer",
  specialties: ["reiki", "energy healing"],
  bio: "Reiki master working in Durban and online for twelve years.",
  languages: ["English", "isiZulu"],
  years_of_experience: 12,
  certifications: [{ name: "Reiki Master", issuer: "Usui Reiki Association", year: 2015 }],
  city: "Durban",
  country_code: "ZA",
  latitude: -29.8587,
  longitude: 31.0218,
  meeting_modes: ["in_person", "online"],
  timezone: "Africa/Johannesburg",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = (method: "get" | "post", url: string, token?: string, body?: unknown) =>
      api.request({
        method,
        url,
        data: body,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        validateStatus: () => true,
      })

    /** Registers a practitioner login and applies; returns a token that carries the new actor id. */
    async function applyAs(email: string, application: object = APPLICATION) {
      const registered = await call("post", "/auth/practitioner/emailpass/register", undefined, {
        email,
        password: "correct-horse-battery",
      })
      expect(registered.status).toBe(200)
      const applied = await call("post", "/vendor/practitioners", registered.data.token, application)
      const refreshed = await call("post", "/auth/token/refresh", registered.data.token)
      return { applied, token: refreshed.data.token as string, registrationToken: registered.data.token as string }
    }

    beforeAll(async () => {
      await seedDemoStore(getContainer())
    })

    it("applies as pending, reads and edits its own application, then staff approve it", async () => {
      const { applied, token } = await applyAs("zanele@example.com")
      expect(applied.status).toBe(201)
      expect(applied.data.practitioner).toMatchObject({
        handle: "zanele-mthembu",
        status: "pending",
        kind: "healer",
        email: "zanele@example.com",
        country_code: "za",
        certifications: { items: [expect.objectContaining({ name: "Reiki Master" })] },
      })
      const id = applied.data.practitioner.id

      const me = await call("get", "/vendor/me", token)
      expect(me.status).toBe(200)
      expect(me.data.practitioner).toMatchObject({ id, status: "pending" })
      const edited = await call("post", "/vendor/me", token, { bio: "Reiki master and teacher." })
      expect(edited.status).toBe(200)
      expect(edited.data.practitioner.bio).toBe("Reiki master and teacher.")

      const staff = await adminHeaders(api)
      const approved = await api.post(`/admin/practitioners/${id}/approve`, {}, staff)
      expect(approved.data.practitioner.status).toBe("approved")

      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: id })
      expect(notifications.map((n) => [n.to, n.template])).toEqual([["zanele@example.com", "practitioner-approved"]])

      const listed = await api.get("/admin/practitioners?status=approved&q=zanele", staff)
      expect(listed.data.practitioners.map((p: { id: string }) => p.id)).toEqual([id])
      expect(listed.data.practitioners[0].allowed_actions).toEqual(["suspend", "verify"])
      expect(listed.data.count).toBe(1)
    })

    it("refuses a handle someone already has, saying to choose another", async () => {
      const { applied } = await applyAs("another-nomvula@example.com", { ...APPLICATION, display_name: "Nomvula Dlamini" })
      expect(applied.status).toBe(422)
      expect(applied.data.message).toBe('The handle "nomvula-dlamini" is taken; choose another.')
    })

    it("refuses a second application from the same login", async () => {
      const { token } = await applyAs("twice@example.com", { ...APPLICATION, display_name: "Twice Applied" })
      const again = await call("post", "/vendor/practitioners", token, { ...APPLICATION, display_name: "Again" })
      expect(again.status).toBeGreaterThanOrEqual(400)
      expect(again.status).toBeLessThan(500)
      expect(again.data.message).toMatch(/already has a practitioner profile/)
    })

    it("walks the status rules: reject needs a reason, suspended can be reinstated, approved cannot be rejected", async () => {
      const staff = await adminHeaders(api)
      const { applied } = await applyAs("sipho@example.com", { ...APPLICATION, display_name: "Sipho Ndlovu", kind: "prophet" })
      const id = applied.data.practitioner.id
      const post = (action: string, body = {}) =>
        api.post(`/admin/practitioners/${id}/${action}`, body, { ...staff, validateStatus: () => true })

      const noReason = await post("reject")
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/Give a reason to reject/)
      expect((await post("approve")).data.practitioner.status).toBe("approved")
      const rejectApproved = await post("reject", { reason: "late" })
      expect(rejectApproved.status).toBe(400)
      expect(rejectApproved.data.message).toBe("Cannot reject a practitioner who is approved; only pending practitioners can be rejected.")
      expect((await post("suspend", { reason: "Complaint under review" })).data.practitioner).toMatchObject({
        status: "suspended",
        status_reason: "Complaint under review",
      })
      expect((await post("reinstate")).data.practitioner.status).toBe("approved")
      expect((await post("promote")).status).toBe(404)

      const verified = await post("verify")
      expect(verified.data.practitioner).toMatchObject({ verified: true, verified_by: expect.stringMatching(/^user_/) })
      expect((await post("commission", { rate_bps: 1200 })).data.commission_rate_bps).toBe(1200)
      expect((await post("commission", { rate_bps: 1250 })).data.commission_rate_bps).toBe(1250)
      expect((await post("commission", { rate_bps: null })).data.commission_rate_bps).toBeNull()
      const tooHigh = await post("commission", { rate_bps: 15000 })
      expect(tooHigh.status).toBe(400)
      expect(tooHigh.data.message).toMatch(/rate_bps/)
      expect((await post("commission", {})).data.message).toMatch(/Send rate_bps/)
      const templates = (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: id })).map((n) => n.template)
      expect(templates).toEqual(
        expect.arrayContaining(["practitioner-approved", "practitioner-suspended", "practitioner-verified", "practitioner-commission_set"])
      )
    })

    it.each([
      ["an unknown kind", { kind: "wizard" }, /kind/],
      ["latitude 200", { latitude: 200 }, /latitude/],
      ["an unknown time zone", { timezone: "Africa/Durban" }, /timezone/],
      ["an unknown field", { favourite_colour: "violet" }, /favourite_colour/],
      ["a bad handle", { handle: "Not A Handle" }, /handle/],
    ])("answers an application with %s with 400 and what to fix, writing nothing", async (_what, change, message) => {
      const email = `bad-${Math.random().toString(36).slice(2)}@example.com`
      const { applied, registrationToken } = await applyAs(email, { ...APPLICATION, display_name: `Bad ${email}`, ...change })
      expect(applied.status).toBe(400)
      expect(applied.data.message).toMatch(message)
      const me = await call("get", "/vendor/me", registrationToken)
      expect(me.status).toBe(401)
    })

    it("keeps staff routes for staff and vendor routes for practitioners", async () => {
      const { token } = await applyAs("guarded@example.com", { ...APPLICATION, display_name: "Guarded One" })
      expect((await call("get", "/admin/practitioners", token)).status).toBe(401)
      const customer = await call("post", "/auth/customer/emailpass/register", undefined, {
        email: "customer@example.com",
        password: "correct-horse-battery",
      })
      expect((await call("get", "/admin/practitioners", customer.data.token)).status).toBe(401)
      expect((await call("get", "/vendor/me", customer.data.token)).status).toBe(401)
      expect((await call("get", "/vendor/me")).status).toBe(401)
    })
  },
})
