import { Injectable } from '@nestjs/common';
import { OrganizationRepository } from '@brobygger/persistence';
import type { Organization, Page } from '@brobygger/persistence';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { OrganizationsArgs } from './dto/organizations.args';
import { UpdateOrganizationInput } from './dto/update-organization.input';

@Injectable()
export class OrganizationsService {
  constructor(private readonly organizations: OrganizationRepository) {}

  list(
    { filter, first, after }: OrganizationsArgs,
    countTotal = true,
  ): Promise<Page<Organization>> {
    return this.organizations.list(filter ?? {}, { first, after: after ?? undefined, countTotal });
  }

  /** Throws NotFoundError for an unknown id. */
  get(id: string): Promise<Organization> {
    return this.organizations.getById(id);
  }

  create(input: CreateOrganizationInput): Promise<Organization> {
    return this.organizations.create(input);
  }

  update(input: UpdateOrganizationInput): Promise<Organization> {
    return this.organizations.update(input);
  }
}
