import { Field, InputType } from '@nestjs/graphql';
import type { Gender } from '@brobygger/persistence/enums';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { GENDERS } from '@brobygger/persistence/enums';
import { GenderEnum } from '../../common/graphql/enums';

@InputType({ description: 'A contact person; the list given replaces the existing contacts.' })
export class ContactPersonInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(/^\+?[0-9 ()-]{3,40}$/, {
    message: 'phone must be a phone number (digits, spaces, +, -, parentheses)',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role?: string | null;

  @Field(() => GenderEnum, {
    nullable: true,
    description: 'Optional; used only for gender-balance statistics.',
  })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;
}
