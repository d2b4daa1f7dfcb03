import { Injectable, OnModuleInit } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import {
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql/dist/graphql.constants.js';
import { AuditLogInterceptor } from './audit-log.interceptor';
import { AUTHORIZE_KEY, IS_PUBLIC_KEY } from './authorize.decorator';

/**
 * Guards run on root fields only (`fieldResolverEnhancers: []`): a field resolver is authorized with the
 * operation that reached it, and rules on a field's data live in its resolver through AuthorizationService (as
 * ContactsResolver does for contact details). An @Authorize or @Public on a field resolver would therefore be
 * ignored; this check refuses to start instead, naming the method. It also refuses a mutation without the
 * audit-log interceptor (declared with Nest's @Mutation instead of ours, ./mutation.decorator).
 */
@Injectable()
export class FieldAuthorizationCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const instances = this.discovery.getProviders().map((wrapper) => wrapper.instance as unknown);
    const unaudited = mutationsWithoutAudit(instances, this.scanner);
    if (unaudited.length) {
      throw new Error(
        `Mutations without the audit log: ${unaudited.join(', ')}; ` +
          `declare them with Mutation from apps/api/src/authorization/mutation.decorator`,
      );
    }
    const misplaced = fieldResolversWithAccessRules(instances, this.scanner);
    if (misplaced.length) {
      throw new Error(
        `@Authorize/@Public on field resolvers is not enforced (guards run on root operations only): ` +
          `${misplaced.join(', ')}; check field-level access in the resolver with AuthorizationService`,
      );
    }
  }
}

/** `Class.method` of every @ResolveField method among `instances` that carries @Authorize or @Public. */
export function fieldResolversWithAccessRules(
  instances: unknown[],
  scanner: MetadataScanner,
): string[] {
  return methodsWhere(
    instances,
    scanner,
    (method) =>
      !!Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method) &&
      (Reflect.hasMetadata(AUTHORIZE_KEY, method) || Reflect.hasMetadata(IS_PUBLIC_KEY, method)),
  );
}

/** `Class.method` of every mutation among `instances` without the audit-log interceptor. */
export function mutationsWithoutAudit(instances: unknown[], scanner: MetadataScanner): string[] {
  return methodsWhere(
    instances,
    scanner,
    (method) =>
      Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) === 'Mutation' &&
      !((Reflect.getMetadata(INTERCEPTORS_METADATA, method) ?? []) as unknown[]).includes(
        AuditLogInterceptor,
      ),
  );
}

function methodsWhere(
  instances: unknown[],
  scanner: MetadataScanner,
  matches: (method: object) => boolean,
): string[] {
  const found: string[] = [];
  for (const instance of instances) {
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      if (matches(prototype[name] as object)) found.push(`${instance.constructor.name}.${name}`);
    }
  }
  return found;
}
