import { DEVELOPMENT_SECRET, MIN_SECRET_LENGTH, productionSecretsRefusal, secretProblem, signingSecret } from "../secrets"

const STRONG = "a".repeat(24) + "0123456789abcdef"
const OTHER_STRONG = "f00dfeed".repeat(5)

describe("secretProblem", () => {
  it.each([
    [undefined, "JWT_SECRET is not set"],
    ["", "JWT_SECRET is not set"],
    ["supersecret", "JWT_SECRET is a well-known default"],
    ["SuperSecret", "JWT_SECRET is a well-known default"],
    ["secret", "JWT_SECRET is a well-known default"],
    [" changeme ", "JWT_SECRET is a well-known default"],
    ["x".repeat(MIN_SECRET_LENGTH - 1), "JWT_SECRET is shorter than 32 characters"],
  ])("refuses %p: %s", (value, problem) => {
    expect(secretProblem("JWT_SECRET", value)).toBe(problem)
  })

  it("accepts a random string of 32 characters or more", () => {
    expect(secretProblem("COOKIE_SECRET", "x".repeat(MIN_SECRET_LENGTH))).toBeUndefined()
    expect(secretProblem("COOKIE_SECRET", STRONG)).toBeUndefined()
  })
})

describe("productionSecretsRefusal", () => {
  it.each([undefined, "development", "test", "staging"])("never refuses outside production (NODE_ENV=%p)", (NODE_ENV) => {
    expect(productionSecretsRefusal({ NODE_ENV })).toBeUndefined()
  })

  it("accepts production with two strong secrets", () => {
    expect(productionSecretsRefusal({ NODE_ENV: "production", JWT_SECRET: STRONG, COOKIE_SECRET: OTHER_STRONG })).toBeUndefined()
  })

  it("refuses production with a missing or weak secret, in one line naming each problem and how to fix it", () => {
    const refusal = productionSecretsRefusal({ NODE_ENV: "production", JWT_SECRET: "supersecret" })!
    expect(refusal).toContain("JWT_SECRET is a well-known default")
    expect(refusal).toContain("COOKIE_SECRET is not set")
    expect(refusal).toMatch(/openssl rand -hex 32/)
    expect(refusal).not.toContain("\n")
    expect(productionSecretsRefusal({ NODE_ENV: "production", JWT_SECRET: STRONG, COOKIE_SECRET: "short" })).toContain(
      "COOKIE_SECRET is shorter than 32 characters"
    )
  })
})

describe("signingSecret", () => {
  it("signs with the secret set, and with the development secret otherwise", () => {
    expect(signingSecret("JWT_SECRET", { JWT_SECRET: STRONG })).toBe(STRONG)
    expect(signingSecret("COOKIE_SECRET", {})).toBe(DEVELOPMENT_SECRET)
  })
})
