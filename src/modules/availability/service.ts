import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { DateOverride as Override, DEFAULT_SETTINGS, SchedulingSettings as Settings, WallInterval, Weekday, WeeklyRule as Rule } from "../../lib/scheduling"
import { BookingPolicy, policyFor } from "../../lib/bookings/policy"
import { DateOverride } from "./models/date-override"
import { SchedulingSettings } from "./models/scheduling-settings"
import { TimeOff } from "./models/time-off"
import { WeeklyRule } from "./models/weekly-rule"

/** What the slot engine needs from this module for one practitioner. */
export type PractitionerAvailability = {
  rules: Rule[]
  overrides: Override[]
  timeOff: Array<{ starts_at: Date; ends_at: Date }>
  settings: Settings
  policy: BookingPolicy
}

class AvailabilityModuleService extends MedusaService({ WeeklyRule, DateOverride, TimeOff, SchedulingSettings }) {
  /** Rules, overrides and time off touching [from, to), and the settings (defaults when unset). */
  @InjectManager()
  async availabilityFor(
    practitionerId: string,
    window: { from: Date; to: Date },
    @MedusaContext() context: Context = {}
  ): Promise<PractitionerAvailability> {
    const day = (d: Date) => d.toISOString().slice(0, 10)
    const [rules, overrides, timeOff, settings] = await Promise.all([
      this.listWeeklyRules({ practitioner_id: practitionerId }, {}, context),
      this.listDateOverrides(
        // A day's override can reach a day either side of the UTC window.
        { practitioner_id: practitionerId, date: { $gte: day(shift(window.from, -2)), $lte: day(shift(window.to, 2)) } },
        {},
        context
      ),
      this.listTimeOffs(
        { practitioner_id: practitionerId, starts_at: { $lt: window.to }, ends_at: { $gt: window.from } },
        {},
        context
      ),
      this.listSchedulingSettings({ practitioner_id: practitionerId }, { take: 1 }, context),
    ])
    return {
      rules: rules.map((r) => ({ weekday: r.weekday as Weekday, start: r.start_time, end: r.end_time })),
      overrides: overrides.map((o) => ({ date: o.date, intervals: (o.intervals as { items?: WallInterval[] }).items ?? [] })),
      timeOff: timeOff.map((t) => ({ starts_at: new Date(t.starts_at), ends_at: new Date(t.ends_at) })),
      settings: settings[0] ? pickSettings(settings[0]) : DEFAULT_SETTINGS,
      policy: policyFor(settings[0]?.cancellation_policy as Partial<BookingPolicy> | null),
    }
  }
}

function shift(date: Date, days: number) {
  return new Date(date.getTime() + days * 86_400_000)
}

function pickSettings(row: Settings & { cancellation_policy?: unknown }): Settings {
  return {
    buffer_before_minutes: row.buffer_before_minutes,
    buffer_after_minutes: row.buffer_after_minutes,
    minimum_notice_minutes: row.minimum_notice_minutes,
    maximum_advance_days: row.maximum_advance_days,
    slot_step_minutes: row.slot_step_minutes,
  }
}

export default AvailabilityModuleService
