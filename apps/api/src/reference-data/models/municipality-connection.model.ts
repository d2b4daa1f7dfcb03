import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model';
import { MunicipalityModel } from './municipality.model';

@ObjectType('MunicipalityConnection')
export class MunicipalityConnection extends ConnectionType(MunicipalityModel, 'Municipality') {}
