import { z } from "@medusajs/framework/zod"

/** For routes that take no query parameters: any one given is refused by name rather than ignored. */
export const NoQuery = z.object({}).strict()
