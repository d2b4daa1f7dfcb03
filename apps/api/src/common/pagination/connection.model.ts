import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A repository page (keyset cursors, see @brobygger/persistence/pagination) is returned as it is. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Null when `totalCount` was not selected (it is then not counted). */
  totalCount: number | null;
}

/**
 * Relay-style connection type for `classRef`: `<Name>Connection { edges { cursor node } pageInfo totalCount }`.
 * Declare one per node type:
 * `@ObjectType('KnowledgeNeedConnection') class KnowledgeNeedConnection extends ConnectionType(KnowledgeNeedModel, 'KnowledgeNeed') {}`.
 */
export function ConnectionType<T>(classRef: Type<T>, nodeName: string): Type<Connection<T>> {
  @ObjectType(`${nodeName}Edge`)
  abstract class EdgeType {
    @Field({ description: 'Opaque cursor of this edge; pass it as `after` to get the next page.' })
    cursor: string;

    @Field(() => classRef)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionTypeClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of nodes matching the filter, over all pages.' })
    totalCount: number;
  }
  return ConnectionTypeClass as unknown as Type<Connection<T>>;
}
