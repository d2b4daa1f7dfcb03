import { PassThrough, Readable } from 'node:stream';
import { DEFAULT_TOP, UsageError, parseArgs } from './cli-args';
import { writeJsonDocument } from './json-output';
import { InputError, parseProblemText, readProblemText } from './read-problem';
import { ProblemValidationError } from '@brobygger/engine';

describe('parseArgs', () => {
  it('parses score with the default top', () => {
    expect(parseArgs(['score', 'p.json'])).toEqual({
      command: 'score',
      file: 'p.json',
      top: DEFAULT_TOP,
      all: false,
    });
  });

  it('parses --top K, --top=K, --all and - for stdin, options before or after the file', () => {
    expect(parseArgs(['score', '--top', '3', '-'])).toEqual({
      command: 'score',
      file: '-',
      top: 3,
      all: false,
    });
    expect(parseArgs(['score', 'p.json', '--top=5'])).toMatchObject({ top: 5 });
    expect(parseArgs(['score', 'p.json', '--all'])).toMatchObject({ all: true });
  });

  it('parses propose with and without --time-limit', () => {
    expect(parseArgs(['propose', 'p.json'])).toEqual({
      command: 'propose',
      file: 'p.json',
      timeLimitSeconds: undefined,
    });
    expect(parseArgs(['propose', '-', '--time-limit', '2.5'])).toMatchObject({
      file: '-',
      timeLimitSeconds: 2.5,
    });
  });

  it('recognises --help', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['score', '-h'])).toEqual({ command: 'help' });
  });

  it.each([
    [[], /missing command/],
    [['rank', 'p.json'], /unknown command "rank"/],
    [['score'], /missing PROBLEM.json/],
    [['score', 'a.json', 'b.json'], /expected one PROBLEM.json, got 2/],
    [['score', 'p.json', '--top'], /--top needs a value/],
    [['score', 'p.json', '--top', '0'], /--top: expected a whole number ≥ 1, got "0"/],
    [['score', 'p.json', '--top', 'ten'], /--top: expected a whole number/],
    [['score', 'p.json', '--top', '3', '--all'], /either --top K or --all/],
    [['score', 'p.json', '--time-limit', '3'], /unknown option "--time-limit" for score/],
    [['propose', 'p.json', '--all'], /unknown option "--all" for propose/],
    [
      ['propose', 'p.json', '--time-limit', '0'],
      /--time-limit: expected seconds > 0 and ≤ 600, got "0"/,
    ],
    [['propose', 'p.json', '--time-limit', '601'], /≤ 600/],
    [['propose', 'p.json', '--time-limit', 'abc'], /--time-limit/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseArgs(argv as string[])).toThrow(message as RegExp);
  });
});

describe('readProblemText', () => {
  it('reads standard input', async () => {
    await expect(
      readProblemText('-', Readable.from([Buffer.from('{"a":'), Buffer.from('1}')])),
    ).resolves.toBe('{"a":1}');
  });

  it('stops reading standard input beyond the size limit', async () => {
    const stdin = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(readProblemText('-', stdin, 1000)).rejects.toThrow(
      'standard input: problem is too large: 1200 bytes; the limit is 1000 bytes (stopped reading)',
    );
  });

  it('checks the file size before reading', async () => {
    await expect(readProblemText(__filename, Readable.from([]), 10)).rejects.toThrow(
      /problem is too large/,
    );
  });

  it('reports an unreadable file', async () => {
    await expect(readProblemText('/nonexistent/problem.json', Readable.from([]))).rejects.toThrow(
      new InputError('/nonexistent/problem.json: cannot read file (ENOENT)'),
    );
  });
});

describe('parseProblemText', () => {
  it('reports invalid JSON as an input error', () => {
    expect(() => parseProblemText('{"format": ', 'x.json')).toThrow(/^x.json: invalid JSON: /);
  });

  it('accepts a byte-order mark and passes validation errors through', () => {
    expect(() => parseProblemText('\ufeff{"format":"brobygger.problem/v1"}', 'x.json')).toThrow(
      ProblemValidationError,
    );
  });
});

describe('writeJsonDocument', () => {
  async function render(doc: object, key?: string): Promise<string> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeJsonDocument(out, doc, key);
    out.end();
    return Buffer.concat(chunks).toString('utf8');
  }

  it('streams a long list byte-identical to JSON.stringify', async () => {
    const doc = {
      format: 'x',
      scores: Array.from({ length: 5_001 }, (_, i) => ({ i, s: `ø${i}` })),
      tail: 1,
    };
    await expect(render(doc, 'scores')).resolves.toBe(JSON.stringify(doc) + '\n');
  });

  it('writes short documents in one piece', async () => {
    await expect(render({ a: [1, 2] }, 'a')).resolves.toBe('{"a":[1,2]}\n');
  });
});
