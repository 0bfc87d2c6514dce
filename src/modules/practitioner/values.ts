/**
 * A practitioner's kinds, statuses and meeting modes, declared once: the
 * model, validators and pure rules import them from here (this file imports
 * nothing, so pure code and browser bundles can take it too).
 */
export const PRACTITIONER_KINDS = ["healer", "prophet", "medium", "counsellor"] as const
export const PRACTITIONER_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export const MEETING_MODES = ["in_person", "online"] as const
