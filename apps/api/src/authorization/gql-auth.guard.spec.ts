import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { NewAuditLogEntry } from '@brobygger/persistence/repositories/audit-log.repository';
import { GraphQLError } from 'graphql';
import type { AuthService } from '../auth/auth.service';
import { Authorize, Public } from './authorize.decorator';
import { GqlAuthGuard } from './gql-auth.guard';
import type { Principal } from './principal';
import type { ResourceLoader } from './resource-loader';

const NEED_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const member: Principal = {
  id: 'u1',
  email: 'member@example.no',
  name: 'Member',
  memberships: [
    {
      role: 'MUNICIPALITY_MEMBER',
      arenaId: null,
      organizationId: 'org-other',
      arenaCountyNumbers: [],
      organizationKind: 'MUNICIPALITY',
      organizationCountyNumber: '18',
    },
  ],
};

class Operations {
  @Public()
  login() {}
  unguarded() {}
  @Authorize('arena:create')
  createArena() {}
  @Authorize('knowledgeNeed:update', { resource: 'knowledgeNeed', idArg: 'input.id' })
  updateNeed() {}
}

function setup() {
  const audit: NewAuditLogEntry[] = [];
  const auth = {
    principalFromAccessToken: async (token: string) => (token === 'good' ? member : null),
  } as unknown as AuthService;
  const loader = {
    load: async (_type: string, id: string) =>
      id === NEED_ID
        ? {
            type: 'knowledgeNeed',
            id,
            organizationId: 'org-owner',
            countyNumber: '46',
            status: 'DRAFT',
          }
        : null,
  } as unknown as ResourceLoader;
  const guard = new GqlAuthGuard(new Reflector(), auth, loader, {
    append: async (entry: NewAuditLogEntry) => void audit.push(entry),
  } as never);
  const run = async (
    handler: keyof Operations,
    opts: { token?: string; parentType?: string; args?: Record<string, unknown> } = {},
  ) => {
    const req = { headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {} };
    const info = {
      parentType: { name: opts.parentType ?? 'Mutation' },
      fieldName: handler,
      returnType: 'X',
    };
    const context = new ExecutionContextHost(
      [undefined, opts.args ?? {}, { req }, info],
      Operations,
      Operations.prototype[handler],
    );
    context.setType('graphql');
    try {
      return await guard.canActivate(context);
    } catch (error) {
      return error instanceof GraphQLError ? (error.extensions.code as string) : String(error);
    }
  };
  return { run, audit };
}

describe(GqlAuthGuard.name, () => {
  it('lets anyone call @Public operations', async () => {
    expect(await setup().run('login')).toBe(true);
  });

  it('answers UNAUTHENTICATED without a token and INVALID_TOKEN for a rejected one', async () => {
    const { run } = setup();
    expect(await run('createArena')).toBe('UNAUTHENTICATED');
    expect(await run('createArena', { token: 'forged' })).toBe('UNAUTHENTICATED');
  });

  it('refuses root operations without @Authorize (deny by default)', async () => {
    const { run } = setup();
    expect(await run('unguarded', { token: 'good' })).toBe('FORBIDDEN');
    expect(await run('unguarded', { token: 'good', parentType: 'Query' })).toBe('FORBIDDEN');
  });

  it('hides objects the caller may not see and audits the refused mutation', async () => {
    const { run, audit } = setup();
    expect(await run('updateNeed', { token: 'good', args: { input: { id: NEED_ID } } })).toBe(
      'NOT_FOUND',
    );
    expect(
      await run('updateNeed', {
        token: 'good',
        args: { input: { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' } },
      }),
    ).toBe('NOT_FOUND');
    expect(await run('updateNeed', { token: 'good', args: { input: { id: 'nope' } } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(audit[0]).toMatchObject({
      userId: 'u1',
      operation: 'Mutation.updateNeed',
      targetType: 'KnowledgeNeed',
      targetId: NEED_ID,
      outcome: 'DENIED',
      errorCode: 'NOT_FOUND',
    });
  });

  it('answers FORBIDDEN for actions of another role', async () => {
    expect(await setup().run('createArena', { token: 'good' })).toBe('FORBIDDEN');
  });
});
