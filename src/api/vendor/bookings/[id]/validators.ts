import { z } from "@medusajs/framework/zod"

export const VendorCompleteBooking = z.object({}).strict()
export type VendorCompleteBookingType = z.infer<typeof VendorCompleteBooking>

export const VendorMarkNoShow = z.object({}).strict()
export type VendorMarkNoShowType = z.infer<typeof VendorMarkNoShow>

export const VendorCancelBooking = z.object({ reason: z.string().max(1000).optional() }).strict()
export type VendorCancelBookingType = z.infer<typeof VendorCancelBooking>
