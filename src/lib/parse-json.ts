/**
 * JSON.parse with the line and column of the first error, for pasted text. JSON.parse reads;
 * when it refuses, jsonc-parser (strict: no comments, no trailing commas) says where. Both
 * recurse (or hand the value to code that does), so the nesting is bounded first.
 */
import { parse as scan, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { MAX_JSON_DEPTH, offsetPastDepth } from './json-depth';

export type ParsedJson =
  { ok: true; value: unknown } | { ok: false; error: string; line: number | null; column: number | null };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** "<what> at line L, column C: <why>." */
function refuse(text: string, position: number, what: string, why: string): ParsedJson {
  const { line, column } = lineAndColumn(text, position);
  return { ok: false, error: `${what} at line ${line}, column ${column}: ${why}.`, line, column };
}

export function parseJson(text: string): ParsedJson {
  if (text.trim() === '') return { ok: false, error: 'Paste a request envelope as JSON.', line: null, column: null };
  const tooDeep = offsetPastDepth(text, MAX_JSON_DEPTH);
  if (tooDeep !== -1) {
    return refuse(text, tooDeep, 'Nested too deeply', `more than ${MAX_JSON_DEPTH} levels of [ and {`);
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return locate(text, error instanceof Error ? error.message : 'not valid JSON');
  }
}

function locate(text: string, fallback: string): ParsedJson {
  const errors: ParseError[] = [];
  try {
    scan(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // The depth bound keeps the scan from overflowing; should it still fail, the reason stays general.
    return { ok: false, error: 'Not valid JSON.', line: null, column: null };
  }
  const first = errors[0];
  if (!first) return refuse(text, text.length, 'Not valid JSON', fallback);
  return refuse(text, first.offset, 'Not valid JSON', describe(printParseErrorCode(first.error)));
}

const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number is badly written',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing } is expected',
  CloseBracketExpected: 'a closing ] is expected',
  EndOfFileExpected: 'nothing more is expected after the value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is not finished',
  InvalidUnicode: 'a \\u escape is badly written',
  InvalidEscapeCharacter: 'a \\ escape is badly written',
  InvalidCharacter: 'a control character must be escaped',
};

function describe(code: string): string {
  return REASONS[code] ?? code;
}
