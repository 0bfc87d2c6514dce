import { AddressInfo } from "node:net"
import { ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

/**
 * A real SMTP server on a free port that keeps every message it receives,
 * parsed: what a mail provider sent, as a recipient's client would read it.
 */
export async function startSmtpInbox() {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The messages to one address, in the order they arrived. */
    to: (address: string) => received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
