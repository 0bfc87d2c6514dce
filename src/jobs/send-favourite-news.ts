import type { MedusaContainer } from "@medusajs/framework/types"
import { sendFavouriteNewsWorkflow } from "../workflows/favourite/workflows/send-favourite-news"

/** Hourly: saved practitioners' new times and events, to those who asked (at most once a day each). */
export default async function sendFavouriteNewsJob(container: MedusaContainer) {
  await sendFavouriteNewsWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "send-favourite-news", schedule: "37 * * * *" }
