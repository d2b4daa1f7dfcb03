import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ExportLinkService } from './export-link.service';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { FollowUpResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';

/** Follow-up evaluation (issue 10): programmeIndicators, CSV exports (/exports), exportArenaProblem. */
@Module({
  imports: [JwtModule.register({})],
  controllers: [ExportsController],
  providers: [
    FollowUpService,
    ExportsService,
    ExportLinkService,
    FollowUpResolver,
  ],
})
export class FollowUpModule {}
