import type { AxiosInstance } from "axios"
import { adminHeaders, DemoStore } from "./demo-store"
import { demoPractitionerToken } from "./practitioner-login"

export const ACTOR_NAMES = ["anonymous", "customer", "practitioner", "staff"] as const
export type ActorName = (typeof ACTOR_NAMES)[number]

/** Request headers per actor; every one carries the publishable key, so /store routes get past it. */
export type ActorHeaders = Record<ActorName, Record<string, string>>

/**
 * Signs in one of each actor on the seeded demo store: a newly registered
 * customer, an approved demo practitioner (nomvula) and the seeded staff user.
 */
export async function signInActors(
  api: AxiosInstance,
  store: DemoStore,
  customerEmail = "hostile-input@example.com"
): Promise<ActorHeaders> {
  const key = { "x-publishable-api-key": store.publishableKey }
  const password = "moonstone-42"
  const registered = await api.post("/auth/customer/emailpass/register", { email: customerEmail, password })
  await api.post(
    "/store/customers",
    { email: customerEmail, first_name: "Lerato", last_name: "Dube" },
    { headers: { ...key, authorization: `Bearer ${registered.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email: customerEmail, password })
  const practitioner = await demoPractitionerToken(api, "nomvula@avenrae.test")
  const staff = await adminHeaders(api)
  return {
    anonymous: key,
    customer: { ...key, authorization: `Bearer ${login.data.token}` },
    practitioner: { ...key, authorization: `Bearer ${practitioner}` },
    staff: { ...key, ...staff.headers },
  }
}

/** Who may call a path: customers the store, practitioners /vendor, staff /admin. */
export function ownerOf(path: string): ActorName {
  if (path.startsWith("/vendor")) return "practitioner"
  if (path.startsWith("/admin")) return "staff"
  return "customer"
}

/** Requests with these headers that answer whatever the status (tests assert it); `post` may add headers of its own. */
export function callWith(api: AxiosInstance, headers: Record<string, string>) {
  return {
    get: (url: string) => api.get(url, { headers, validateStatus: () => true }),
    post: (url: string, body: unknown = {}, extra: Record<string, string> = {}) =>
      api.post(url, body, { headers: { ...headers, ...extra }, validateStatus: () => true }),
  }
}
