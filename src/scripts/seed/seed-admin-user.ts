import { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { demoAdminLogin } from "./seed-marker"

type Container = ExecArgs["container"]

/** The demo staff user with an emailpass login, as `medusa user` creates one. */
export async function seedAdminUser(container: Container) {
  const { email, password } = demoAdminLogin()
  const userService = container.resolve(Modules.USER)
  const authService = container.resolve(Modules.AUTH)

  let [user] = await userService.listUsers({ email })
  if (!user) {
    const { result } = await createUsersWorkflow(container).run({
      input: { users: [{ email, first_name: "Avenrae", last_name: "Staff" }] },
    })
    user = result[0]
  }
  const identities = await authService.listProviderIdentities({
    entity_id: email,
    provider: "emailpass",
  })
  if (identities.length) {
    return user
  }
  const { authIdentity, error } = await authService.register("emailpass", {
    body: { email, password },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not create the staff login for ${email}: ${error}`)
  }
  await authService.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: user.id },
  })
  return user
}
