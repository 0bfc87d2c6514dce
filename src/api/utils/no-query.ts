import { z } from "@medusajs/framework/zod"

/** For routes that take no query parameters: any one given is refused by name rather than ignored. */
export const NoQuery = z.object({}).strict()

/** For POST routes that take no body fields: any one given is refused by name. */
export const EmptyBody = z.object({}).strict()
