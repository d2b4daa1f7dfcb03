import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model';
import { MatchRunModel } from './match-run.model';

@ObjectType('MatchRunConnection')
export class MatchRunConnection extends ConnectionType(MatchRunModel, 'MatchRun') {}
