import { ATTACHMENT_MAX_BYTES, fileProblem, filesThatFit, fileSize } from "../support-files"

describe("fileSize", () => {
  it.each([
    [1, "1 byte"],
    [812, "812 bytes"],
    [14 * 1024, "14 KB"],
    [2_516_582, "2.4 MB"],
    [5 * 1024 * 1024, "5 MB"],
  ])("%d bytes read %j", (bytes, words) => {
    expect(fileSize(bytes)).toBe(words)
  })
})

describe("fileProblem", () => {
  const file = (size: number, type: string) => ({ name: "receipt.pdf", size, type })

  it("passes a picture, PDF or text file up to the limit", () => {
    expect(fileProblem(file(ATTACHMENT_MAX_BYTES, "application/pdf"))).toBeNull()
    expect(fileProblem(file(10, "image/webp"))).toBeNull()
    expect(fileProblem(file(10, "text/plain"))).toBeNull()
  })

  it("leaves a file of unknown type to the backend", () => {
    expect(fileProblem(file(10, ""))).toBeNull()
  })

  it("says what is wrong with an empty, large or other file", () => {
    expect(fileProblem(file(0, "application/pdf"))).toBe("receipt.pdf is empty.")
    expect(fileProblem(file(ATTACHMENT_MAX_BYTES + 1, "application/pdf"))).toBe("receipt.pdf is larger than 5 MB, the most a file can be.")
    expect(fileProblem(file(10, "application/zip"))).toMatch(/not a picture, PDF or text file/)
  })
})

describe("filesThatFit", () => {
  it("takes all while there is room", () => {
    expect(filesThatFit(["a", "b"], 3)).toEqual({ take: ["a", "b"], refusal: null })
  })

  it("takes the first that fit and says why the rest were left", () => {
    expect(filesThatFit(["a", "b", "c"], 3)).toEqual({
      take: ["a", "b"],
      refusal: "A message can carry 5 files at most; only the first 2 were added.",
    })
    expect(filesThatFit(["a", "b"], 4).refusal).toBe("A message can carry 5 files at most; only the first 1 was added.")
    expect(filesThatFit(["a"], 5)).toEqual({ take: [], refusal: "A message can carry 5 files at most." })
  })
})
