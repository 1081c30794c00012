// A real SMTP server on a local port that keeps every message it receives, for tests that read the mail.
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Undoes the transfer encoding nodemailer chose for the body (quoted-printable for long lines). */
function decodeBody(headers: string, body: string): string {
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding !== "quoted-printable") return body;
  const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function parse(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const subject = /^subject:\s*(.*)$/im.exec(headers)?.[1]?.trim() ?? "";
  return { to, subject, text: decodeBody(headers, raw.slice(split + 4)).replace(/\r\n/g, "\n") };
}

export interface SmtpInbox {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message to `address` that arrives (or has arrived), or fails after `timeoutMs`. */
  waitFor(address: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/** `delayMs` holds each reply to DATA, like a slow mail server, so a sender that waits for it shows in its timing. */
export async function startSmtpInbox({ port = 0, delayMs = 0 }: { port?: number; delayMs?: number } = {}): Promise<SmtpInbox> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        messages.push(parse(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((r) => r.address.toLowerCase())));
        for (const wake of waiters) wake();
        setTimeout(() => callback(), delayMs);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  const find = (to: string) => messages.find((m) => m.to.includes(to.toLowerCase()));
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    messages,
    waitFor: (to, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const found = find(to);
        if (found) return resolve(found);
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          const mail = find(to);
          if (!mail) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(mail);
        };
        waiters.add(check);
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The token carried by the reset link in a message. */
export const resetTokenIn = (mail: ReceivedMail) => /\/reset-password#token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? null;
