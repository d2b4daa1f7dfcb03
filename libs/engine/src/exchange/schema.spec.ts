import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proposeConsortia } from '../consortium/propose';
import { westernArena } from '../consortium/testing/problem-builder';
import { scoreProblem } from '../text/score';
import { DEFAULT_SETTINGS, resolveSettings } from './settings';
import { exchangeJsonSchemaText, settingsSchema } from './schema';
import { parseProblem, ProblemValidationError } from './validate';

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
    });

    it('accepts the engine’s problem, scores and proposals and rejects what parseProblem rejects', async () => {
      const validate = new Ajv2020({ allErrors: false }).compile(
        JSON.parse(exchangeJsonSchemaText()),
      );
      const problem = westernArena({
        locale: 'en',
        sizes: { PRE_PROJECT: { maxMunicipalities: 2 } },
      });
      const scores = scoreProblem(problem, resolveSettings(problem.settings), { top: 3 });
      const proposals = await proposeConsortia(problem);
      expect(proposals.proposals.length).toBeGreaterThan(0);
      for (const document of [problem, scores, proposals]) {
        expect([validate(JSON.parse(JSON.stringify(document))), validate.errors]).toEqual([
          true,
          null,
        ]);
      }
      const invalid = [
        { ...problem, format: 'brobygger.problem/v2' },
        { ...problem, needs: [{ ...problem.needs[0], projectType: 'MAIN_PROJECT' }] },
        { ...problem, needs: [{ ...problem.needs[0], title: '  ' }] },
        { ...problem, settings: { timelimit: 5 } },
        { ...problem, settings: { sizes: { PRE_PROJECT: { minMunicipalities: 0 } } } },
      ];
      for (const document of invalid) {
        expect(validate(document)).toBe(false);
        expect(() => parseProblem(document)).toThrow(ProblemValidationError);
      }
    });
  });

  describe('parseProblem', () => {
    it('reports a shape error before a bad reference earlier in the document', () => {
      const problem = westernArena();
      problem.needs[0].organizationId = 'm-nowhere';
      problem.needs[1].title = ' ';
      expect(() => parseProblem(problem)).toThrow('needs[1].title: must not be empty');
      problem.needs[1].title = 'Overvann';
      expect(() => parseProblem(problem)).toThrow(
        'needs[0].organizationId: unknown organization "m-nowhere"',
      );
    });
  });

  describe('settingsSchema', () => {
    it('accepts the defaults as resolved settings', () => {
      expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    });
  });
});
