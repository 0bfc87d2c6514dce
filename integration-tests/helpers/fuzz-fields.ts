import { readdirSync, readFileSync } from "fs"
import { createRequire } from "module"
import { dirname, join, resolve } from "path"
import type { CustomRoute } from "./custom-routes"

const API_ROOT = join(__dirname, "..", "..", "src", "api")

/** Field names with, where a schema lists them, the values it accepts (enums, literals). */
export type FieldPool = Map<string, string[]>

const load = createRequire(__filename)

/** The parts of a zod schema's definition the walk reads. */
type Def = {
  type: string
  shape?: Record<string, unknown>
  in?: unknown
  out?: unknown
  element?: unknown
  options?: unknown[]
  innerType?: unknown
  entries?: Record<string, string>
  values?: unknown[]
}
type ZodLike = { def: Def }
const isSchema = (value: unknown): value is ZodLike => !!value && typeof value === "object" && "def" in value && "_zod" in value

/**
 * The fields a zod schema names, at any depth, with their enum values. Read
 * from the validators themselves, so a new field is fuzzed without a list to
 * keep in step.
 */
export function fieldsOf(schema: unknown, into: FieldPool = new Map(), seen = new Set<unknown>()): FieldPool {
  if (!isSchema(schema) || seen.has(schema)) return into
  seen.add(schema)
  const def = schema.def
  const walk = (inner: unknown) => fieldsOf(inner, into, seen)
  switch (def.type) {
    case "object":
      for (const [name, field] of Object.entries(def.shape ?? {})) {
        into.set(name, [...new Set([...(into.get(name) ?? []), ...enumValues(field)])])
        walk(field)
      }
      break
    case "pipe":
      walk(def.in)
      walk(def.out)
      break
    case "array":
      walk(def.element)
      break
    case "union":
      ;(def.options ?? []).forEach(walk)
      break
    default:
      if (def.innerType) walk(def.innerType)
  }
  return into
}

function enumValues(schema: unknown): string[] {
  if (!isSchema(schema)) return []
  const def = schema.def
  if (def.type === "enum") return Object.values(def.entries ?? {}).map(String)
  if (def.type === "literal") return (def.values ?? []).map(String)
  if (def.innerType) return enumValues(def.innerType)
  if (def.type === "pipe") return enumValues(def.in)
  if (def.type === "array") return enumValues(def.element)
  return []
}

/** Every field of every validator under src/api. */
export function allValidatorFields(): FieldPool {
  const pool: FieldPool = new Map()
  for (const file of validatorFiles(API_ROOT)) {
    for (const exported of Object.values(load(file) as Record<string, unknown>)) fieldsOf(exported, pool)
  }
  return pool
}

const VALIDATOR_IMPORT = /import\s*\{([^}]+)\}\s*from\s*"(\.[^"]*validators)"/g

/** The fields of the schema a route reads (the `XType` it imports from a validators file), or none. */
export function routeFields(route: CustomRoute): FieldPool {
  const file = resolve(join(__dirname, "..", ".."), route.file)
  const pool: FieldPool = new Map()
  for (const [, names, from] of readFileSync(file, "utf8").matchAll(VALIDATOR_IMPORT)) {
    const validators = load(resolve(dirname(file), from)) as Record<string, unknown>
    for (const name of names.split(",").map((n) => n.trim())) {
      if (name.endsWith("Type")) fieldsOf(validators[name.slice(0, -"Type".length)], pool)
    }
  }
  return pool
}

function validatorFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : validatorFiles(path)
    return entry.name === "validators.ts" ? [path] : []
  })
}
