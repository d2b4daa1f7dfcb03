import { GqlParamtype } from '@nestjs/graphql/dist/enums/gql-paramtype.enum.js';
import { IsString } from 'class-validator';
import { GraphqlValidationPipe } from './graphql-validation.pipe';
import { InputValidationError } from './input-validation.error';

class TitleInput {
  @IsString()
  title!: string;
}

describe(GraphqlValidationPipe.name, () => {
  const pipe = new GraphqlValidationPipe();

  it('refuses a NUL character in an argument, naming the field', async () => {
    await expect(
      pipe.transform(
        { title: 'a\u0000b' },
        { type: GqlParamtype.ARGS as never, metatype: TitleInput, data: 'input' },
      ),
    ).rejects.toMatchObject({
      name: 'InputValidationError',
      problems: [{ field: 'input.title' }],
    });
  });

  it('validates arguments against their class', async () => {
    await expect(
      pipe.transform({ title: 7 }, { type: GqlParamtype.ARGS as never, metatype: TitleInput }),
    ).rejects.toBeInstanceOf(InputValidationError);
  });

  it('hands parent objects, the context and the resolve info over untouched', async () => {
    const parent = { title: 'a\u0000b', extra: 1 };
    const info = { operation: { selectionSet: { selections: [{ value: '\u0000' }] } } };
    for (const [type, value] of [
      [GqlParamtype.ROOT, parent],
      [GqlParamtype.CONTEXT, { req: {} }],
      [GqlParamtype.INFO, info],
    ] as const) {
      await expect(
        pipe.transform(value, { type: type as never, metatype: TitleInput }),
      ).resolves.toBe(value);
    }
  });
});
