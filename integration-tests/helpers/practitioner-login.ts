import { DEMO_PRACTITIONER_PASSWORD } from "../../src/scripts/seed/data/practitioners"

type Api = {
  request: (config: object) => Promise<{ status: number; data: any; headers: any }>
  post: (url: string, body: unknown) => Promise<{ data: any }>
}

/** An HTTP client that sends a bearer token and never throws on 4xx. */
export function withToken(api: Api, token?: string) {
  const send = (method: string, url: string, data?: unknown) =>
    api.request({
      method,
      url,
      data,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      validateStatus: () => true,
    })
  return {
    get: (url: string) => send("get", url),
    post: (url: string, body: unknown = {}) => send("post", url, body),
    put: (url: string, body: unknown = {}) => send("put", url, body),
    delete: (url: string) => send("delete", url),
  }
}

/** A seeded practitioner's bearer token (e.g. nomvula@avenrae.test). */
export async function demoPractitionerToken(api: Api, email: string) {
  const { data } = await api.post("/auth/practitioner/emailpass", { email, password: DEMO_PRACTITIONER_PASSWORD })
  return data.token as string
}
