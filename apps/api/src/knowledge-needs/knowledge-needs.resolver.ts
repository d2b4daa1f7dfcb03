import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import type { KnowledgeNeed, Page } from '@brobygger/persistence';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { SelectsTotalCount } from '../common/graphql/selects-field';
import { IdArg } from '../common/validation/id-arg.decorator';
import { OrganizationModel } from '../organizations/models/organization.model';
import { CreateKnowledgeNeedInput } from './dto/create-knowledge-need.input';
import { KnowledgeNeedsArgs } from './dto/knowledge-needs.args';
import { UpdateKnowledgeNeedInput } from './dto/update-knowledge-need.input';
import { KnowledgeNeedsService } from './knowledge-needs.service';
import { KnowledgeNeedConnection } from './models/knowledge-need-connection.model';
import { KnowledgeNeedModel } from './models/knowledge-need.model';
import { Authorize } from '../authorization/authorize.decorator';
import { AuditCarrier, AuthCarrier, CurrentUser } from '../authorization/current-user.decorator';
import type { Principal } from '../authorization/principal';
import { actsOnBehalfOf, draftReadScope } from '../authorization/policy';

/** A broker (or admin) registering or editing a municipality's need: the audit log names the municipality. */
function markOnBehalf(audit: AuthCarrier, user: Principal, organizationId: string): void {
  if (actsOnBehalfOf(user, organizationId)) audit.auditOnBehalfOf = organizationId;
}

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
  knowledgeNeed(@IdArg() id: string): Promise<KnowledgeNeed> {
    return this.needs.get(id);
  }

  @Mutation(() => KnowledgeNeedModel, {
    description:
      "The owner's members, admins, or a broker of an arena covering the owner's county (on its behalf; the audit log names the owner).",
  })
  @Authorize('knowledgeNeed:create', {
    resource: 'organization',
    idArg: 'input.organizationId',
    missing: 'BAD_USER_INPUT',
  })
  async createKnowledgeNeed(
    @Args('input') input: CreateKnowledgeNeedInput,
    @CurrentUser() user: Principal,
    @AuditCarrier() audit: AuthCarrier,
  ): Promise<KnowledgeNeed> {
    markOnBehalf(audit, user, input.organizationId);
    return this.needs.create(input);
  }

  @Mutation(() => KnowledgeNeedModel, {
    description:
      "The owner's members, admins, or a broker of an arena covering the owner's county (on its behalf, for example to change the project type).",
  })
  @Authorize('knowledgeNeed:update', { resource: 'knowledgeNeed', idArg: 'input.id' })
  async updateKnowledgeNeed(
    @Args('input') input: UpdateKnowledgeNeedInput,
    @CurrentUser() user: Principal,
    @AuditCarrier() audit: AuthCarrier,
  ): Promise<KnowledgeNeed> {
    const saved = await this.needs.update(input);
    markOnBehalf(audit, user, saved.organizationId);
    return saved;
  }

  @Mutation(() => KnowledgeNeedModel, {
    description:
      'Sets status WITHDRAWN. Pass `version` to fail with CONFLICT if the need changed meanwhile.',
  })
  @Authorize('knowledgeNeed:update', { resource: 'knowledgeNeed', idArg: 'id' })
  async withdrawKnowledgeNeed(
    @IdArg() id: string,
    @CurrentUser() user: Principal,
    @AuditCarrier() audit: AuthCarrier,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<KnowledgeNeed> {
    const saved = await this.needs.withdraw(id, version ?? undefined);
    markOnBehalf(audit, user, saved.organizationId);
    return saved;
  }

  @ResolveField(() => OrganizationModel)
  organization(need: KnowledgeNeed, _args: unknown, { loaders }: GraphqlContext) {
    return loaders.organization.load(need.organizationId);
  }
}
