/** The input limits live in one module shared with the repositories (and documented in the schema). */
export {
  CONTACTS_MAX,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  KEYWORD_MAX,
  LIST_MAX,
  NAME_MAX,
  PERSON_MONTHS_MAX,
  PHONE_MAX,
  REASON_MAX,
  REFERENCE_TITLE_MAX,
  SEARCH_TEXT_MAX,
  TITLE_MAX,
  URL_MAX,
} from '@brobygger/persistence/limits';
