import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputProblem, wholeOutput, writeWhole } from './whole-file';

const dir = mkdtempSync(join(tmpdir(), 'whole-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const partials = () => readdirSync(dir).filter((name) => name.startsWith('.reprice-'));
const writing = (text: string) => (path: string) => Promise.resolve(writeFileSync(path, text));

describe('a file written whole', () => {
  it('replaces an earlier file once written, keeping its mode, and leaves nothing beside it', async () => {
    writeFileSync(at('kept-mode.jsonl'), 'an earlier run\n');
    chmodSync(at('kept-mode.jsonl'), 0o600);
    await writeWhole(at('kept-mode.jsonl'), writing('new\n'));
    expect([readFileSync(at('kept-mode.jsonl'), 'utf8'), statSync(at('kept-mode.jsonl')).mode & 0o777]).toEqual([
      'new\n',
      0o600,
    ]);
    expect(partials()).toEqual([]);
  });

  it('leaves an earlier file as it was, and no partial one, when writing fails', async () => {
    writeFileSync(at('failed.jsonl'), 'an earlier run\n');
    const failing = (path: string) => {
      writeFileSync(path, 'half');
      return Promise.reject(new Error(`disk full writing ${path}`));
    };
    await expect(writeWhole(at('failed.jsonl'), failing)).rejects.toThrow(`disk full writing ${at('failed.jsonl')}`);
    expect(readFileSync(at('failed.jsonl'), 'utf8')).toBe('an earlier run\n');
    expect(partials()).toEqual([]);
  });

  it('writes through links to the file they end at, and the links stay', async () => {
    writeFileSync(at('target.jsonl'), 'an earlier run\n');
    symlinkSync(at('target.jsonl'), at('link-1.jsonl'));
    symlinkSync('link-1.jsonl', at('link-2.jsonl'));
    symlinkSync(at('missing.jsonl'), at('dangling.jsonl'));
    await writeWhole(at('link-2.jsonl'), writing('new\n'));
    await writeWhole(at('dangling.jsonl'), writing('made\n'));
    expect([
      lstatSync(at('link-2.jsonl')).isSymbolicLink(),
      lstatSync(at('link-1.jsonl')).isSymbolicLink(),
      readFileSync(at('target.jsonl'), 'utf8'),
      lstatSync(at('dangling.jsonl')).isSymbolicLink(),
      readFileSync(at('missing.jsonl'), 'utf8'),
    ]).toEqual([true, true, 'new\n', true, 'made\n']);
  });

  it('writes /dev/stdout, and a link to it, as they are: nothing to rename over', () => {
    symlinkSync('/dev/stdout', at('to-stdout.jsonl'));
    expect([wholeOutput('/dev/stdout'), wholeOutput(at('to-stdout.jsonl'))]).toEqual([null, null]);
  });
});

describe('an --out that cannot be written, said before any pricing', () => {
  it('names a missing folder (a link into one too), and a folder given as the file', () => {
    symlinkSync(join(dir, 'no-such', 'x.jsonl'), at('into-nothing.jsonl'));
    expect([
      outputProblem(at('no-such/out.jsonl')),
      outputProblem(at('into-nothing.jsonl')),
      outputProblem(dir),
      outputProblem(`${at('new.jsonl')}/`),
    ]).toEqual([
      `--out ${at('no-such/out.jsonl')}: no such folder ${at('no-such')}`,
      `--out ${at('into-nothing.jsonl')}: no such folder ${at('no-such')}`,
      `--out ${dir}: a folder, not a file`,
      `--out ${at('new.jsonl')}/: a folder, not a file`,
    ]);
  });

  it('lets a new file, an existing one and /dev/stdout through', () => {
    writeFileSync(at('there.jsonl'), '');
    expect([at('new.jsonl'), at('there.jsonl'), '/dev/stdout'].map(outputProblem)).toEqual([null, null, null]);
  });
});
