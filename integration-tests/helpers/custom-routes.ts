import { readdirSync, readFileSync } from "fs"
import { join, relative, sep } from "path"

export type CustomRoute = { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string; file: string }

const API_ROOT = join(__dirname, "..", "..", "src", "api")
const EXPORTED_METHOD = /^export\s+(?:async\s+function|const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm

/**
 * Every route the project defines, read from the route files themselves (the
 * way Medusa finds them): `src/api/store/carts/[id]/bookings/route.ts`
 * exporting GET and POST gives two routes on `/store/carts/:id/bookings`.
 * Tests that must cover every route enumerate this, so a new route file
 * without an entry in their tables fails them.
 */
export function customRoutes(): CustomRoute[] {
  return routeFiles(API_ROOT)
    .flatMap((file) => {
      const path = "/" + relative(API_ROOT, join(file, "..")).split(sep).map(toSegment).join("/")
      const methods = [...readFileSync(file, "utf8").matchAll(EXPORTED_METHOD)].map((match) => match[1] as CustomRoute["method"])
      return [...new Set(methods)].map((method) => ({ method, path, file: relative(join(API_ROOT, "..", ".."), file) }))
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}

/** "[id]" → ":id"; other segments stay as they are. */
function toSegment(segment: string) {
  const param = /^\[(\w+)\]$/.exec(segment)
  return param ? `:${param[1]}` : segment
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : routeFiles(path)
    return /^route\.[jt]s$/.test(entry.name) ? [path] : []
  })
}

/** "METHOD /path", the key tests use for a route. */
export const routeKey = (route: Pick<CustomRoute, "method" | "path">) => `${route.method} ${route.path}`
