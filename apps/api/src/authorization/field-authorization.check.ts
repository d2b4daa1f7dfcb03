import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { RESOLVER_PROPERTY_METADATA } from '@nestjs/graphql/dist/graphql.constants.js';
import { AUTHORIZE_KEY, IS_PUBLIC_KEY } from './authorize.decorator';

/**
 * Guards run on root fields only (`fieldResolverEnhancers: ['filters']`): a field resolver is authorized with the
 * operation that reached it, and rules on a field's data live in its resolver through AuthorizationService (as
 * ContactsResolver does for contact details). An @Authorize or @Public on a field resolver would therefore be
 * ignored; this check refuses to start instead, naming the method.
 */
@Injectable()
export class FieldAuthorizationCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const misplaced = fieldResolversWithAccessRules(
      this.discovery.getProviders().map((wrapper) => wrapper.instance as unknown),
      this.scanner,
    );
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
  const found: string[] = [];
  for (const instance of instances) {
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const method = prototype[name] as object;
      if (
        Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method) &&
        (Reflect.hasMetadata(AUTHORIZE_KEY, method) || Reflect.hasMetadata(IS_PUBLIC_KEY, method))
      ) {
        found.push(`${instance.constructor.name}.${name}`);
      }
    }
  }
  return found;
}
