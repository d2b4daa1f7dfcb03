import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

function fromLiteral(node: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => fromLiteral(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((f) => [f.name.value, fromLiteral(f.value, variables)]),
      );
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    default:
      throw new GraphQLError('unsupported JSON literal');
  }
}

function ensureObject(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new GraphQLError('JSONObject must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** A JSON object (engine settings in the exchange format's `settings` shape). */
export const JSONObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description:
    'A JSON object, e.g. engine settings as in the exchange format ({"timeLimitSeconds": 5}).',
  serialize: (value) => ensureObject(value),
  parseValue: (value) => ensureObject(value),
  parseLiteral: (node, variables) => ensureObject(fromLiteral(node, variables)),
});
