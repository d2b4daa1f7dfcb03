import { Field, InputType } from '@nestjs/graphql';
import type { Gender } from '@brobygger/persistence/enums';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import { GENDERS } from '@brobygger/persistence/enums';
import { GenderEnum } from '../../common/graphql/enums';
import { EMAIL_MAX, NAME_MAX, PHONE_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';
import { NotBlank } from '../../common/validation/not-blank';

@InputType({ description: 'A contact person; the list given replaces the existing contacts.' })
export class ContactPersonInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxChars(NAME_MAX)
  name: string;

  @Field()
  @IsEmail()
  @MaxChars(EMAIL_MAX)
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(PHONE_MAX)
  @Matches(/^\+?[0-9 ()-]{3,40}$/, {
    message: 'phone must be a phone number (digits, spaces, +, -, parentheses)',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(NAME_MAX)
  role?: string | null;

  @Field(() => GenderEnum, {
    nullable: true,
    description: 'Optional; used only for gender-balance statistics.',
  })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;
}
