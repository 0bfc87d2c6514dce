import type { SupportAuthor } from "../../../modules/support/values"
import { storefrontUrl } from "../../utils/storefront-url"

/** Where each kind of person opens a request: the shopper's account, the practice portal, or the admin. */
export function requestLinkFor(type: SupportAuthor, requestId: string, env: Record<string, string | undefined> = process.env) {
  if (type === "customer") return `${storefrontUrl(env)}/account/support/${requestId}`
  if (type === "practitioner") return `${storefrontUrl(env)}/practice/support/${requestId}`
  return `${(env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")}/app/support/${requestId}`
}
