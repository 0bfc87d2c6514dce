import { ExecArgs, IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRACTITIONER_MODULE } from "../../modules/practitioner"
import PractitionerModuleService from "../../modules/practitioner/service"
import { applyAsPractitionerWorkflow } from "../../workflows/apply-as-practitioner"
import { changePractitionerStatusWorkflow } from "../../workflows/change-practitioner-status"
import { verifyPractitionerWorkflow } from "../../workflows/verify-practitioner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSessionOfferingWorkflow } from "../../workflows/create-session-offering"
import { CITIES, DEMO_PRACTITIONER_PASSWORD, OFFERINGS_BY_KIND, PRACTITIONERS } from "./data/practitioners"

type Container = ExecArgs["container"]

/**
 * Demo practitioners through the same path a real one takes: a login, an
 * application, then staff approval. Existing ones (by email) are left alone,
 * except that an interrupted seed's applicants are approved on the next run.
 */
export async function seedPractitioners(container: Container, staffUserId: string) {
  const auth = container.resolve(Modules.AUTH)
  const practitioners = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)

  for (const seed of PRACTITIONERS) {
    let [practitioner] = await practitioners.listPractitioners({ email: seed.email })
    if (!practitioner) {
      const authIdentityId = await loginFor(auth, seed.email)
      const { city, status, verified, ...profile } = seed
      const { result } = await applyAsPractitionerWorkflow(container).run({
        input: { ...profile, ...CITIES[city], city, auth_identity_id: authIdentityId },
      })
      practitioner = result
    }
    if (seed.status === "approved" && practitioner.status === "pending") {
      await changePractitionerStatusWorkflow(container).run({
        input: { id: practitioner.id, action: "approve", actor_id: staffUserId },
      })
    }
    if (seed.verified && !practitioner.verified) {
      await verifyPractitionerWorkflow(container).run({
        input: { id: practitioner.id, actor_id: staffUserId },
      })
    }
    if (seed.status === "approved" && !(await hasProducts(container, practitioner.id))) {
      await createSessionOfferingWorkflow(container).run({
        input: { practitioner_id: practitioner.id, offering: OFFERINGS_BY_KIND[seed.kind] },
      })
    }
  }
}

async function hasProducts(container: Container, practitionerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "practitioner_product",
    fields: ["product_id"],
    filters: { practitioner_id: practitionerId },
  })
  return data.length > 0
}

async function loginFor(auth: IAuthModuleService, email: string): Promise<string> {
  const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (identity?.auth_identity_id) return identity.auth_identity_id
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: DEMO_PRACTITIONER_PASSWORD },
  })
  if (error || !authIdentity) throw new Error(`Could not create the login for ${email}: ${error}`)
  return authIdentity.id
}
