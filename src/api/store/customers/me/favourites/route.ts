import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FAVOURITE_MODULE } from "../../../../../modules/favourite"
import type FavouriteModuleService from "../../../../../modules/favourite/service"
import { favouriteTargets, presentFavourite } from "../../../../../workflows/favourite/utils/favourite-targets"
import { saveFavouriteWorkflow } from "../../../../../workflows/favourite/workflows/save-favourite"
import type { SaveFavouriteType } from "../../../../utils/favourite-validators"

/** At most this many saved items a customer; more is refused rather than slowing their page. */
export const MAX_FAVOURITES = 500

/** GET /store/customers/me/favourites — what you saved, newest first, with what each shows. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const favourites = await req.scope
    .resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    .listFavourites({ customer_id: req.auth_context.actor_id }, { order: { created_at: "DESC" }, take: MAX_FAVOURITES })
  const targets = await favouriteTargets(req.scope, favourites)
  res.json({ favourites: favourites.map((favourite) => presentFavourite(favourite, targets)) })
}

/** POST /store/customers/me/favourites — save a practitioner, event or product (again: the saved one). */
export async function POST(req: AuthenticatedMedusaRequest<SaveFavouriteType>, res: MedusaResponse) {
  const { result } = await saveFavouriteWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  const targets = await favouriteTargets(req.scope, [result.favourite])
  res.status(result.created ? 201 : 200).json({ favourite: presentFavourite(result.favourite, targets) })
}
