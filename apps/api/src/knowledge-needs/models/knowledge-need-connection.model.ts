import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model';
import { KnowledgeNeedModel } from './knowledge-need.model';

@ObjectType('KnowledgeNeedConnection')
export class KnowledgeNeedConnection extends ConnectionType(KnowledgeNeedModel, 'KnowledgeNeed') {}
