/**
 * JSON.parse with the line and column of the first error, for pasted text. JSON.parse reads;
 * when it refuses, jsonc-parser (strict: no comments, no trailing commas) says where.
 */
import { parse as scan, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: string; line: number | null; column: number | null };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (text.trim() === '') return { ok: false, error: 'Paste a request envelope as JSON.', line: null, column: null };
    const errors: ParseError[] = [];
    scan(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const message = error instanceof Error ? error.message : 'not valid JSON';
    const where = lineAndColumn(text, first ? first.offset : text.length);
    const reason = first ? describe(printParseErrorCode(first.error)) : message;
    return { ok: false, error: `Not valid JSON at line ${where.line}, column ${where.column}: ${reason}.`, line: where.line, column: where.column };
  }
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
