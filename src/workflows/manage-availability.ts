import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createTimeOffStep,
  deleteOwnAvailabilityEntryStep,
  saveSchedulingSettingsStep,
  upsertDateOverrideStep,
} from "./steps/save-availability-entry"

export type SchedulingSettingsInput = {
  practitioner_id: string
  buffer_before_minutes?: number
  buffer_after_minutes?: number
  minimum_notice_minutes?: number
  maximum_advance_days?: number
  slot_step_minutes?: number
  cancellation_policy?: Record<string, unknown> | null
}

/** A practitioner sets other hours (or a day off) on one date. */
export const setDateOverrideWorkflow = createWorkflow(
  "set-date-override",
  (input: { practitioner_id: string; date: string; intervals: Array<{ start: string; end: string }> }) =>
    new WorkflowResponse(upsertDateOverrideStep(input))
)

/** A practitioner takes time off. */
export const addTimeOffWorkflow = createWorkflow(
  "add-time-off",
  (input: { practitioner_id: string; starts_at: Date; ends_at: Date; reason?: string }) => new WorkflowResponse(createTimeOffStep(input))
)

/** A practitioner removes one of their own date overrides or time-off entries. */
export const removeAvailabilityEntryWorkflow = createWorkflow(
  "remove-availability-entry",
  (input: { practitioner_id: string; kind: "time_off" | "override"; id: string }) => new WorkflowResponse(deleteOwnAvailabilityEntryStep(input))
)

/** A practitioner's buffers, notice, window, slot step and policy. */
export const saveSchedulingSettingsWorkflow = createWorkflow(
  "save-scheduling-settings",
  (input: SchedulingSettingsInput) => new WorkflowResponse(saveSchedulingSettingsStep(input))
)
