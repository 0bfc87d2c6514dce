import Link from "next/link"

export function StepSummary({ children, editHref, label }: { children: React.ReactNode; editHref: string; label: string }) {
  return (
    <div className="flex items-start justify-between gap-4 text-sm">
      <p>{children}</p>
      <Link href={editHref} className="shrink-0 underline" aria-label={`Change ${label}`}>
        Change
      </Link>
    </div>
  )
}
