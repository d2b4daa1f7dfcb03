import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects `name` directly under the field being resolved (through fragments too). A
 * selection under @include/@skip counts as selected: asking for too much is safe, too little is not.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const inSet = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet, seen);
      const fragmentName = selection.name.value;
      if (seen.has(fragmentName)) return false;
      seen.add(fragmentName);
      return inSet(info.fragments[fragmentName]?.selectionSet, seen);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet, new Set()));
}

/** Resolver parameter: true when the connection's `totalCount` is selected (counting costs a statement). */
export const SelectsTotalCount = createParamDecorator(
  (_: unknown, context: ExecutionContext): boolean =>
    selectsField(GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>(), 'totalCount'),
);
