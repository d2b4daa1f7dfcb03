import { MetadataScanner } from '@nestjs/core';
import {
  Args,
  Mutation as NestMutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Authorize, Public } from './authorize.decorator';
import { fieldResolversWithAccessRules, mutationsWithoutAudit } from './field-authorization.check';
import { Mutation } from './mutation.decorator';

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

@Resolver(() => Thing)
class MutationsResolver {
  @Mutation(() => String)
  @Authorize('knowledgeNeed:create')
  audited(): string {
    return 'audited';
  }

  @NestMutation(() => String)
  @Authorize('knowledgeNeed:create')
  unaudited(): string {
    return 'unaudited';
  }
}

describe('mutationsWithoutAudit', () => {
  it('names every mutation declared without the audit-log interceptor, and no query', () => {
    expect(
      mutationsWithoutAudit(
        [new WellFormedResolver(), new MutationsResolver(), {}, null],
        new MetadataScanner(),
      ),
    ).toEqual(['MutationsResolver.unaudited']);
  });
});

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
