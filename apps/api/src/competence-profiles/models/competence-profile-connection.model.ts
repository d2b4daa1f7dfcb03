import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model';
import { CompetenceProfileModel } from './competence-profile.model';

@ObjectType('CompetenceProfileConnection')
export class CompetenceProfileConnection extends ConnectionType(
  CompetenceProfileModel,
  'CompetenceProfile',
) {}
