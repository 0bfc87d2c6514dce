import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { favouriteTargets, presentFavourite } from "../../../../../../workflows/favourite/utils/favourite-targets"
import { removeFavouriteWorkflow } from "../../../../../../workflows/favourite/workflows/remove-favourite"
import { setFavouriteNotifyWorkflow } from "../../../../../../workflows/favourite/workflows/set-favourite-notify"
import type { SetFavouriteNotifyType } from "../../../../../utils/favourite-validators"

/** POST /store/customers/me/favourites/:id — turn the email about a saved practitioner's new times and events on or off. */
export async function POST(req: AuthenticatedMedusaRequest<SetFavouriteNotifyType>, res: MedusaResponse) {
  const { result } = await setFavouriteNotifyWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id, notify: req.validatedBody.notify },
  })
  res.json({ favourite: presentFavourite(result, await favouriteTargets(req.scope, [result])) })
}

/** DELETE /store/customers/me/favourites/:id — forget a saved item. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removeFavouriteWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  res.json({ id: result.id, object: "favourite", deleted: true })
}
