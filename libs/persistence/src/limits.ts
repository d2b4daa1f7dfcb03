/**
 * Input limits: the one place that owns them. The API's inputs (apps/api/src/common/validation) and the
 * repositories' own checks (validation.ts) both use these, and both count text length the same way — in Unicode
 * code points (`textLength`), so an emoji is one character.
 */
export const TITLE_MAX = 200;
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
export const SEARCH_TEXT_MAX = 200;
/** Keywords, methods, references and other lists. */
export const LIST_MAX = 50;
export const KEYWORD_MAX = 100;
/** Contact persons of one need, profile or organization. */
export const CONTACTS_MAX = 10;
export const EMAIL_MAX = 320;
export const PHONE_MAX = 40;
export const REFERENCE_TITLE_MAX = 400;
export const URL_MAX = 2000;
/** Reasons given for a decision (declines, rule warnings, status changes). */
export const REASON_MAX = 2000;
/** A municipality's committed person-months (in a need or a consortium answer). */
export const PERSON_MONTHS_MAX = 1000;

/** Length of a text in Unicode code points (an emoji or a letter outside the BMP counts as one). */
export function textLength(text: string): number {
  return [...text].length;
}
