import { Module } from '@nestjs/common';
import { ErasureController } from './erasure.controller';
import { ErasureService } from './erasure.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataService } from './personal-data.service';

@Module({ controllers: [PersonalDataController, ErasureController], providers: [PersonalDataService, ErasureService] })
export class PersonalDataModule {}
