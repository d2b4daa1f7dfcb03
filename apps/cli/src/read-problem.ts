/** Reads a problem document from a file or standard input, with the size limit checked before parsing. */
import { createReadStream, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import {
  MAX_PROBLEM_BYTES,
  Problem,
  parseProblem,
  problemTooLargeMessage,
} from '@brobygger/engine';

/** Input that cannot be used (unreadable, too large, not JSON): exit 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

async function readLimited(stream: Readable, source: string, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > limit) {
      stream.destroy();
      throw new InputError(`${source}: ${problemTooLargeMessage(total, limit)} (stopped reading)`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

export async function readProblemText(
  file: string,
  stdin: Readable,
  limit = MAX_PROBLEM_BYTES,
): Promise<string> {
  if (file === '-') return readLimited(stdin, 'standard input', limit);
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new InputError(`${file}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  if (size > limit) throw new InputError(`${file}: ${problemTooLargeMessage(size, limit)}`);
  try {
    return await readLimited(createReadStream(file), file, limit);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

/** Parses JSON text and validates it; ProblemValidationError propagates with its JSON path. */
export function parseProblemText(text: string, source: string): Problem {
  let json: unknown;
  try {
    // Strip a UTF-8 byte-order mark, which some editors write.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputError(`${source}: invalid JSON: ${(error as Error).message}`);
  }
  return parseProblem(json);
}
