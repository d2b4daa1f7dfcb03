/** Writes result documents to a stream as JSON, in chunks, so large `--all` score lists never become one string. */
import { Writable } from 'node:stream';

const CHUNK_ITEMS = 2_000;

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else out.once('drain', () => resolve());
  });
}

/**
 * Writes `doc` as compact JSON followed by a newline. The array under `listKey` is streamed in chunks; the output is
 * byte-identical to `JSON.stringify(doc) + '\n'`.
 */
export async function writeJsonDocument(
  out: Writable,
  doc: object,
  listKey?: string,
): Promise<void> {
  const record = doc as Record<string, unknown>;
  const list = listKey !== undefined ? record[listKey] : undefined;
  if (!Array.isArray(list) || list.length <= CHUNK_ITEMS) {
    await write(out, JSON.stringify(doc) + '\n');
    return;
  }
  const head = JSON.stringify({ ...record, [listKey as string]: [] });
  // head ends with `"<listKey>":[]...}`; split at the placeholder so the key order stays as in the document.
  const marker = `${JSON.stringify(listKey)}:[]`;
  const at = head.indexOf(marker);
  await write(out, head.slice(0, at + marker.length - 1));
  for (let i = 0; i < list.length; i += CHUNK_ITEMS) {
    const part = list.slice(i, i + CHUNK_ITEMS).map((item) => JSON.stringify(item ?? null));
    await write(out, (i === 0 ? '' : ',') + part.join(','));
  }
  await write(out, head.slice(at + marker.length - 1) + '\n');
}
