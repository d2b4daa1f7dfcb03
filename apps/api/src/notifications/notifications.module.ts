import { Global, Module } from '@nestjs/common';
import { mailQueueProvider } from './mail-queue';
import { MailProcessor } from './mail.processor';
import { MailTransport } from './mail-transport';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * In-app notifications, preferences and e-mail (outbox → mail queue → SMTP or .eml files). Global: every feature
 * that records notifications in its transactions calls NotificationsService.deliver() after committing.
 */
@Global()
@Module({
  providers: [
    MailTransport,
    mailQueueProvider,
    NotificationsService,
    MailProcessor,
    NotificationsResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
