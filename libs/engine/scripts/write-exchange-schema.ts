/**
 * Writes docs/exchange.schema.json, the JSON Schema of the matching exchange format, from the engine's zod schema
 * (`npm run schema:exchange`). A unit test (libs/engine/src/exchange/schema.spec.ts) fails while the committed file
 * differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exchangeJsonSchemaText } from '@brobygger/engine/exchange/schema';

const file = join(__dirname, '../../../docs/exchange.schema.json');
writeFileSync(file, exchangeJsonSchemaText());
process.stderr.write(`wrote ${file}\n`);
