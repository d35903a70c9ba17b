import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { WeeklyReminder } from './weekly-reminder';

@Global()
@Module({
  controllers: [NotificationsController],
  providers: [MailService, NotificationsService, WeeklyReminder],
  exports: [MailService, NotificationsService],
})
export class NotificationsModule {}
