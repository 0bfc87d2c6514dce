/** The storefront's public address, for links in emails: STOREFRONT_URL, default http://localhost:8000, without a trailing slash. */
export function storefrontUrl(env: Record<string, string | undefined> = process.env) {
  return (env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
}
