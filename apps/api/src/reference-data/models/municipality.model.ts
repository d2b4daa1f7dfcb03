import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SizeClassEnum } from '../../common/graphql/enums';
import type { SizeClass } from '@brobygger/persistence/enums';
import { CountyModel } from './county.model';

@ObjectType('Municipality', { description: 'A municipality (kommune) of the 2024 structure.' })
export class MunicipalityModel {
  @Field({ description: 'Four-digit municipality number, e.g. "0301" (Oslo).' })
  number: string;

  @Field()
  name: string;

  @Field({ description: "Statistics Norway's name (tells apart Herøy and Våler)." })
  nameSsb: string;

  @Field()
  countyNumber: string;

  @Field(() => CountyModel)
  county?: CountyModel;

  @Field(() => Int, { description: 'Population on 1 January of populationYear.' })
  population: number;

  @Field(() => Int)
  populationYear: number;

  @Field(() => Int, { nullable: true })
  population2024: number | null;

  @Field(() => Int, { nullable: true })
  population2025: number | null;

  @Field(() => SizeClassEnum)
  sizeClass: SizeClass;

  @Field(() => Float, { nullable: true, description: 'Latitude of the centroid (approximate).' })
  lat: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude of the centroid (approximate).' })
  lon: number | null;

  @Field(() => Float, { nullable: true, description: 'Approximate area in km².' })
  areaKm2: number | null;
}
