import { createLagWindow, livenessVerdict } from "../lag-window"

const window = () => createLagWindow({ startMs: 0, intervalMs: 100, windowMs: 10_000 })

describe("createLagWindow", () => {
  it("sees no lag while the timer fires on time", () => {
    const lag = window()
    for (let at = 100; at <= 5_000; at += 100) lag.tick(at)
    expect(lag.worstLag(5_050)).toBe(0)
  })

  it("measures a held loop as the tick's lateness and keeps it for the window", () => {
    const lag = window()
    lag.tick(100)
    lag.tick(1_700) // due at 200: the loop was held 1,500 ms
    expect(lag.worstLag(1_750)).toBe(1_500)
    for (let at = 1_800; at <= 11_600; at += 100) lag.tick(at)
    expect(lag.worstLag(11_650)).toBe(1_500)
  })

  it("forgets a lag once it is older than the window", () => {
    const lag = window()
    lag.tick(1_700)
    for (let at = 1_800; at <= 11_800; at += 100) lag.tick(at)
    expect(lag.worstLag(11_800)).toBe(0)
  })

  it("counts a tick that is late right now, before the timer could run", () => {
    const lag = window()
    lag.tick(100)
    expect(lag.worstLag(2_300)).toBe(2_100)
  })

  it("keeps the worst of several lags", () => {
    const lag = window()
    lag.tick(400) // 300 late
    lag.tick(2_500) // 2,000 late
    lag.tick(3_100) // 500 late
    expect(lag.worstLag(3_150)).toBe(2_000)
  })
})

describe("livenessVerdict", () => {
  it.each([
    [0, true],
    [1_000, true],
    [1_001, false],
  ])("with a worst lag of %p ms under a 1,000 ms limit is live: %p", (worstLagMs, live) => {
    expect(livenessVerdict({ worstLagMs, maxLagMs: 1_000, windowMs: 10_000 }).live).toBe(live)
  })

  it("says how late the loop was, over what time and the limit", () => {
    expect(livenessVerdict({ worstLagMs: 1_523.6, maxLagMs: 1_000, windowMs: 10_000 })).toEqual({
      live: false,
      reason: "event loop lag 1524 ms in the last 10 s is over the 1000 ms limit",
    })
  })
})
