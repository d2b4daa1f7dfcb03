/**
 * Explanations of proposals and reasons for unmatched needs: the decision as codes with parameters
 * (proposal-codes.ts, reason-codes.ts) and its wording per locale (catalogue.ts: nb, nn, en).
 */
import { ExplanationItem, UnmatchedReason } from '../../exchange/explanation-codes';
import { Locale } from '../../exchange/types';
import { Candidate } from '../consortium.types';
import { FormationContext } from '../formation-context';
import { renderExplanation, renderReason } from './catalogue';
import { interestCodes } from './interest-codes';
import { proposalCodes } from './proposal-codes';
import { SelectionInfo, unmatchedReasonCode } from './reason-codes';

export type { SelectionInfo } from './reason-codes';
export { orgName, renderExplanation, renderReason } from './catalogue';
export { THEME_LABELS } from './words';
export { PROGRAMME_MINIMUMS } from './proposal-codes';

/** A proposal's explanation: the text in the locale and the codes it says. */
export function explainProposal(
  ctx: FormationContext,
  c: Candidate,
  locale: Locale,
): { explanation: string; explanationCodes: ExplanationItem[] } {
  const explanationCodes = [...proposalCodes(ctx, c), ...interestCodes(ctx, c)];
  return { explanation: renderExplanation(locale, explanationCodes), explanationCodes };
}

/** Why need n is in no proposal: the text in the locale and the code with its evidence. */
export function unmatchedReason(
  ctx: FormationContext,
  n: number,
  info: SelectionInfo,
  locale: Locale,
): {
  reason: string;
  reasonCode: UnmatchedReason['code'];
  reasonParams: UnmatchedReason['params'];
} {
  const r = unmatchedReasonCode(ctx, n, info);
  return { reason: renderReason(locale, r), reasonCode: r.code, reasonParams: r.params };
}
