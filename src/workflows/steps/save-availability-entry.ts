import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { weeklyScheduleProblem } from "../../lib/scheduling"
import { AVAILABILITY_MODULE } from "../../modules/availability"
import AvailabilityModuleService from "../../modules/availability/service"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)

/** Other hours (or a day off) on one date; replaces that date's override. Compensation restores the old one. */
export const upsertDateOverrideStep = createStep(
  "upsert-date-override",
  async (input: { practitioner_id: string; date: string; intervals: Array<{ start: string; end: string }> }, { container }) => {
    const problem = weeklyScheduleProblem(input.intervals.map((i) => ({ ...i, weekday: 1 as const })))
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Hours on ${input.date}: ${problem.replace("on weekday 1, ", "")}.`)
    const [previous] = await service(container).listDateOverrides({ practitioner_id: input.practitioner_id, date: input.date })
    if (previous) await service(container).deleteDateOverrides([previous.id])
    const created = await service(container).createDateOverrides({
      practitioner_id: input.practitioner_id,
      date: input.date,
      intervals: { items: input.intervals },
    })
    return new StepResponse(created, { created: created.id, previous: previous ? { practitioner_id: previous.practitioner_id, date: previous.date, intervals: previous.intervals } : null })
  },
  async (undo, { container }) => {
    if (!undo) return
    await service(container).deleteDateOverrides([undo.created])
    if (undo.previous) await service(container).createDateOverrides(undo.previous as never)
  }
)

/** Time away between two instants. */
export const createTimeOffStep = createStep(
  "create-time-off",
  async (input: { practitioner_id: string; starts_at: Date; ends_at: Date; reason?: string }, { container }) => {
    const created = await service(container).createTimeOffs({ ...input, reason: input.reason ?? null })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteTimeOffs([id])
  }
)

/** Removes one of the practitioner's own entries (time off or a date override); someone else's is not found. */
export const deleteOwnAvailabilityEntryStep = createStep(
  "delete-own-availability-entry",
  async (input: { practitioner_id: string; kind: "time_off" | "override"; id: string }, { container }) => {
    const entries =
      input.kind === "time_off"
        ? await service(container).listTimeOffs({ id: input.id, practitioner_id: input.practitioner_id })
        : await service(container).listDateOverrides({ practitioner_id: input.practitioner_id, date: input.id })
    if (!entries.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no ${input.kind.replace("_", " ")} ${input.id}.`)
    if (input.kind === "time_off") await service(container).softDeleteTimeOffs([entries[0].id])
    else await service(container).softDeleteDateOverrides([entries[0].id])
    return new StepResponse(entries[0], { kind: input.kind, id: entries[0].id })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.kind === "time_off") await service(container).restoreTimeOffs([undo.id])
    else await service(container).restoreDateOverrides([undo.id])
  }
)

/** The practitioner's booking settings and, optionally, their own policy. */
export const saveSchedulingSettingsStep = createStep(
  "save-scheduling-settings",
  async (input: { practitioner_id: string; [setting: string]: unknown }, { container }) => {
    const [existing] = await service(container).listSchedulingSettings({ practitioner_id: input.practitioner_id })
    if (existing) {
      const updated = await service(container).updateSchedulingSettings({ ...input, id: existing.id } as never)
      return new StepResponse(updated, { created: null as string | null, previous: existing as unknown as Record<string, unknown> | null })
    }
    const created = await service(container).createSchedulingSettings(input as never)
    return new StepResponse(created, { created: created.id as string | null, previous: null as Record<string, unknown> | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.created) await service(container).deleteSchedulingSettings([undo.created])
    if (undo.previous) await service(container).updateSchedulingSettings(undo.previous as never)
  }
)
