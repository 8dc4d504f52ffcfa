/**
 * zod/mini ships without messages. The engine's schemas carry their own for what users
 * type; this short English map covers the rest (mostly rate-card files), at a fraction of
 * the size of zod's full locale. Imported once by vocabulary.ts.
 */
import * as z from 'zod/mini';

type Issue = z.core.$ZodRawIssue;

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input === 'number' && Number.isNaN(input) ? 'NaN' : typeof input;
}

function message(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${typeOf(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v: unknown) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'date' ? 'must be a date written YYYY-MM-DD' : `must match the ${issue.format} format`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    case 'invalid_key':
      return 'has an invalid key';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return 'is invalid';
  }
}

z.config({ localeError: (issue) => message(issue) });
