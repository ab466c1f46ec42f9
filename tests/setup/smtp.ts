// A real SMTP server in the test process: the app sends over TCP, the test reads what arrived.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = ParsedMail & { envelopeTo: string[] };

export async function startSmtpServer(port = 0) {
  const inbox: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("SMTP server has no port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    inbox,
    /** Waits until a mail to `to` (optionally matching) arrives; the outbox worker delivers every few seconds. */
    async waitForMail(to: string, match: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = inbox.find((mail) => mail.envelopeTo.includes(to) && match(mail));
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`No mail to ${to} within ${timeoutMs} ms (inbox: ${inbox.map((m) => m.subject).join(", ")})`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
