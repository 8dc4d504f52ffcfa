/**
 * A react-hook-form resolver for our zod/mini schemas: each field's first message, at its
 * path. (In place of @hookform/resolvers, whose generality the first page paid ~1 KB gzip for;
 * see docs/decisions/0006.)
 */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

export function schemaResolver<T extends FieldValues>(schema: Schema<T>): Resolver<T> {
  return (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      let node = errors;
      path.slice(0, -1).forEach((key) => {
        node = (node[key] ??= {}) as Record<string, unknown>;
      });
      const last = path.at(-1) ?? 'root';
      node[last] ??= { type: 'validation', message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}
