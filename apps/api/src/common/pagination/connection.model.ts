import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { encodeCursor } from './cursor';

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

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
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

/**
 * Builds a connection from one page of nodes fetched at `offset` (offset cursors, see cursor.ts), given the
 * total number of matches. Repository pages (keyset) already have this shape and are returned as they are.
 */
export function toConnection<T>(nodes: T[], offset: number, totalCount: number): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
