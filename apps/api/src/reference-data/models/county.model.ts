import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('County', { description: 'A county (fylke) of the 2024 structure.' })
export class CountyModel {
  @Field({ description: 'Two-digit county number, e.g. "03" (Oslo).' })
  number: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Population on 1 January of populationYear.' })
  population: number;

  @Field(() => Int)
  populationYear: number;

  @Field(() => Int, { nullable: true, description: 'Population on 1 January 2024.' })
  population2024: number | null;

  @Field(() => Int)
  municipalityCount: number;
}
