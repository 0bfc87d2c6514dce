import { MemoryCounterStore } from "../counter-store"

describe("MemoryCounterStore", () => {
  const now = Date.parse("2026-03-01T12:00:00Z")

  it("counts per key within the window, gives hits back, and starts again after it", async () => {
    const store = new MemoryCounterStore()
    expect(await store.hit("a", 1000, now)).toEqual({ count: 1, resetAt: now + 1000 })
    expect(await store.hit("a", 1000, now + 10)).toEqual({ count: 2, resetAt: now + 1000 })
    expect(await store.hit("b", 1000, now + 10)).toEqual({ count: 1, resetAt: now + 1010 })
    await store.giveBack("a", now + 20)
    expect(await store.hit("a", 1000, now + 30)).toEqual({ count: 2, resetAt: now + 1000 })
    expect(await store.hit("a", 1000, now + 1000)).toEqual({ count: 1, resetAt: now + 2000 })
  })

  it("stays bounded however many keys requests bring, keeping the newest", async () => {
    const store = new MemoryCounterStore()
    const max = MemoryCounterStore.MAX_KEYS
    for (let i = 0; i < max + 10; i++) await store.hit(`key-${i}`, 60_000, now)
    expect((store as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(max)
    expect(await store.hit(`key-${max + 9}`, 60_000, now)).toMatchObject({ count: 2 })
    expect(await store.hit("key-0", 60_000, now)).toMatchObject({ count: 1 })
  })
})
