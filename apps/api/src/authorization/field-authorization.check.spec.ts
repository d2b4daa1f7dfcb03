import { MetadataScanner } from '@nestjs/core';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize, Public } from './authorize.decorator';
import { fieldResolversWithAccessRules } from './field-authorization.check';

class Thing {}

@Resolver(() => Thing)
class WellFormedResolver {
  @Query(() => String)
  @Authorize('knowledgeNeed:list')
  things(@Args('first') first: number): string {
    return String(first);
  }

  @ResolveField(() => String)
  label(@Parent() thing: Thing): string {
    return String(thing);
  }
}

@Resolver(() => Thing)
class MisplacedRulesResolver {
  @ResolveField(() => String)
  @Authorize('contactPerson:readDetails')
  secret(@Parent() thing: Thing): string {
    return String(thing);
  }

  @Public()
  @ResolveField(() => String)
  open(@Parent() thing: Thing): string {
    return String(thing);
  }
}

describe('fieldResolversWithAccessRules', () => {
  const scanner = new MetadataScanner();

  it('accepts @Authorize on root operations and field resolvers without rules', () => {
    expect(fieldResolversWithAccessRules([new WellFormedResolver(), {}, null], scanner)).toEqual(
      [],
    );
  });

  it('names every field resolver with @Authorize or @Public, which guards would not enforce', () => {
    expect(
      fieldResolversWithAccessRules(
        [new WellFormedResolver(), new MisplacedRulesResolver()],
        scanner,
      ),
    ).toEqual(['MisplacedRulesResolver.secret', 'MisplacedRulesResolver.open']);
  });
});
