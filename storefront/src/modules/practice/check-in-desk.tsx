"use client"

import { useEffect, useRef, useState, useTransition } from "react"
import { checkInTicket, DoorAnswer } from "@/lib/actions/check-in-actions"

type Scanned = DoorAnswer & { code: string }

/** The browser's QR reader where it has one (Chrome on Android, for instance); typing always works. */
type BarcodeReader = { detect: (source: HTMLVideoElement) => Promise<Array<{ rawValue: string }>> }
const barcodeReader = (): BarcodeReader | undefined => {
  const Detector = (globalThis as { BarcodeDetector?: new (options: { formats: string[] }) => BarcodeReader }).BarcodeDetector
  return Detector ? new Detector({ formats: ["qr_code"] }) : undefined
}

/**
 * The door: type or scan a ticket's code, and see at once whether it is
 * admitted or why not ("Already checked in at 18:02 by …"). The newest
 * answer is on top.
 */
export function CheckInDesk() {
  const [code, setCode] = useState("")
  const [answers, setAnswers] = useState<Scanned[]>([])
  const [canScan, setCanScan] = useState(false)
  const [scanning, setScanning] = useState(false)
  const [pending, startTransition] = useTransition()
  const video = useRef<HTMLVideoElement>(null)

  useEffect(() => setCanScan(!!barcodeReader() && !!navigator.mediaDevices?.getUserMedia), [])

  const check = (value: string) => {
    const typed = value.trim()
    if (!typed) return
    startTransition(async () => {
      const answer = await checkInTicket(typed)
      setAnswers((current) => [{ ...answer, code: typed }, ...current].slice(0, 20))
      setCode("")
    })
  }

  useEffect(() => {
    if (!scanning) return
    const reader = barcodeReader()
    let stream: MediaStream | undefined
    let timer: ReturnType<typeof setInterval> | undefined
    let last = ""
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then((media) => {
        stream = media
        if (!video.current) return
        video.current.srcObject = media
        void video.current.play()
        timer = setInterval(async () => {
          const [found] = video.current && reader ? await reader.detect(video.current) : []
          // The same code in front of the camera is checked once, not every frame.
          if (found?.rawValue && found.rawValue !== last) {
            last = found.rawValue
            check(found.rawValue)
          }
        }, 400)
      })
      .catch(() => setScanning(false))
    return () => {
      if (timer) clearInterval(timer)
      stream?.getTracks().forEach((track) => track.stop())
    }
  }, [scanning])

  return (
    <div className="space-y-4" data-testid="check-in-desk">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          check(code)
        }}
        className="flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor="ticket-code" className="label">
            Ticket code
          </label>
          <input
            id="ticket-code"
            className="field font-mono uppercase tracking-widest"
            autoComplete="off"
            autoCapitalize="characters"
            placeholder="7KQ2-M9XD-4TRB"
            maxLength={32}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <button type="submit" className="btn-primary" disabled={pending || !code.trim()}>
          {pending ? "Checking…" : "Check in"}
        </button>
        {canScan && (
          <button type="button" className="btn-secondary" onClick={() => setScanning((on) => !on)}>
            {scanning ? "Stop the camera" : "Scan a QR code"}
          </button>
        )}
      </form>
      {scanning && <video ref={video} className="w-full max-w-sm rounded-xl" muted playsInline aria-label="Camera" />}
      <ul className="space-y-2" aria-label="Checked so far" aria-live="polite">
        {answers.map((answer, i) => (
          <li
            key={`${answer.code}-${answers.length - i}`}
            data-testid="door-answer"
            className={`rounded-xl border p-3 text-sm ${answer.admitted ? "border-emerald-300 bg-emerald-50" : "border-red-300 bg-red-50"}`}
          >
            <span className="font-mono">{answer.code}</span> —{" "}
            {answer.admitted ? <strong>Admitted: {answer.attendee}</strong> : <span role="alert">{answer.reason}</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
