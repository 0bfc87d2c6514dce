import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRACTITIONER_MODULE } from ".."
import PractitionerModuleService from "../service"
import { Practitioner } from "../models/practitioner"

jest.setTimeout(60_000)

const valid = {
  handle: "amara-okafor",
  display_name: "Amara Okafor",
  email: "amara@example.com",
  kind: "medium" as const,
  timezone: "Europe/London",
}

moduleIntegrationTestRunner<PractitionerModuleService>({
  moduleName: PRACTITIONER_MODULE,
  moduleModels: [Practitioner],
  resolve: "./src/modules/practitioner",
  testSuite: ({ service }) => {
    it("stores a practitioner with its defaults: pending, unverified, online", async () => {
      const created = await service.createPractitioners(valid)
      expect(created).toMatchObject({
        status: "pending",
        verified: false,
        meeting_modes: ["online"],
      })
      expect(created.id).toMatch(/^prac_/)
    })

    it.each([
      ["latitude above 90", { latitude: 91 }, /practitioner_latitude_range/],
      ["longitude below -180", { longitude: -181 }, /practitioner_longitude_range/],
      ["a handle with spaces", { handle: "Amara Okafor" }, /practitioner_handle_format/],
      ["an unknown kind", { kind: "wizard" }, /kind/],
    ])("the database refuses %s, whatever the caller", async (_what, change, constraint) => {
      await expect(service.createPractitioners({ ...valid, ...change } as never)).rejects.toThrow(constraint)
      expect(await service.listPractitioners()).toHaveLength(0)
    })

    it("keeps handles and emails unique", async () => {
      await service.createPractitioners(valid)
      await expect(service.createPractitioners({ ...valid, email: "other@example.com" })).rejects.toThrow(/handle/)
      await expect(service.createPractitioners({ ...valid, handle: "amara-okafor-2" })).rejects.toThrow(/email/)
    })
  },
})
