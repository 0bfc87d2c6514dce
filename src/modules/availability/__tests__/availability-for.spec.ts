import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { AVAILABILITY_MODULE } from ".."
import AvailabilityModuleService from "../service"
import { DateOverride } from "../models/date-override"
import { SchedulingSettings } from "../models/scheduling-settings"
import { TimeOff } from "../models/time-off"
import { WeeklyRule } from "../models/weekly-rule"

jest.setTimeout(60_000)

/** An instant on a fixed date (no clock). */
const at = (iso: string) => new Date(iso)
/** The window the slot list asks about: 10 to 12 December 2026 (UTC). */
const WINDOW = { from: at("2026-12-10T00:00:00Z"), to: at("2026-12-12T00:00:00Z") }

/** availabilityFor reads the module's four tables in one SQL statement: what it returns. */
moduleIntegrationTestRunner<AvailabilityModuleService>({
  moduleName: AVAILABILITY_MODULE,
  moduleModels: [WeeklyRule, DateOverride, TimeOff, SchedulingSettings],
  resolve: "./src/modules/availability",
  pathToMigrations: "./src/modules/availability/migrations",
  testSuite: ({ service }) => {
    const read = (practitionerId = "prac_a", window = WINDOW) => service.availabilityFor(practitionerId, window)

    it("returns all of the practitioner's weekly rules, whatever the window, and none of another's or deleted ones", async () => {
      const [, deleted] = await service.createWeeklyRules([
        { practitioner_id: "prac_a", weekday: 1, start_time: "09:00", end_time: "12:00" },
        { practitioner_id: "prac_a", weekday: 2, start_time: "08:00", end_time: "10:00" },
        { practitioner_id: "prac_a", weekday: 7, start_time: "14:00", end_time: "24:00" },
        { practitioner_id: "prac_b", weekday: 3, start_time: "09:00", end_time: "17:00" },
      ])
      await service.softDeleteWeeklyRules(deleted.id)
      const { rules } = await read()
      expect(rules.sort((a, b) => a.weekday - b.weekday)).toEqual([
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 7, start: "14:00", end: "24:00" },
      ])
    })

    it("returns the overrides dated from two days before the window to two days after it, with their intervals", async () => {
      await service.createDateOverrides([
        { practitioner_id: "prac_a", date: "2026-12-07", intervals: { items: [{ start: "09:00", end: "10:00" }] } },
        { practitioner_id: "prac_a", date: "2026-12-08", intervals: { items: [{ start: "10:00", end: "11:00" }] } },
        { practitioner_id: "prac_a", date: "2026-12-11", intervals: { items: [] } },
        {
          practitioner_id: "prac_a",
          date: "2026-12-14",
          intervals: {
            items: [
              { start: "13:00", end: "15:00" },
              { start: "16:00", end: "17:00" },
            ],
          },
        },
        { practitioner_id: "prac_a", date: "2026-12-15", intervals: { items: [{ start: "09:00", end: "10:00" }] } },
        { practitioner_id: "prac_b", date: "2026-12-10", intervals: { items: [{ start: "09:00", end: "10:00" }] } },
      ])
      const { overrides } = await read()
      expect(overrides.sort((a, b) => a.date.localeCompare(b.date))).toEqual([
        { date: "2026-12-08", intervals: [{ start: "10:00", end: "11:00" }] },
        { date: "2026-12-11", intervals: [] },
        {
          date: "2026-12-14",
          intervals: [
            { start: "13:00", end: "15:00" },
            { start: "16:00", end: "17:00" },
          ],
        },
      ])
    })

    it("leaves out a deleted override", async () => {
      const [gone] = await service.createDateOverrides([{ practitioner_id: "prac_a", date: "2026-12-10", intervals: { items: [] } }])
      await service.softDeleteDateOverrides(gone.id)
      expect((await read()).overrides).toEqual([])
    })

    it("returns the time off overlapping the window, not what only touches it", async () => {
      const [, , , gone] = await service.createTimeOffs([
        { practitioner_id: "prac_a", starts_at: at("2026-12-01T00:00:00Z"), ends_at: at("2026-12-10T00:00:00Z") }, // ends at the start
        { practitioner_id: "prac_a", starts_at: at("2026-12-09T12:00:00Z"), ends_at: at("2026-12-10T06:00:00Z") }, // over the start
        { practitioner_id: "prac_a", starts_at: at("2026-12-11T22:00:00Z"), ends_at: at("2026-12-20T00:00:00Z") }, // over the end
        { practitioner_id: "prac_a", starts_at: at("2026-12-10T10:00:00Z"), ends_at: at("2026-12-10T12:00:00Z") }, // inside, deleted
        { practitioner_id: "prac_a", starts_at: at("2026-12-12T00:00:00Z"), ends_at: at("2026-12-13T00:00:00Z") }, // starts at the end
        { practitioner_id: "prac_b", starts_at: at("2026-12-10T10:00:00Z"), ends_at: at("2026-12-10T12:00:00Z") },
      ])
      await service.softDeleteTimeOffs(gone.id)
      const { timeOff } = await read()
      expect(timeOff.sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime())).toEqual([
        { starts_at: at("2026-12-09T12:00:00Z"), ends_at: at("2026-12-10T06:00:00Z") },
        { starts_at: at("2026-12-11T22:00:00Z"), ends_at: at("2026-12-20T00:00:00Z") },
      ])
    })

    it("gives a practitioner without settings the defaults: no buffer before, 15 minutes after, 12 h notice, 60 days ahead, 30-minute steps", async () => {
      await service.createSchedulingSettings({ practitioner_id: "prac_b", buffer_after_minutes: 45 })
      expect(await read()).toEqual({
        rules: [],
        overrides: [],
        timeOff: [],
        settings: {
          buffer_before_minutes: 0,
          buffer_after_minutes: 15,
          minimum_notice_minutes: 720,
          maximum_advance_days: 60,
          slot_step_minutes: 30,
        },
      })
    })

    it("returns the practitioner's own settings", async () => {
      await service.createSchedulingSettings({
        practitioner_id: "prac_a",
        buffer_before_minutes: 10,
        buffer_after_minutes: 20,
        minimum_notice_minutes: 60,
        maximum_advance_days: 90,
        slot_step_minutes: 15,
      })
      expect((await read()).settings).toEqual({
        buffer_before_minutes: 10,
        buffer_after_minutes: 20,
        minimum_notice_minutes: 60,
        maximum_advance_days: 90,
        slot_step_minutes: 15,
      })
    })

    it("settingsFor gives each practitioner asked about their settings, the defaults and no policy of their own when they have none", async () => {
      await service.createSchedulingSettings({
        practitioner_id: "prac_b",
        buffer_after_minutes: 0,
        cancellation_policy: { max_reschedules: 0 },
      })
      const settings = await service.settingsFor(["prac_a", "prac_b"])
      expect(settings.get("prac_a")).toEqual({
        buffer_before_minutes: 0,
        buffer_after_minutes: 15,
        minimum_notice_minutes: 720,
        maximum_advance_days: 60,
        slot_step_minutes: 30,
        cancellation_policy: null,
      })
      expect(settings.get("prac_b")).toMatchObject({ buffer_after_minutes: 0, cancellation_policy: { max_reschedules: 0 } })
    })

    it("settingsFor ignores deleted settings and answers an empty question with nothing", async () => {
      const created = await service.createSchedulingSettings({ practitioner_id: "prac_a", cancellation_policy: { max_reschedules: 1 } })
      await service.softDeleteSchedulingSettings([created.id])
      expect((await service.settingsFor(["prac_a"])).get("prac_a")?.cancellation_policy).toBeNull()
      expect((await service.settingsFor([])).size).toBe(0)
    })
  },
})
