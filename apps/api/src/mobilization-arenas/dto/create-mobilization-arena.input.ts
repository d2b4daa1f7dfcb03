import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
} from 'class-validator';
import { DESCRIPTION_MAX, NAME_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';
import { NotBlank } from '../../common/validation/not-blank';

@InputType()
export class CreateMobilizationArenaInput {
  @Field({ description: `Unique; at most ${NAME_MAX} characters.` })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxChars(NAME_MAX)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => [String], { description: 'Numbers of the counties covered (at least one).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ArrayUnique()
  @Matches(/^\d{2}$/, { each: true, message: 'countyNumbers must be two-digit county numbers' })
  countyNumbers: string[];
}
