import { Modules } from "@medusajs/framework/utils"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import type PractitionerModuleService from "../../../modules/practitioner/service"
import type { SupportAuthor } from "../../../modules/support/values"

type Container = { resolve: <T = any>(key: string) => T }

export type Person = { type: SupportAuthor; id: string; email: string; name: string }

/**
 * Names and emails of the people in requests: customers by their first
 * name, practitioners by their display name, staff as "Avenrae support"
 * (shoppers and practitioners never see which staff member).
 */
export async function peopleOf(container: Container, refs: Array<{ type: SupportAuthor; id: string }>) {
  const ids = (type: SupportAuthor) => [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))]
  const [customers, practitioners, users] = await Promise.all([
    ids("customer").length
      ? container.resolve(Modules.CUSTOMER).listCustomers({ id: ids("customer") }, { select: ["id", "email", "first_name", "last_name"] })
      : [],
    ids("practitioner").length
      ? container
          .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
          .listPractitioners({ id: ids("practitioner") }, { select: ["id", "email", "display_name"] })
      : [],
    ids("staff").length ? container.resolve(Modules.USER).listUsers({ id: ids("staff") }, { select: ["id", "email", "first_name"] }) : [],
  ])
  const people = new Map<string, Person>()
  for (const c of customers as Array<{ id: string; email: string; first_name: string | null }>) {
    people.set(`customer:${c.id}`, { type: "customer", id: c.id, email: c.email, name: c.first_name || "Customer" })
  }
  for (const p of practitioners)
    people.set(`practitioner:${p.id}`, { type: "practitioner", id: p.id, email: p.email, name: p.display_name })
  for (const u of users as Array<{ id: string; email: string; first_name: string | null }>) {
    people.set(`staff:${u.id}`, { type: "staff", id: u.id, email: u.email, name: u.first_name || u.email })
  }
  return (type: SupportAuthor, id: string) => people.get(`${type}:${id}`)
}
