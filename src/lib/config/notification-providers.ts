/**
 * How notifications go out: every one as an email through the mail provider
 * (src/providers/mail), over SMTP when SMTP_URL is set, otherwise written to
 * MAIL_DIR (the launcher points it at <data dir>/mail; .data/mail beside the
 * process otherwise). Pure: reads only the environment and folder it is given.
 */
export const DEFAULT_MAIL_FROM = "Avenrae <no-reply@avenrae.test>"

export function notificationProviders(env: Record<string, string | undefined>, workingDir: string) {
  return [
    {
      resolve: "./src/providers/mail",
      id: "mail",
      options: {
        channels: ["email"],
        smtpUrl: env.SMTP_URL || undefined,
        from: env.MAIL_FROM || DEFAULT_MAIL_FROM,
        mailDir: env.MAIL_DIR || `${workingDir}/.data/mail`,
      },
    },
  ]
}
