import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readFileSync } from "fs"
import { join } from "path"
import { AVATAR_MAX_BYTES } from "../../src/lib/practitioners/avatar"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { demoPractitionerToken, withToken } from "../helpers/practitioner-login"
import { shopperFor } from "../helpers/store-checkout"

jest.setTimeout(120_000)

const PNG = readFileSync(join(__dirname, "../../src/scripts/seed/images/rose-quartz.png"))
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)])

function form(bytes: Buffer, field = "avatar", filename = "me.png") {
  const body = new FormData()
  body.append(field, new Blob([new Uint8Array(bytes)]), filename)
  return body
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const upload = (token: string | undefined, body: FormData) => withToken(api, token).post("/vendor/me/avatar", body)

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })

    it("stores the avatar with the file module, shows it in the store and deletes the one it replaces", async () => {
      const token = await demoPractitionerToken(api, "nomvula@avenrae.test")
      const first = await upload(token, form(PNG))
      expect(first.status).toBe(200)
      const firstUrl = first.data.practitioner.avatar_url as string
      expect(firstUrl).toMatch(/\/static\/.+\.png$/)
      const served = await api.get(new URL(firstUrl).pathname, { responseType: "arraybuffer" })
      expect(Buffer.from(served.data).equals(PNG)).toBe(true)

      const profile = await shopperFor(api, store).get("/store/practitioners/nomvula-dlamini")
      expect(profile.data.practitioner.avatar_url).toBe(firstUrl)
      expect(profile.data.practitioner).not.toHaveProperty("avatar_file_id")

      const second = await upload(token, form(JPEG, "avatar", "photo.png"))
      expect(second.status).toBe(200)
      expect(second.data.practitioner.avatar_url).toMatch(/\.jpg$/)
      const old = await api.get(new URL(firstUrl).pathname, { validateStatus: () => true })
      expect(old.status).toBe(404)
    })

    it("lets a pending applicant add a picture to the application", async () => {
      const token = await demoPractitionerToken(api, "hannah@avenrae.test")
      const response = await upload(token, form(PNG))
      expect(response.status).toBe(200)
      expect(response.data.practitioner).toMatchObject({ status: "pending", avatar_url: expect.stringMatching(/\.png$/) })
    })

    it.each([
      ["a text file dressed as a PNG", form(Buffer.from("<svg onload=alert(1)>"), "avatar", "evil.png"), /PNG, JPEG or WebP/],
      ["a picture over 2 MB", form(Buffer.concat([PNG, Buffer.alloc(AVATAR_MAX_BYTES)])), /at most 2 MB/],
      ["the wrong field", form(PNG, "picture"), /field "avatar"/],
      ["no file", new FormData(), /field "avatar"/],
    ])("refuses %s with 400 and what to send, changing nothing", async (_case, body, message) => {
      const token = await demoPractitionerToken(api, "thabo@avenrae.test")
      const response = await upload(token, body)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
      const me = await withToken(api, token).get("/vendor/me")
      expect(me.data.practitioner.avatar_url).toBeNull()
    })

    it("refuses anyone who is not logged in as a practitioner", async () => {
      expect((await upload(undefined, form(PNG))).status).toBe(401)
    })
  },
})
