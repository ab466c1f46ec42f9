// A real SMTP server in the test process: the app sends over TCP, the test reads what arrived.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = ParsedMail & { envelopeTo: string[] };

export type SmtpOptions = {
  /**
   * A slow mail server: it holds each message this long before it answers "250 accepted". A message counts as
   * arrived only once accepted; if the sender hangs up before that (a process that stopped), it is dropped, as a
   * real server drops an unfinished transaction.
   */
  delayMs?: number;
};

export async function startSmtpServer(port = 0, options: SmtpOptions = {}) {
  let delayMs = options.delayMs ?? 0;
  let refused: RegExp | null = null;
  const inbox: ReceivedMail[] = [];
  const hungUp = new Set<string>();
  let receiving = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused?.test(address.address)) return callback(Object.assign(new Error("Mailbox unavailable, try again later"), { responseCode: 450 }));
      callback();
    },
    onClose(session) {
      hungUp.add(session.id);
    },
    onData(stream, session, callback) {
      receiving += 1;
      simpleParser(stream)
        .then(async (mail) => {
          if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
          if (hungUp.has(session.id)) throw new Error("the sender hung up before the message was accepted");
          inbox.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
          callback();
        })
        .catch(callback)
        .finally(() => (receiving -= 1));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("SMTP server has no port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    inbox,
    setDelay: (ms: number) => void (delayMs = ms),
    /** Answers "450 try again later" for these recipients (a mailbox or server that refuses for now). */
    refuse: (pattern: RegExp | null) => void (refused = pattern),
    /** Messages whose data arrived and that are not accepted yet (a slow server at work). */
    receiving: () => receiving,
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
