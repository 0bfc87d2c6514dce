import { model } from "@medusajs/framework/utils"

import { PRACTITIONER_KINDS, PRACTITIONER_STATUSES } from "../values"

export { MEETING_MODES, PRACTITIONER_KINDS, PRACTITIONER_STATUSES } from "../values"

/**
 * A practitioner selling sessions (and sometimes crystals) on Avenrae. Their
 * status is decided by staff; only approved ones are listed in the store.
 */
export const Practitioner = model
  .define("practitioner", {
    id: model.id({ prefix: "prac" }).primaryKey(),
    handle: model.text().unique(),
    display_name: model.text().searchable(),
    email: model.text(),
    kind: model.enum([...PRACTITIONER_KINDS]),
    specialties: model.array().default([]),
    bio: model.text().default(""),
    languages: model.array().default([]),
    years_of_experience: model.number().default(0),
    certifications: model.json().default({ items: [] }),
    avatar_url: model.text().nullable(),
    /** The file module id of the avatar, to delete it when replaced. */
    avatar_file_id: model.text().nullable(),
    city: model.text().nullable(),
    country_code: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    service_address: model.text().nullable(),
    meeting_modes: model.array().default(["online"]),
    timezone: model.text(),
    status: model.enum([...PRACTITIONER_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    verified: model.boolean().default(false),
    verified_at: model.dateTime().nullable(),
    verified_by: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["status", "kind"] }, { on: ["email"], unique: true, where: "deleted_at IS NULL" }])
  .checks([
    {
      name: "practitioner_latitude_range",
      expression: (c) => `${c.latitude} IS NULL OR (${c.latitude} >= -90 AND ${c.latitude} <= 90)`,
    },
    {
      name: "practitioner_longitude_range",
      expression: (c) => `${c.longitude} IS NULL OR (${c.longitude} >= -180 AND ${c.longitude} <= 180)`,
    },
    {
      name: "practitioner_handle_format",
      expression: (c) => `${c.handle} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`,
    },
  ])
