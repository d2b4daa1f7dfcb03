/**
 * The wording of every notification and e-mail in bokmål (nb), nynorsk (nn) and English (en). A notification is
 * stored as its kind and parameters and worded when it is read or mailed, in the reader's language then.
 */
import type {
  Language,
  NotificationKind,
} from '@brobygger/persistence/repositories/notification.repository';

export interface Wording {
  title: string;
  body: string;
}

type Params = Record<string, unknown>;

/** The project type with its indefinite article. */
const PROJECT_TYPES: Record<Language, Record<string, string>> = {
  nb: {
    INNOVATION_PROJECT: 'et innovasjonsprosjekt',
    COMPETENCE_PROJECT: 'et kompetanseprosjekt',
    PRE_PROJECT: 'et forprosjekt',
  },
  nn: {
    INNOVATION_PROJECT: 'eit innovasjonsprosjekt',
    COMPETENCE_PROJECT: 'eit kompetanseprosjekt',
    PRE_PROJECT: 'eit forprosjekt',
  },
  en: {
    INNOVATION_PROJECT: 'an innovation project',
    COMPETENCE_PROJECT: 'a competence project',
    PRE_PROJECT: 'a pre-project',
  },
};

const DATE_LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function typeOf(p: Params, language: Language): string {
  return PROJECT_TYPES[language][text(p.projectType)] ?? text(p.projectType);
}

function dateOf(value: unknown, language: Language): string {
  return new Date(text(value)).toLocaleDateString(DATE_LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Oslo',
  });
}

type Catalogue = Record<NotificationKind | 'USER_INVITED', (p: Params) => Wording>;

function catalogue(language: Language): Catalogue {
  const type = (p: Params) => typeOf(p, language);
  switch (language) {
    case 'nb':
      return {
        PROPOSAL_INCLUDED: (p) => ({
          title: 'Dere er med i et nytt forslag',
          body: `En matching i ${text(p.arena)} foreslår ${type(p)} ledet av ${text(p.lead)} der organisasjonen deres er med.`,
        }),
        CONSORTIUM_INVITED: (p) => ({
          title: 'Invitasjon til et konsortium',
          body: `Organisasjonen deres er invitert til ${type(p)} ledet av ${text(p.lead)}. Svar på invitasjonen på konsortiets side.`,
        }),
        INVITATION_REMINDER: (p) => ({
          title: 'Påminnelse: invitasjonen er ikke besvart',
          body: `${text(p.organization)} har ikke svart på invitasjonen til ${type(p)} ledet av ${text(p.lead)} etter ${text(p.days)} dager.`,
        }),
        MEMBER_RESPONDED: (p) => ({
          title: `${text(p.organization)} takket ${p.accepted ? 'ja' : 'nei'}`,
          body:
            `${text(p.organization)} har takket ${p.accepted ? 'ja' : 'nei'} til ${type(p)} ledet av ${text(p.lead)}.` +
            (p.reason ? ` Begrunnelsen er «${text(p.reason)}».` : ''),
        }),
        CONSORTIUM_CONFIRMED: (p) => ({
          title: 'Konsortiet er bekreftet',
          body: `Alle medlemmene har takket ja til ${type(p)} ledet av ${text(p.lead)}, og programreglene er oppfylt.`,
        }),
        CONSORTIUM_NEEDS_ATTENTION: (p) => ({
          title: 'Konsortiet trenger oppfølging',
          body: `Behovet «${text(p.need)}» fra ${text(p.organization)} er trukket tilbake, så ${type(p)} ledet av ${text(p.lead)} må vurderes på nytt.`,
        }),
        INTEREST_EXPRESSED: (p) => ({
          title: 'Interesse for behovet deres',
          body: `${text(p.group)} har meldt interesse for behovet «${text(p.need)}».`,
        }),
        MATCH_RUN_FINISHED: (p) => ({
          title: 'Matchingen er ferdig',
          body: `Matchingen i ${text(p.arena)} ga ${text(p.proposals)} forslag, og ${text(p.unmatched)} behov fikk ikke noe forslag.`,
        }),
        MATCH_RUN_FAILED: (p) => ({
          title: 'Matchingen feilet',
          body: `Matchingen i ${text(p.arena)} feilet: ${text(p.error)}`,
        }),
        USER_INVITED: (p) => ({
          title: 'Invitasjon til Brobygger',
          body: `${text(p.invitedBy) || 'En administrator'} har invitert deg til Brobygger. Åpne lenken for å velge passord og logge inn; den gjelder til ${dateOf(p.expiresAt, language)}.`,
        }),
      };
    case 'nn':
      return {
        PROPOSAL_INCLUDED: (p) => ({
          title: 'De er med i eit nytt forslag',
          body: `Ei matching i ${text(p.arena)} føreslår ${type(p)} leia av ${text(p.lead)} der organisasjonen dykkar er med.`,
        }),
        CONSORTIUM_INVITED: (p) => ({
          title: 'Invitasjon til eit konsortium',
          body: `Organisasjonen dykkar er invitert til ${type(p)} leia av ${text(p.lead)}. Svar på invitasjonen på sida til konsortiet.`,
        }),
        INVITATION_REMINDER: (p) => ({
          title: 'Påminning: invitasjonen er ikkje svart på',
          body: `${text(p.organization)} har ikkje svart på invitasjonen til ${type(p)} leia av ${text(p.lead)} etter ${text(p.days)} dagar.`,
        }),
        MEMBER_RESPONDED: (p) => ({
          title: `${text(p.organization)} takka ${p.accepted ? 'ja' : 'nei'}`,
          body:
            `${text(p.organization)} har takka ${p.accepted ? 'ja' : 'nei'} til ${type(p)} leia av ${text(p.lead)}.` +
            (p.reason ? ` Grunngivinga er «${text(p.reason)}».` : ''),
        }),
        CONSORTIUM_CONFIRMED: (p) => ({
          title: 'Konsortiet er stadfesta',
          body: `Alle medlemmene har takka ja til ${type(p)} leia av ${text(p.lead)}, og programreglane er oppfylte.`,
        }),
        CONSORTIUM_NEEDS_ATTENTION: (p) => ({
          title: 'Konsortiet treng oppfølging',
          body: `Behovet «${text(p.need)}» frå ${text(p.organization)} er trekt tilbake, så ${type(p)} leia av ${text(p.lead)} må vurderast på nytt.`,
        }),
        INTEREST_EXPRESSED: (p) => ({
          title: 'Interesse for behovet dykkar',
          body: `${text(p.group)} har meldt interesse for behovet «${text(p.need)}».`,
        }),
        MATCH_RUN_FINISHED: (p) => ({
          title: 'Matchinga er ferdig',
          body: `Matchinga i ${text(p.arena)} gav ${text(p.proposals)} forslag, og ${text(p.unmatched)} behov fekk ikkje noko forslag.`,
        }),
        MATCH_RUN_FAILED: (p) => ({
          title: 'Matchinga feila',
          body: `Matchinga i ${text(p.arena)} feila: ${text(p.error)}`,
        }),
        USER_INVITED: (p) => ({
          title: 'Invitasjon til Brobygger',
          body: `${text(p.invitedBy) || 'Ein administrator'} har invitert deg til Brobygger. Opne lenkja for å velje passord og logge inn; ho gjeld til ${dateOf(p.expiresAt, language)}.`,
        }),
      };
    case 'en':
      return {
        PROPOSAL_INCLUDED: (p) => ({
          title: 'You are in a new proposal',
          body: `A match run in ${text(p.arena)} proposes ${type(p)} led by ${text(p.lead)} that includes your organization.`,
        }),
        CONSORTIUM_INVITED: (p) => ({
          title: 'Invitation to a consortium',
          body: `Your organization is invited to ${type(p)} led by ${text(p.lead)}. Answer the invitation on the consortium's page.`,
        }),
        INVITATION_REMINDER: (p) => ({
          title: 'Reminder: the invitation is not answered',
          body: `${text(p.organization)} has not answered the invitation to ${type(p)} led by ${text(p.lead)} after ${text(p.days)} days.`,
        }),
        MEMBER_RESPONDED: (p) => ({
          title: `${text(p.organization)} ${p.accepted ? 'accepted' : 'declined'}`,
          body:
            `${text(p.organization)} ${p.accepted ? 'accepted' : 'declined'} the invitation to ${type(p)} led by ${text(p.lead)}.` +
            (p.reason ? ` The reason given is "${text(p.reason)}".` : ''),
        }),
        CONSORTIUM_CONFIRMED: (p) => ({
          title: 'The consortium is confirmed',
          body: `Every member accepted ${type(p)} led by ${text(p.lead)}, and the programme rules hold.`,
        }),
        CONSORTIUM_NEEDS_ATTENTION: (p) => ({
          title: 'The consortium needs attention',
          body: `The need "${text(p.need)}" of ${text(p.organization)} was withdrawn, so ${type(p)} led by ${text(p.lead)} must be reviewed.`,
        }),
        INTEREST_EXPRESSED: (p) => ({
          title: 'Interest in your need',
          body: `${text(p.group)} expressed interest in the need "${text(p.need)}".`,
        }),
        MATCH_RUN_FINISHED: (p) => ({
          title: 'The match run finished',
          body: `The match run in ${text(p.arena)} gave ${text(p.proposals)} proposals, and ${text(p.unmatched)} needs got none.`,
        }),
        MATCH_RUN_FAILED: (p) => ({
          title: 'The match run failed',
          body: `The match run in ${text(p.arena)} failed: ${text(p.error)}`,
        }),
        USER_INVITED: (p) => ({
          title: 'Invitation to Brobygger',
          body: `${text(p.invitedBy) || 'An administrator'} invited you to Brobygger. Open the link to choose a password and sign in; it is valid until ${dateOf(p.expiresAt, language)}.`,
        }),
      };
  }
}

const CATALOGUES: Record<Language, Catalogue> = {
  nb: catalogue('nb'),
  nn: catalogue('nn'),
  en: catalogue('en'),
};

/** The title and sentence of one notification (or invitation e-mail) in `language`. */
export function word(
  kind: NotificationKind | 'USER_INVITED',
  params: Params,
  language: Language,
): Wording {
  return CATALOGUES[language][kind](params);
}

const DIGEST: Record<Language, { subject: string; intro: (n: number) => string }> = {
  nb: {
    subject: 'Dagens varsler fra Brobygger',
    intro: (n) =>
      `Du har ${n} ${n === 1 ? 'nytt varsel' : 'nye varsler'} siden forrige oppsummering.`,
  },
  nn: {
    subject: 'Dagens varsel frå Brobygger',
    intro: (n) => `Du har ${n} ${n === 1 ? 'nytt varsel' : 'nye varsel'} sidan førre oppsummering.`,
  },
  en: {
    subject: 'Your notifications from Brobygger today',
    intro: (n) =>
      `You have ${n} new ${n === 1 ? 'notification' : 'notifications'} since the last digest.`,
  },
};

/** Footer of every e-mail: where to change what one receives. */
const FOOTER: Record<Language, string> = {
  nb: 'Du kan endre hvilke varsler du får på e-post under Varsler i Brobygger.',
  nn: 'Du kan endre kva varsel du får på e-post under Varsel i Brobygger.',
  en: 'You can change which notifications you get by e-mail under Notifications in Brobygger.',
};

export interface MailText {
  subject: string;
  text: string;
}

/** An e-mail of one notification or invitation: the title as subject, the sentence, the link and the footer. */
export function mailOf(
  kind: NotificationKind | 'USER_INVITED',
  params: Params,
  language: Language,
  url: string | null,
): MailText {
  const w = word(kind, params, language);
  return {
    subject: w.title,
    text: [w.body, url, kind === 'USER_INVITED' ? null : FOOTER[language]]
      .filter(Boolean)
      .join('\n\n'),
  };
}

/** The daily digest: one line per notification with its link. */
export function digestOf(
  items: ReadonlyArray<{ kind: NotificationKind; params: Params; url: string | null }>,
  language: Language,
): MailText {
  const lines = items.map((i) => {
    const w = word(i.kind, i.params, language);
    return `• ${w.title}: ${w.body}${i.url ? `\n  ${i.url}` : ''}`;
  });
  return {
    subject: DIGEST[language].subject,
    text: [DIGEST[language].intro(items.length), lines.join('\n'), FOOTER[language]].join('\n\n'),
  };
}
