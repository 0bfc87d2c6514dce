import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import type { FavouriteTarget } from "../../../modules/favourite/values"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import type PractitionerModuleService from "../../../modules/practitioner/service"

type Container = { resolve: <T = any>(key: string) => T }

export type TargetSummary = { title: string; handle: string; image: string | null }

/**
 * What a saved item shows, for the ones a shopper may see now: an approved
 * practitioner, a published event, a published product. Keyed by
 * `type:id`; anything else is missing from the answer.
 */
export async function favouriteTargets(container: Container, refs: Array<{ target_type: FavouriteTarget; target_id: string }>) {
  const ids = (type: FavouriteTarget) => refs.filter((r) => r.target_type === type).map((r) => r.target_id)
  const summaries = new Map<string, TargetSummary>()
  const [practitioners, events, products] = await Promise.all([
    ids("practitioner").length
      ? container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE).listPractitioners({ id: ids("practitioner"), status: "approved" })
      : [],
    ids("event").length ? container.resolve<EventModuleService>(EVENT_MODULE).listEvents({ id: ids("event"), status: "published" }) : [],
    ids("product").length
      ? container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "product",
            fields: ["id", "title", "handle", "thumbnail"],
            filters: { id: ids("product"), status: "published" },
          })
          .then((r: { data: any[] }) => r.data)
      : [],
  ])
  for (const p of practitioners) summaries.set(`practitioner:${p.id}`, { title: p.display_name, handle: p.handle, image: p.avatar_url })
  for (const e of events) summaries.set(`event:${e.id}`, { title: e.title, handle: e.handle, image: (e.images as string[])[0] ?? null })
  for (const p of products) summaries.set(`product:${p.id}`, { title: p.title, handle: p.handle, image: p.thumbnail ?? null })
  return summaries
}

export function presentFavourite(
  favourite: { id: string; target_type: FavouriteTarget; target_id: string; notify: boolean; created_at: Date | string },
  targets: Map<string, TargetSummary>
) {
  return {
    id: favourite.id,
    target_type: favourite.target_type,
    target_id: favourite.target_id,
    notify: favourite.notify,
    created_at: favourite.created_at,
    target: targets.get(`${favourite.target_type}:${favourite.target_id}`) ?? null,
  }
}
