import { z } from "@medusajs/framework/zod"
import { isKnownTimeZone } from "../../../lib/practitioners/time-zone"
import { MEETING_MODES, PRACTITIONER_KINDS } from "../../../modules/practitioner/models/practitioner"

/** What a practitioner says about themselves (application and later edits). */
const profileFields = {
  display_name: z.string().trim().min(2, "display_name needs at least 2 characters").max(120),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle may use lowercase letters, digits and single dashes, like nomvula-dlamini")
    .max(60)
    .optional(),
  kind: z.enum(PRACTITIONER_KINDS, { message: `kind must be one of ${PRACTITIONER_KINDS.join(", ")}` }),
  specialties: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  bio: z.string().max(5000, "bio can be at most 5000 characters").optional(),
  languages: z.array(z.string().trim().min(2).max(40)).max(20).optional(),
  years_of_experience: z.number().int().min(0).max(80).optional(),
  certifications: z
    .array(
      z
        .object({
          name: z.string().min(1).max(200),
          issuer: z.string().max(200).optional(),
          year: z.number().int().min(1900).max(2100).optional(),
        })
        .strict()
    )
    .max(30)
    .optional(),
  city: z.string().max(120).nullable().optional(),
  country_code: z
    .string()
    .regex(/^[a-z]{2}$/i, "country_code is a 2-letter ISO code such as za")
    .nullable()
    .optional(),
  latitude: z.number().min(-90, "latitude must be between -90 and 90").max(90, "latitude must be between -90 and 90").nullable().optional(),
  longitude: z
    .number()
    .min(-180, "longitude must be between -180 and 180")
    .max(180, "longitude must be between -180 and 180")
    .nullable()
    .optional(),
  service_address: z.string().max(500).nullable().optional(),
  meeting_modes: z
    .array(z.enum(MEETING_MODES))
    .min(1, "offer at least one meeting mode: in_person or online")
    .max(MEETING_MODES.length, "name each meeting mode once")
    .optional(),
  timezone: z.string().max(64, "timezone is too long for a time zone").refine(isKnownTimeZone, {
    message: 'timezone must be an IANA time zone such as "Africa/Johannesburg"',
  }),
}

export const VendorApplyPractitioner = z.object(profileFields).strict()
export type VendorApplyPractitionerType = z.infer<typeof VendorApplyPractitioner>

export const VendorUpdateMe = z.object(profileFields).partial().strict()
export type VendorUpdateMeType = z.infer<typeof VendorUpdateMe>

/** Stored shape of certifications: an object so the JSON column stays extensible. */
export function toStoredProfile<T extends { certifications?: unknown[]; country_code?: string | null }>(body: T) {
  const { certifications, ...rest } = body
  return {
    ...rest,
    ...(rest.country_code ? { country_code: rest.country_code.toLowerCase() } : {}),
    ...(certifications ? { certifications: { items: certifications } } : {}),
  }
}
