import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUDIT_MODULE } from "../../modules/audit"
import type AuditModuleService from "../../modules/audit/service"
import { AUDIT_ACTORS, type AuditActor } from "../../modules/audit/values"
import { AuditTarget, targetOfAnswer, targetOfPath } from "../../lib/audit/audit-target"
import { changedFields, Snapshot } from "../../lib/audit/changed-fields"
import { redact } from "../../lib/audit/redact"
import { settleBeforeAnswering } from "../hooks/settle-before-answering"
import { snapshotRecord } from "./snapshot-record"

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"])

/**
 * The target as the answer carries it (Medusa's routes and ours answer a
 * write with the record as it now stands: `{ "product": { … } }`), cut to
 * the fields the before-snapshot had (or, for a new record, its own plain
 * fields), so the two compare like for like without reading it again.
 */
function recordInAnswer(answer: unknown, target: AuditTarget, before: Snapshot | undefined): Snapshot | undefined {
  const carried = targetOfAnswer(answer)
  if (!carried || carried.type !== target.type || carried.id !== target.id || before === undefined) return undefined
  const record = (answer as Record<string, Record<string, unknown>>)[carried.type]
  const fields = before ? Object.keys(before) : Object.keys(record).filter((key) => record[key] === null || typeof record[key] !== "object")
  if (before && !fields.every((key) => key in record)) return undefined
  return Object.fromEntries(fields.map((key) => [key, record[key]]))
}

type Auth = { actor_type?: string; actor_id?: string; auth_identity_id?: string }

const isActor = (type: unknown): type is AuditActor => AUDIT_ACTORS.includes(type as AuditActor)

const isPlainBody = (body: unknown): body is Record<string, unknown> =>
  !!body && typeof body === "object" && !Array.isArray(body) && Object.keys(body).length > 0

/**
 * The one mechanism that writes the audit log: every write under /admin and
 * /vendor (Medusa's routes and ours) that a staff user or a practitioner
 * makes and that succeeds gets one entry, written before the answer leaves.
 * The record the path names is read before the route runs and, when the
 * answer does not carry it as it now stands, again after,
 * and the entry keeps the fields that changed; a record the route created is
 * found in its answer. A failed audit write is logged and never fails the
 * request it describes.
 */
export async function recordWrites(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!WRITES.has(req.method)) return next()
  const path = req.originalUrl.split("?")[0]
  const named = targetOfPath(path)
  const auth = () => (req as MedusaRequest & { auth_context?: Auth }).auth_context
  const selfTarget = (): AuditTarget | null => {
    const id = auth()?.actor_id
    return auth()?.actor_type === "practitioner" && id ? { type: "practitioner", id } : null
  }

  let answer: unknown
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    answer = body
    return json(body)
  }) as typeof res.json

  let before: Snapshot | undefined
  const started = performance.now()
  const known = named === "self" ? selfTarget() : named
  if (known) before = await snapshotRecord(req.scope, known)
  let spent = performance.now() - started

  settleBeforeAnswering(res, async ({ statusCode, answered }) => {
    const actor = auth()
    if (!answered || statusCode >= 400 || !isActor(actor?.actor_type)) return
    const settling = performance.now()
    try {
      const target = (named === "self" ? selfTarget() : named) ?? targetOfAnswer(answer)
      const after = target
        ? (recordInAnswer(answer, target, named ? before : null) ?? (await snapshotRecord(req.scope, target)))
        : undefined
      // A record the path named is compared with how it was; one the route created, with nothing.
      const was = named ? before : null
      const fields = was !== undefined && after !== undefined ? changedFields(was, after) : undefined
      const request = isPlainBody(req.body) ? redact(req.body) : undefined
      // An applicant has no practitioner yet when they write; the record they created is theirs.
      const actorId = actor.actor_id || (target?.type === actor.actor_type ? target.id : (actor.auth_identity_id ?? ""))
      await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).appendEntry({
        actor_type: actor.actor_type,
        actor_id: actorId,
        action: `${req.method} ${req.route?.path ?? path}`,
        target_type: target?.type ?? null,
        target_id: target?.id ?? null,
        changes: fields || request ? { ...(fields ? { fields } : {}), ...(request ? { request } : {}) } : null,
        status_code: statusCode,
        request_id: (req as MedusaRequest & { requestId?: string }).requestId ?? null,
        ip: req.ip ?? null,
        user_agent: req.get("user-agent")?.slice(0, 500) ?? null,
      })
    } catch (error) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Audit entry for ${req.method} ${path} not written: ${error}`)
    }
    // What the audit added to this request, for the benchmark (and anyone profiling a slow write).
    spent += performance.now() - settling
    if (!res.headersSent) res.setHeader("Server-Timing", `audit;dur=${spent.toFixed(2)}`)
  })
  next()
}
