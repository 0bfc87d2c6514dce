import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import type PractitionerModuleService from "../../../modules/practitioner/service"

type Scope = { resolve: <T = any>(key: string) => T }

/** Rows with a `practitioner_id`, each given the practitioner's display name and email. */
export async function withPractitioners<Row extends { practitioner_id: string }>(scope: Scope, rows: Row[]) {
  const ids = [...new Set(rows.map((row) => row.practitioner_id))]
  const practitioners = ids.length
    ? await scope
        .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
        .listPractitioners({ id: ids }, { select: ["id", "display_name", "email", "handle"] })
    : []
  const byId = new Map(practitioners.map((p) => [p.id, p] as const))
  return rows.map((row) => {
    const practitioner = byId.get(row.practitioner_id)
    return {
      ...row,
      practitioner: practitioner
        ? { id: practitioner.id, display_name: practitioner.display_name, email: practitioner.email, handle: practitioner.handle }
        : null,
    }
  })
}
