import { z } from "@medusajs/framework/zod"
import { FAVOURITE_TARGETS } from "../../modules/favourite/values"
import { MAX_ID_LENGTH } from "./paging"

export const SaveFavourite = z
  .object({
    target_type: z.enum(FAVOURITE_TARGETS, { message: `target_type must be one of ${FAVOURITE_TARGETS.join(", ")}` }),
    target_id: z.string().trim().min(1, "target_id cannot be empty").max(MAX_ID_LENGTH, "target_id is too long to be an id"),
    notify: z.boolean({ message: "notify is true or false" }).optional(),
  })
  .strict()
export type SaveFavouriteType = z.infer<typeof SaveFavourite>

export const SetFavouriteNotify = z.object({ notify: z.boolean({ message: "notify is true or false" }) }).strict()
export type SetFavouriteNotifyType = z.infer<typeof SetFavouriteNotify>
