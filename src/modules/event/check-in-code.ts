import { randomInt } from "node:crypto"

/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not mistaken. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** 12 characters: 60 random bits, far past guessing at a door. */
export const CHECK_IN_CODE_LENGTH = 12

/** A new random check-in code, e.g. "7KQ2-M9XD-4TRB" without the dashes. */
export function newCheckInCode(): string {
  let code = ""
  for (let i = 0; i < CHECK_IN_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}

/** A code as typed at the door: upper-cased, dashes and spaces dropped, O read as 0 and I/L as 1. */
export function normaliseCheckInCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1")
}
