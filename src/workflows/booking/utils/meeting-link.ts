import crypto from "node:crypto"

/**
 * Where an online session takes place. Swap the provider to create rooms in
 * another service (Zoom, Google Meet); the default makes an unguessable room
 * on a Jitsi server (MEETING_BASE_URL, default https://meet.jit.si).
 */
export type MeetingLinkProvider = { roomFor: (booking: { id: string }) => Promise<string> | string }

export function defaultMeetingLinks(env: NodeJS.ProcessEnv = process.env): MeetingLinkProvider {
  const base = (env.MEETING_BASE_URL || "https://meet.jit.si").replace(/\/+$/, "")
  return { roomFor: () => `${base}/avenrae-${crypto.randomBytes(12).toString("hex")}` }
}
