import { Module } from '@nestjs/common';
import { LoadersFactory } from './loaders.factory';

/** Provides LoadersFactory (the repositories come from the global PersistenceModule). */
@Module({
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
