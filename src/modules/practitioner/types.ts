import type { InferTypeOf } from "@medusajs/framework/types"
import { Practitioner } from "./models/practitioner"

/** A practitioner as the module service returns it. */
export type PractitionerDTO = InferTypeOf<typeof Practitioner>

/** Fields a caller may write; ids and timestamps are the module's own. */
type WritablePractitioner = Omit<PractitionerDTO, "id" | "created_at" | "updated_at" | "deleted_at">

/** The fields without a default are required; everything else may be left out. */
export type CreatePractitionerDTO = Pick<WritablePractitioner, "handle" | "display_name" | "email" | "kind" | "timezone"> &
  Partial<WritablePractitioner>

export type UpdatePractitionerDTO = { id: string } & Partial<WritablePractitioner>
