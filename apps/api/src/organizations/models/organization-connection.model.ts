import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model';
import { OrganizationModel } from './organization.model';

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends ConnectionType(OrganizationModel, 'Organization') {}
