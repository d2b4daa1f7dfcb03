/** Text length limits shared by the inputs (and documented in the schema). */
export const TITLE_MAX = 200;
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
export const SEARCH_TEXT_MAX = 200;
export const LIST_MAX = 50;
export const CONTACTS_MAX = 10;
export const KEYWORD_MAX = 100;
