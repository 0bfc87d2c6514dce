import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"
import type { FavouriteTarget } from "../../../modules/favourite/values"
import { favouriteTargets } from "../utils/favourite-targets"

export type SaveFavouriteInput = { customer_id: string; target_type: FavouriteTarget; target_id: string; notify?: boolean }

const notifyOnlyPractitioners = () =>
  new MedusaError(MedusaError.Types.INVALID_DATA, "notify is for practitioners only: we email when they open new times or a new event.")

/**
 * Saves something a shopper may see (an approved practitioner, a published
 * event or product), once; saving it again answers the saved one (with
 * notify changed when given). The unique index decides between two saves at
 * once.
 */
export const saveFavouriteStep = createStep("save-favourite", async (input: SaveFavouriteInput, { container }) => {
  if (input.notify && input.target_type !== "practitioner") throw notifyOnlyPractitioners()
  const targets = await favouriteTargets(container, [input])
  if (!targets.size) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ${input.target_type} ${input.target_id} to save.`)
  const service = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
  const key = { customer_id: input.customer_id, target_type: input.target_type, target_id: input.target_id }
  const existing = async () => (await service.listFavourites(key))[0]
  let favourite = await existing()
  let created = false
  if (!favourite) {
    try {
      favourite = await service.createFavourites({ ...key, notify: input.notify ?? false })
      created = true
    } catch (error) {
      favourite = await existing()
      if (!favourite) throw error
    }
  }
  if (!created && input.notify !== undefined && favourite.notify !== input.notify) {
    favourite = await service.updateFavourites({ id: favourite.id, notify: input.notify })
  }
  return new StepResponse({ favourite, created })
})

/** Turns the practitioner alert of one of the customer's own saved items on or off. */
export const setFavouriteNotifyStep = createStep(
  "set-favourite-notify",
  async (input: { id: string; customer_id: string; notify: boolean }, { container }) => {
    const service = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    const [favourite] = await service.listFavourites({ id: input.id, customer_id: input.customer_id })
    if (!favourite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No saved item ${input.id} of yours.`)
    if (input.notify && favourite.target_type !== "practitioner") throw notifyOnlyPractitioners()
    return new StepResponse(await service.updateFavourites({ id: favourite.id, notify: input.notify }))
  }
)

/** Removes one of the customer's own saved items. */
export const removeFavouriteStep = createStep("remove-favourite", async (input: { id: string; customer_id: string }, { container }) => {
  const service = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
  const [favourite] = await service.listFavourites({ id: input.id, customer_id: input.customer_id })
  if (!favourite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No saved item ${input.id} of yours.`)
  await service.deleteFavourites(favourite.id)
  return new StepResponse({ id: favourite.id })
})
