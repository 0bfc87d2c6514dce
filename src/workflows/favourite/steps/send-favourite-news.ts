import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { favouriteNewsNotification } from "../../../lib/favourites/favourite-news"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import type AvailabilityModuleService from "../../../modules/availability/service"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import type PractitionerModuleService from "../../../modules/practitioner/service"
import { storefrontUrl } from "../../utils/storefront-url"

const DAY = 86_400_000
const PER_RUN = 1000

/**
 * Emails each customer who saved a practitioner with the alert on, when that
 * practitioner opened new times (weekly hours or a date's hours added) or
 * published a new event since the customer last heard (or saved them): at
 * most once a day per saved practitioner.
 */
export const sendFavouriteNewsStep = createStep("send-favourite-news", async (input: { now: Date }, { container }) => {
  const now = new Date(input.now)
  const favourites = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
  const due = (
    await favourites.listFavourites({ target_type: "practitioner", notify: true }, { take: PER_RUN, order: { last_notified_at: "ASC" } })
  ).filter((f) => !f.last_notified_at || now.getTime() - new Date(f.last_notified_at).getTime() >= DAY)
  if (!due.length) return new StepResponse({ sent: 0 })
  const sinceOf = (f: (typeof due)[number]) => new Date(f.last_notified_at ?? f.created_at)
  const earliest = new Date(Math.min(...due.map((f) => sinceOf(f).getTime())))
  const practitionerIds = [...new Set(due.map((f) => f.target_id))]
  const availability = container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
  const [practitioners, rules, overrides, events, customers] = await Promise.all([
    container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE).listPractitioners({ id: practitionerIds, status: "approved" }),
    availability.listWeeklyRules(
      { practitioner_id: practitionerIds, created_at: { $gt: earliest } },
      { select: ["practitioner_id", "created_at"] }
    ),
    availability.listDateOverrides(
      { practitioner_id: practitionerIds, created_at: { $gt: earliest } },
      { select: ["practitioner_id", "created_at", "intervals"] }
    ),
    container
      .resolve<EventModuleService>(EVENT_MODULE)
      .listEvents(
        { host_practitioner_id: practitionerIds, status: "published", created_at: { $gt: earliest } },
        { select: ["host_practitioner_id", "title", "created_at"] }
      ),
    container.resolve(Modules.CUSTOMER).listCustomers({ id: [...new Set(due.map((f) => f.customer_id))] }, { select: ["id", "email"] }),
  ])
  const nameOf = new Map(practitioners.map((p) => [p.id, p]))
  const emailOf = new Map(customers.map((c: { id: string; email: string }) => [c.id, c.email]))
  const after = (since: Date) => (row: { created_at: Date | string }) => new Date(row.created_at) > since
  const day = now.toISOString().slice(0, 10)
  const notifications = due.flatMap((favourite) => {
    const practitioner = nameOf.get(favourite.target_id)
    const email = emailOf.get(favourite.customer_id)
    if (!practitioner || !email) return []
    const since = sinceOf(favourite)
    const mine = <T extends { created_at: Date | string }>(rows: T[], owner: (row: T) => string | null) =>
      rows.filter((row) => owner(row) === favourite.target_id).filter(after(since))
    const newTimes =
      mine(rules, (r) => r.practitioner_id).length > 0 ||
      mine(overrides, (o) => o.practitioner_id).some((o) => ((o.intervals as { items?: unknown[] } | null)?.items ?? []).length > 0)
    const newEvents = mine(events, (e) => e.host_practitioner_id).map((e) => e.title)
    if (!newTimes && !newEvents.length) return []
    return [
      {
        favourite,
        notification: favouriteNewsNotification({
          favourite_id: favourite.id,
          email,
          practitioner: practitioner.display_name,
          new_times: newTimes,
          events: newEvents,
          link: `${storefrontUrl()}/practitioners/${practitioner.handle}`,
          day,
        }),
      },
    ]
  })
  if (!notifications.length) return new StepResponse({ sent: 0 })
  await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(notifications.map((n) => n.notification))
  await favourites.updateFavourites(notifications.map(({ favourite }) => ({ id: favourite.id, last_notified_at: now })))
  return new StepResponse({ sent: notifications.length })
})
