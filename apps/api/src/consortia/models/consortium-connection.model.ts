import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model';
import { ConsortiumModel } from './consortium.model';

@ObjectType('ConsortiumConnection')
export class ConsortiumConnection extends ConnectionType(ConsortiumModel, 'Consortium') {}
