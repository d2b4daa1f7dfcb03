import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
}

/**
 * A real SMTP server in the test process (smtp-server, plain SMTP on a free port) that keeps what arrives.
 * `rejectNext(n)` answers the next n deliveries with a temporary failure (451), to test retries.
 */
export class SmtpInbox {
  readonly received: ReceivedMail[] = [];
  private rejecting = 0;
  private waiters: Array<() => void> = [];
  private readonly server: SMTPServer;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.rejecting > 0) {
          this.rejecting--;
          stream.resume();
          stream.on('end', () =>
            callback(Object.assign(new Error('try again later'), { responseCode: 451 })),
          );
          return;
        }
        simpleParser(stream)
          .then((mail) => {
            const to = [mail.to]
              .flat()
              .flatMap((a) => a?.value ?? [])
              .map((a) => a.address ?? '');
            this.received.push({
              to,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? '',
            });
            callback();
            const waiters = this.waiters;
            this.waiters = [];
            for (const wake of waiters) wake();
          })
          .catch(callback);
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  rejectNext(count: number): void {
    this.rejecting = count;
  }

  /** The mails to `address` so far. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address.toLowerCase()));
  }

  /** Resolves when `done` holds for what arrived; fails after `timeoutMs` naming `what`. */
  async waitFor(
    done: (received: ReceivedMail[]) => boolean,
    what: string,
    timeoutMs = 20_000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done(this.received)) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `timed out waiting for ${what}; received: ${JSON.stringify(this.received.map((m) => [m.to, m.subject]))}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
