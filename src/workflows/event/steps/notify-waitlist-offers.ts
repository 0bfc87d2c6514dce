import { Modules } from "@medusajs/framework/utils"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storefrontUrl } from "../../utils/storefront-url"
import { waitlistOfferNotification } from "../../../lib/events/event-change-notifications"
import { waitlistDate } from "../utils/date-offer"
import type { WaitlistOffer } from "./offer-waitlist-seats"

export const notifyWaitlistOffersStepId = "notify-waitlist-offers"

/** Emails each new offer its single-use link into the storefront. Last step: nothing to undo. */
export const notifyWaitlistOffersStep = createStep(
  notifyWaitlistOffersStepId,
  async (input: { event_date_id: string; offers: WaitlistOffer[] }, { container }) => {
    if (!input.offers.length) return new StepResponse([])
    const date = await waitlistDate(container, input.event_date_id)
    const notifications = input.offers.map((offer) =>
      waitlistOfferNotification({ entry: offer, date, link: `${storefrontUrl()}/waitlist/${offer.token}` })
    )
    return new StepResponse(await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(notifications))
  }
)
