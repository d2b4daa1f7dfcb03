import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { KnowledgeNeed, Page } from '@brobygger/persistence';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { SelectsTotalCount } from '../common/graphql/selects-field';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { OrganizationModel } from '../organizations/models/organization.model';
import { CreateKnowledgeNeedInput } from './dto/create-knowledge-need.input';
import { KnowledgeNeedsArgs } from './dto/knowledge-needs.args';
import { UpdateKnowledgeNeedInput } from './dto/update-knowledge-need.input';
import { KnowledgeNeedsService } from './knowledge-needs.service';
import { KnowledgeNeedConnection } from './models/knowledge-need-connection.model';
import { KnowledgeNeedModel } from './models/knowledge-need.model';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentUser } from '../authorization/current-user.decorator';
import type { Principal } from '../authorization/principal';
import { draftReadScope } from '../authorization/policy';

@Resolver(() => KnowledgeNeedModel)
export class KnowledgeNeedsResolver {
  constructor(private readonly needs: KnowledgeNeedsService) {}

  @Query(() => KnowledgeNeedConnection, {
    description: 'Newest first; with filter.text ranked by full-text relevance.',
  })
  @Authorize('knowledgeNeed:list')
  knowledgeNeeds(
    @Args() args: KnowledgeNeedsArgs,
    @CurrentUser() user: Principal,
    @SelectsTotalCount() countTotal: boolean,
  ): Promise<Page<KnowledgeNeed>> {
    return this.needs.list(args, draftReadScope(user), countTotal);
  }

  @Query(() => KnowledgeNeedModel)
  @Authorize('knowledgeNeed:read', { resource: 'knowledgeNeed', idArg: 'id' })
  knowledgeNeed(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<KnowledgeNeed> {
    return this.needs.get(id);
  }

  @Mutation(() => KnowledgeNeedModel)
  @Authorize('knowledgeNeed:create', {
    resource: 'organization',
    idArg: 'input.organizationId',
    missing: 'BAD_USER_INPUT',
  })
  createKnowledgeNeed(@Args('input') input: CreateKnowledgeNeedInput): Promise<KnowledgeNeed> {
    return this.needs.create(input);
  }

  @Mutation(() => KnowledgeNeedModel)
  @Authorize('knowledgeNeed:update', { resource: 'knowledgeNeed', idArg: 'input.id' })
  updateKnowledgeNeed(@Args('input') input: UpdateKnowledgeNeedInput): Promise<KnowledgeNeed> {
    return this.needs.update(input);
  }

  @Mutation(() => KnowledgeNeedModel, {
    description:
      'Sets status WITHDRAWN. Pass `version` to fail with CONFLICT if the need changed meanwhile.',
  })
  @Authorize('knowledgeNeed:update', { resource: 'knowledgeNeed', idArg: 'id' })
  withdrawKnowledgeNeed(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<KnowledgeNeed> {
    return this.needs.withdraw(id, version ?? undefined);
  }

  @ResolveField(() => OrganizationModel)
  organization(@Parent() need: KnowledgeNeed, @Context() { loaders }: GraphqlContext) {
    return loaders.organization.load(need.organizationId);
  }
}
