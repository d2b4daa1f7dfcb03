/** The INTEREST_EXPRESSED sentences of a proposal: groups whose expressed interest raised a pair's affinity. */
import { ExplanationItem } from '../../exchange/explanation-codes';
import { Candidate } from '../consortium.types';
import { FormationContext } from '../formation-context';
import { groupRef, needRef } from './refs';

export function interestCodes(ctx: FormationContext, c: Candidate): ExplanationItem[] {
  const items: ExplanationItem[] = [];
  for (const p of c.profiles) {
    const needs = c.needs.filter((n) => ctx.affinity(n, p).interest);
    if (needs.length > 0)
      items.push({
        code: 'INTEREST_EXPRESSED',
        params: { group: groupRef(ctx, p), needs: needs.map((n) => needRef(ctx, n)) },
      });
  }
  return items;
}
