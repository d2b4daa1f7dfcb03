import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from './settings';
import { exchangeJsonSchemaText, settingsSchema } from './schema';

describe('exchange schema', () => {
  describe('exchangeJsonSchemaText', () => {
    it('equals the committed docs/exchange.schema.json (after a schema change: npm run schema:exchange)', () => {
      const committed = readFileSync(
        join(__dirname, '../../../../docs/exchange.schema.json'),
        'utf8',
      );
      expect(committed).toBe(exchangeJsonSchemaText());
    });

    it('publishes the three documents, told apart by their format', () => {
      const schema = JSON.parse(exchangeJsonSchemaText());
      const formats = schema.anyOf.map(
        (ref: { $ref: string }) =>
          schema.$defs[ref.$ref.replace('#/$defs/', '')].properties.format.const,
      );
      expect(formats).toEqual([
        'brobygger.problem/v1',
        'brobygger.scores/v1',
        'brobygger.proposals/v1',
      ]);
      expect(schema.$defs.Need.required).toEqual(['id', 'organizationId', 'title']);
      expect(schema.$defs.Settings.additionalProperties).toBe(false);
    });
  });

  describe('settingsSchema', () => {
    it('accepts the defaults as resolved settings', () => {
      expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    });
  });
});
