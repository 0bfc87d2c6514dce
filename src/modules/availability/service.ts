import { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import {
  DateOverride as Override,
  DEFAULT_SETTINGS,
  SchedulingSettings as Settings,
  WallInterval,
  Weekday,
  WeeklyRule as Rule,
} from "../../lib/scheduling"
import { DateOverride } from "./models/date-override"
import { FreeSlot } from "./models/free-slot"
import { FreeSlotRefresh } from "./models/free-slot-refresh"
import { SchedulingSettings } from "./models/scheduling-settings"
import { TimeOff } from "./models/time-off"
import { WeeklyRule } from "./models/weekly-rule"

/** What the slot engine needs from this module for one practitioner. */
export type PractitionerAvailability = {
  rules: Rule[]
  overrides: Override[]
  timeOff: Array<{ starts_at: Date; ends_at: Date }>
  settings: Settings
}

/** A practitioner's booking settings (the defaults when unset) and their own cancellation policy, as stored. */
export type PractitionerSettings = Settings & { cancellation_policy: Record<string, unknown> | null }

class AvailabilityModuleService extends MedusaService({
  WeeklyRule,
  DateOverride,
  TimeOff,
  SchedulingSettings,
  FreeSlot,
  FreeSlotRefresh,
}) {
  /**
   * Rules, overrides and time off touching [from, to), and the settings
   * (defaults when unset): one statement, one round trip, since the slots
   * endpoint asks for it on every request.
   */
  @InjectManager()
  async availabilityFor(
    practitionerId: string,
    window: { from: Date; to: Date },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<PractitionerAvailability> {
    const day = (d: Date) => d.toISOString().slice(0, 10)
    const knex = context.manager!.getKnex()
    const id = practitionerId
    const { rows } = await knex.raw(
      `select
        (select coalesce(json_agg(json_build_object('weekday', weekday, 'start', start_time, 'end', end_time)), '[]')
           from availability_weekly_rule where practitioner_id = ? and deleted_at is null) as rules,
        (select coalesce(json_agg(json_build_object('date', date, 'intervals', intervals)), '[]')
           from availability_date_override where practitioner_id = ? and deleted_at is null and date >= ? and date <= ?) as overrides,
        (select coalesce(json_agg(json_build_object('starts_at', starts_at, 'ends_at', ends_at)), '[]')
           from availability_time_off where practitioner_id = ? and deleted_at is null and starts_at < ? and ends_at > ?) as time_off,
        (select row_to_json(s) from (
           select buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes, maximum_advance_days, slot_step_minutes
           from availability_settings where practitioner_id = ? and deleted_at is null limit 1) s) as settings`,
      // A day's override can reach a day either side of the UTC window.
      [id, id, day(shift(window.from, -2)), day(shift(window.to, 2)), id, window.to, window.from, id]
    )
    const row: AvailabilityRow = rows[0]
    return {
      rules: row.rules.map((r) => ({ weekday: r.weekday as Weekday, start: r.start, end: r.end })),
      overrides: row.overrides.map((o) => ({ date: o.date, intervals: o.intervals?.items ?? [] })),
      timeOff: row.time_off.map((t) => ({ starts_at: new Date(t.starts_at), ends_at: new Date(t.ends_at) })),
      settings: row.settings ? pickSettings(row.settings) : DEFAULT_SETTINGS,
    }
  }

  /** Each practitioner's settings, by id; a practitioner without a row gets the defaults and no policy of their own. */
  async settingsFor(practitionerIds: string[]): Promise<Map<string, PractitionerSettings>> {
    const rows = practitionerIds.length ? await this.listSchedulingSettings({ practitioner_id: [...new Set(practitionerIds)] }) : []
    const stored = new Map(rows.map((row) => [row.practitioner_id, row]))
    return new Map(
      practitionerIds.map((id) => {
        const row = stored.get(id)
        const own = (row?.cancellation_policy as Record<string, unknown> | null | undefined) ?? null
        return [id, { ...(row ? pickSettings(row) : DEFAULT_SETTINGS), cancellation_policy: own }]
      })
    )
  }

  /**
   * Replaces a practitioner's free slots with a fresh computation made from
   * what was read at `readAt`, in one transaction. A change marked after
   * `readAt` keeps the practitioner stale for the next refresh.
   */
  @InjectTransactionManager()
  async replaceFreeSlots(
    practitionerId: string,
    slots: Array<{ variant_id: string; starts_at: Date; ends_at: Date; blocked_from: Date; blocked_until: Date; book_by: Date }>,
    readAt: Date,
    @MedusaContext() context: Context<EntityManager> = {}
  ) {
    const manager = context.transactionManager!
    const knex = (manager.getTransactionContext() ?? manager.getKnex()) as ReturnType<EntityManager["getKnex"]>
    await knex("availability_free_slot").where({ practitioner_id: practitionerId }).delete()
    const now = new Date()
    const rows = slots.map((slot) => ({
      id: generateEntityId(undefined, "avslot"),
      practitioner_id: practitionerId,
      ...slot,
      created_at: now,
      updated_at: now,
    }))
    // Eight columns a row: well under Postgres's 65,535 parameters a statement.
    for (let i = 0; i < rows.length; i += 2000) await knex("availability_free_slot").insert(rows.slice(i, i + 2000))
    await knex.raw(
      `insert into availability_free_slot_refresh (id, practitioner_id, refreshed_at, stale_since, slot_count, created_at, updated_at)
       values (?, ?, ?, null, ?, ?, ?)
       on conflict (practitioner_id) where deleted_at is null do update set
         refreshed_at = excluded.refreshed_at, slot_count = excluded.slot_count, updated_at = excluded.updated_at,
         stale_since = case when availability_free_slot_refresh.stale_since > ? then availability_free_slot_refresh.stale_since end`,
      [generateEntityId(undefined, "avref"), practitionerId, readAt, rows.length, now, now, readAt]
    )
  }

  /** Something a practitioner's free slots depend on changed (hours, overrides, time off, settings, offerings). */
  @InjectManager()
  async markFreeSlotsStale(practitionerIds: string[], at: Date, @MedusaContext() context: Context<EntityManager> = {}) {
    if (!practitionerIds.length) return
    const knex = context.manager!.getKnex()
    const now = new Date()
    await knex.raw(
      `insert into availability_free_slot_refresh (id, practitioner_id, stale_since, created_at, updated_at)
       select * from unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
       on conflict (practitioner_id) where deleted_at is null do update set
         stale_since = coalesce(availability_free_slot_refresh.stale_since, excluded.stale_since), updated_at = excluded.updated_at`,
      [
        practitionerIds.map(() => generateEntityId(undefined, "avref")),
        practitionerIds,
        practitionerIds.map(() => at),
        practitionerIds.map(() => now),
        practitionerIds.map(() => now),
      ]
    )
  }
}

type AvailabilityRow = {
  rules: Array<{ weekday: number; start: string; end: string }>
  overrides: Array<{ date: string; intervals: { items?: WallInterval[] } | null }>
  time_off: Array<{ starts_at: string; ends_at: string }>
  settings: Settings | null
}

function shift(date: Date, days: number) {
  return new Date(date.getTime() + days * 86_400_000)
}

function pickSettings(row: Settings): Settings {
  return {
    buffer_before_minutes: row.buffer_before_minutes,
    buffer_after_minutes: row.buffer_after_minutes,
    minimum_notice_minutes: row.minimum_notice_minutes,
    maximum_advance_days: row.maximum_advance_days,
    slot_step_minutes: row.slot_step_minutes,
  }
}

export default AvailabilityModuleService
