import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import AvailabilityModuleService from "../../../modules/availability/service"
import { BookingPolicy, policyFor } from "../../../lib/bookings/policy"

/** GET /vendor/schedule — one's own weekly hours, upcoming overrides and time off, settings and policy. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
  const practitioner_id = req.auth_context.actor_id
  const today = new Date().toISOString().slice(0, 10)
  const [rules, overrides, timeOff, allSettings] = await Promise.all([
    service.listWeeklyRules({ practitioner_id }, { order: { weekday: "ASC", start_time: "ASC" } }),
    service.listDateOverrides({ practitioner_id, date: { $gte: today } }, { order: { date: "ASC" } }),
    service.listTimeOffs({ practitioner_id, ends_at: { $gt: new Date() } }, { order: { starts_at: "ASC" } }),
    service.settingsFor([practitioner_id]),
  ])
  const { cancellation_policy, ...settings } = allSettings.get(practitioner_id)!
  res.json({
    weekly: rules.map((r) => ({ weekday: r.weekday, start: r.start_time, end: r.end_time })),
    overrides: overrides.map((o) => ({ date: o.date, intervals: (o.intervals as { items?: unknown[] }).items ?? [] })),
    time_off: timeOff,
    settings,
    policy: policyFor(cancellation_policy as Partial<BookingPolicy> | null),
  })
}
