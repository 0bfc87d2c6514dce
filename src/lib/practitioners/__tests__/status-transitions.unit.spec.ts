import { allowedStaffActions, statusTransition } from "../status-transitions"

describe("statusTransition", () => {
  it.each([
    ["approve", "pending", undefined, "approved"],
    ["approve", "rejected", undefined, "approved"],
    ["reject", "pending", "Certificates unreadable", "rejected"],
    ["suspend", "approved", "Complaints under review", "suspended"],
    ["reinstate", "suspended", undefined, "approved"],
  ] as const)("%s from %s → %s", (action, from, reason, to) => {
    expect(statusTransition(action, from, reason)).toEqual({ ok: true, to })
  })

  it.each([
    ["approve", "approved"],
    ["approve", "suspended"],
    ["reject", "approved"],
    ["suspend", "pending"],
    ["reinstate", "approved"],
  ] as const)("refuses %s from %s and says which statuses allow it", (action, from) => {
    const result = statusTransition(action, from, "a reason")
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(
      new RegExp(`^Cannot ${action} a practitioner who is ${from}; only .+ practitioners can be`)
    )
  })

  it.each(["reject", "suspend"] as const)("%s needs a reason", (action) => {
    const from = action === "reject" ? "pending" : "approved"
    expect(statusTransition(action, from, "  ")).toEqual({
      ok: false,
      message: `Give a reason to ${action} a practitioner; they will read it.`,
    })
  })
})

describe("allowedStaffActions", () => {
  it.each([
    ["pending", false, ["approve", "reject"]],
    ["approved", false, ["suspend", "verify"]],
    ["approved", true, ["suspend"]],
    ["rejected", false, ["approve"]],
    ["suspended", true, ["reinstate"]],
  ] as const)("%s (verified: %s) → %p", (status, verified, actions) => {
    expect(allowedStaffActions(status, verified)).toEqual(actions)
  })
})
