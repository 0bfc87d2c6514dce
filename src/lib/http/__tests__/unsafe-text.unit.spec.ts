import { findUnsafeText, textProblem } from "../unsafe-text"

describe("textProblem", () => {
  it.each([
    ["plain text", "Amethyst healing"],
    ["an empty string", ""],
    ["accents and CJK", "Café 水晶"],
    ["a surrogate pair (emoji)", "crystal 💎 grid"],
    ["a pair at the very end", "💎"],
  ])("accepts %s", (_case, value) => {
    expect(textProblem(value)).toBeNull()
  })

  it.each([
    ["a NUL", "a\u0000b", /NUL/],
    ["a NUL at the start", "\u0000", /NUL/],
    ["a lone high surrogate", "a\ud800b", /lone UTF-16 surrogate/],
    ["a lone high surrogate at the end", "abc\ud83d", /lone UTF-16 surrogate/],
    ["a lone low surrogate", "a\udc00b", /lone UTF-16 surrogate/],
    ["two high surrogates", "\ud83d\ud83d\udc8e", /lone UTF-16 surrogate/],
  ])("refuses %s", (_case, value, problem) => {
    expect(textProblem(value)).toMatch(problem)
  })
})

describe("findUnsafeText", () => {
  it("names a nested field the way a client writes it", () => {
    const body = { display_name: "Nomvula", certifications: [{ name: "Reiki" }, { name: "Tarot \ud800" }] }
    expect(findUnsafeText(body, "body")).toEqual({ field: "certifications[1].name", problem: expect.stringMatching(/surrogate/) })
  })

  it("names a query parameter and an element of a repeated one", () => {
    expect(findUnsafeText({ q: "a\u0000" }, "query")?.field).toBe("q")
    expect(findUnsafeText({ specialty: ["ok", "b\u0000"] }, "query")?.field).toBe("specialty[1]")
  })

  it("names a bad key and a bad root", () => {
    expect(findUnsafeText({ "a\u0000": 1 }, "body")?.field).toBe('body key "a\\u0000"')
    expect(findUnsafeText({ nested: { "b\ud800": 1 } }, "body")?.field).toBe('nested key "b\\ud800"')
    expect(findUnsafeText("text\u0000", "body")?.field).toBe("body")
    expect(findUnsafeText([["x\u0000"]], "body")?.field).toBe("body[0][0]")
  })

  it("passes clean input of any shape", () => {
    expect(findUnsafeText({ a: [1, null, true, { b: "💎" }], c: undefined }, "body")).toBeNull()
    expect(findUnsafeText(undefined, "body")).toBeNull()
  })

  it("walks 100,000 levels of nesting without overflowing the stack", () => {
    let deep: unknown = "bottom\u0000"
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const found = findUnsafeText(deep, "body")
    expect(found?.field.startsWith("body[0][0]")).toBe(true)
    expect(found?.problem).toMatch(/NUL/)
  })
})
