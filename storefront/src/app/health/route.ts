/** GET /health — the storefront server is up (used by npm start before it prints "Ready"). */
export function GET() {
  return new Response("OK", { headers: { "content-type": "text/plain", "cache-control": "no-store" } })
}

export const dynamic = "force-dynamic"
