import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ErasureController } from './erasure.controller';
import { ErasureService } from './erasure.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataService } from './personal-data.service';

@Module({
  imports: [NotificationsModule],
  controllers: [PersonalDataController, ErasureController],
  providers: [PersonalDataService, ErasureService],
})
export class PersonalDataModule {}
