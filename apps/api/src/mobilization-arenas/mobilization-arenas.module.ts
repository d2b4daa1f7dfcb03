import { Module } from '@nestjs/common';
import { MobilizationArenasResolver } from './mobilization-arenas.resolver';
import { MobilizationArenasService } from './mobilization-arenas.service';

@Module({
  providers: [MobilizationArenasService, MobilizationArenasResolver],
  exports: [MobilizationArenasService],
})
export class MobilizationArenasModule {}
