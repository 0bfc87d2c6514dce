export function TextField({
  name,
  label,
  type = "text",
  defaultValue,
  required = true,
  autoComplete,
  className = "",
}: {
  name: string
  label: string
  type?: string
  defaultValue?: string
  required?: boolean
  autoComplete?: string
  className?: string
}) {
  return (
    <div className={className}>
      <label htmlFor={name} className="label">
        {label}
        {!required && <span className="font-normal text-ink-soft"> (optional)</span>}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        className="field"
      />
    </div>
  )
}
