import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';

export interface OutgoingMail {
  /** The outbox row id: the Message-ID and the .eml file name derive from it, so a resend is recognisable. */
  outboxId: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail with nodemailer: over SMTP when SMTP_URL is set, otherwise as `.eml` files under MAIL_DIR (one file
 * per outbox row, named by its id, so writing it again replaces it). Returns the Message-ID.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  /** Directory of the .eml files; null when sending over SMTP. */
  readonly directory: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.transporter = nodemailer.createTransport(config.SMTP_URL);
      this.directory = null;
    } else {
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
      this.directory = resolve(config.MAIL_DIR);
    }
  }

  async send(mail: OutgoingMail): Promise<string> {
    const messageId = `<${mail.outboxId}@brobygger.mail>`;
    const info = (await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId,
    })) as { message?: Buffer };
    if (this.directory) {
      await mkdir(this.directory, { recursive: true });
      const file = join(this.directory, `${mail.outboxId}.eml`);
      await writeFile(file, info.message ?? Buffer.alloc(0));
      this.logger.log(`e-mail to ${mail.to} written to ${file}`);
    }
    return messageId;
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
