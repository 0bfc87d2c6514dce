import fc from "fast-check"
import { ACTOR_NAMES, ActorName, ownerOf } from "./request-actors"
import type { CustomRoute } from "./custom-routes"
import type { FieldPool } from "./fuzz-fields"

const DAY = 86_400_000

/** What a fuzzed request is made of, before it is written out. */
export type FuzzRequest = {
  actor: ActorName
  url: string
  contentType?: string
  /** Raw body text: hand-written so keys can repeat and `__proto__` stays a plain key. */
  body?: string
}

/** Real values the requests may use, so some get past validation into the routes' logic. */
export type FuzzFixtures = {
  now: Date
  /** Path parameter values that exist, by "METHOD /path" prefix match (the first that matches wins). */
  pathValues: Array<{ prefix: string; values: string[] }>
  /** Ids and other values a valid request would carry. */
  ids: string[]
}

const HOSTILE_TEXT = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udc00y",
  "💎",
  "",
  " ",
  "null",
  "undefined",
  "NaN",
  "-Infinity",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' or 1=1 --",
  "%00",
  "\u202eevil",
]
const TIME_ZONES = ["Africa/Johannesburg", "Asia/Kolkata", "Pacific/Kiritimati", "UTC", "Mars/Olympus", "Etc/GMT+99", "", "+05:30", "local"]
const DATE_EDGES = [
  "0000-01-01T00:00:00Z",
  "-000001-12-25T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00.000Z",
  "0099-06-01",
  "2026-02-30",
  "2026-13-01T00:00:00Z",
  "1970-01-01T00:00:00Z",
  "not a date",
  "24:00",
  "99:99",
]
const NUMBERS_AS_TEXT = ["NaN", "Infinity", "-Infinity", "-1", "0", "1e309", "-1e308", "0x10", "1.5", "9007199254740993", "1e3"]
const PROTO_KEYS = ["__proto__", "constructor", "prototype"]
const BAD_PERCENT = ["%", "%E0%A4%A", "%00", "%ZZ", "%ED%A0%80", "%C0%AF"]

const MAX_URL = 12_000
/** Percent-encoding that also writes a lone surrogate (as the malformed UTF-8 a careless client sends). */
function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return [...text]
      .map((char) => {
        const unit = char.charCodeAt(0)
        if (char.length > 1 || unit < 0xd800 || unit > 0xdfff) return encodeURIComponent(char)
        return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
          .map((b) => `%${b.toString(16).toUpperCase()}`)
          .join("")
      })
      .join("")
  }
}

const iso = (date: Date) => date.toISOString()
const anyDate = fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true })

/** Text of every kind: plausible, hostile, full Unicode (pairs and lone surrogates), huge. */
function textArb(fields: string[], fixtures: FuzzFixtures) {
  const soon = fc.integer({ min: -2, max: 800 }).map((days) => iso(new Date(fixtures.now.getTime() + days * DAY)))
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fields, ...fixtures.ids) },
    { weight: 3, arbitrary: soon },
    { weight: 2, arbitrary: anyDate.map(iso) },
    { weight: 2, arbitrary: anyDate.map((d) => iso(d).slice(0, 10)) },
    { weight: 2, arbitrary: fc.constantFrom(...DATE_EDGES, ...TIME_ZONES, ...NUMBERS_AS_TEXT, ...HOSTILE_TEXT) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 20 }) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 6_000 }).map((n) => "ä".repeat(n)) }
  )
}

/** A JSON value of any type, including huge, deep and prototype-polluting ones. */
function jsonValueArb(text: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(
    { weight: 5, arbitrary: text },
    { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
    { weight: 2, arbitrary: fc.constantFrom(0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) }
  )
  return fc.oneof(
    { weight: 8, arbitrary: scalar },
    { weight: 2, arbitrary: fc.array(scalar, { maxLength: 5 }) },
    { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS).map((key) => JSON.parse(`{"${key}":{"polluted":true,"status":"approved"}}`)) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => i)) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 3_000 }).map((depth) => JSON.parse("[".repeat(depth) + "]".repeat(depth))) },
    { weight: 1, arbitrary: fc.constant("x".repeat(150_000)) }
  )
}

const keyArb = (fields: string[], globalFields: string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...(fields.length ? fields : globalFields)) },
    { weight: 2, arbitrary: fc.constantFrom(...globalFields) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS, "a\u0000", "", "fields", "expand", "order") },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }
  )

/** A query string: repeated keys, nested and polluting keys, bad percent-encoding; kept under Node's 16 KB header limit. */
function queryArb(fields: string[], globalFields: string[], text: fc.Arbitrary<string>) {
  const value = fc.oneof(
    { weight: 8, arbitrary: text.map((t) => percentEncode(t.slice(0, 400))) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_PERCENT) }
  )
  const key = fc.oneof(
    { weight: 6, arbitrary: keyArb(fields, globalFields).map(percentEncode) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("__proto__[status]", "constructor[prototype][admin]", "limit[]", "q[a][b][c][d][e][f][g]", "from[$gt]"),
    }
  )
  return fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"))
}

/** A JSON object written by hand from pairs, so keys may repeat and `__proto__` is sent as a key. */
function jsonBodyArb(fields: string[], globalFields: string[], value: fc.Arbitrary<unknown>) {
  const object = fc
    .array(fc.tuple(keyArb(fields, globalFields), value), { maxLength: 7 })
    .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? "null"}`).join(",")}}`)
  return fc.oneof(
    { weight: 10, arbitrary: object },
    { weight: 1, arbitrary: value.map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: fc.constantFrom("", "{", '{"a":1,}', "[1,2", "null", '"text"', '{"a":"\\ud800"}') }
  )
}

const otherBodies = fc.oneof(
  fc.record({ contentType: fc.constant("text/plain"), body: fc.string({ unit: "binary", maxLength: 50 }) }),
  fc.record({
    contentType: fc.constant("application/x-www-form-urlencoded"),
    body: fc.constantFrom("a[__proto__][b]=1&x=%00", "reason=ok", "q=%E0%A4%A", "x[][][]=1"),
  }),
  fc.record({ contentType: fc.constant("multipart/form-data"), body: fc.constant("--x\r\n") }),
  fc.record({ contentType: fc.constant("application/json; charset=utf-16"), body: fc.constant("{}") })
)

/** A path value: the real one (most often), or something hostile. */
function pathValueArb(real: string[], text: fc.Arbitrary<string>) {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real).map(percentEncode) },
    { weight: 2, arbitrary: text.map((t) => percentEncode(t.slice(0, 500)) || "x") },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_PERCENT, "..", "%2e%2e", "a%2Fb", "-1", "0") }
  )
}

/**
 * Requests for one route: its own fields most often (read from its
 * validator), any actor (its owner most often), any body.
 */
export function requestsFor(
  route: CustomRoute,
  routeFields: FieldPool,
  allFields: FieldPool,
  fixtures: FuzzFixtures
): fc.Arbitrary<FuzzRequest> {
  const fields = [...routeFields.keys()]
  const globalFields = [...allFields.keys()]
  const enumValues = [...routeFields.values()].flat()
  const text = textArb([...fields, ...enumValues], fixtures)
  const value = jsonValueArb(text)
  const params = route.path.match(/:\w+/g) ?? []
  const real = fixtures.pathValues.find((p) => `${route.method} ${route.path}`.startsWith(p.prefix))?.values ?? ["x"]
  const actor = fc.oneof(
    { weight: 3, arbitrary: fc.constant(ownerOf(route.path)) },
    { weight: 2, arbitrary: fc.constantFrom(...ACTOR_NAMES) }
  )
  const writes = route.method !== "GET" && route.method !== "DELETE"
  const body = writes
    ? fc.oneof(
        { weight: 8, arbitrary: jsonBodyArb(fields, globalFields, value).map((b) => ({ contentType: "application/json", body: b })) },
        { weight: 1, arbitrary: otherBodies },
        { weight: 1, arbitrary: fc.constant({ contentType: undefined, body: undefined }) }
      )
    : fc.constant({ contentType: undefined, body: undefined })
  return fc
    .record({
      actor,
      path: fc.tuple(...params.map(() => pathValueArb(real, text))),
      query: queryArb(fields, globalFields, text),
      body,
    })
    .map(({ actor, path, query, body }) => {
      let index = 0
      const pathname = route.path.replace(/:\w+/g, () => path[index++])
      // Node refuses a request head over 16 KB with a bare 431 before any route sees it (a test of its own covers that).
      const url = query && pathname.length + query.length < MAX_URL ? `${pathname}?${query}` : pathname
      return { actor, url, ...body }
    })
}
