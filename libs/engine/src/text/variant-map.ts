import { dictionary } from './dictionary';
/**
 * Nynorsk → bokmål variant map. Nynorsk and bokmål spell many of the same words differently
 * (forsking/forskning, teneste/tjeneste); mapping the nynorsk form onto the bokmål one lets a need written in
 * nynorsk meet a profile written in bokmål. Applied to surface words before stemming, and (through
 * NN_STEM_TO_NB_STEM, built by the analyzer) to stems, so inflected forms not listed here are covered too.
 */

/** nynorsk form → bokmål form (lower-case, base forms and a few frequent inflections). */
// prettier-ignore
export const NYNORSK_TO_BOKMAAL: Readonly<Record<string, string>> = dictionary({
  // function words (also stop words; mapped so language-neutral processing sees one form)
  ikkje: 'ikke', eg: 'jeg', korleis: 'hvordan', kva: 'hva', kvifor: 'hvorfor', kven: 'hvem', kvar: 'hver',
  frå: 'fra', òg: 'også', vere: 'være', dei: 'de', berre: 'bare', mykje: 'mye', noko: 'noe', nokon: 'noen',
  fleire: 'flere', meir: 'mer', utan: 'uten', sjølv: 'selv', eigen: 'egen', heile: 'hele', difor: 'derfor',
  // research and knowledge
  forsking: 'forskning', forskinga: 'forskningen', forskar: 'forsker', forskarar: 'forskere',
  følgjeforsking: 'følgeforskning', følgjeevaluering: 'følgeevaluering', kunnskapsgrunnlag: 'kunnskapsgrunnlag',
  røynsle: 'erfaring', røynsler: 'erfaringer', utgreiing: 'utredning', kartlegging: 'kartlegging',
  undersøking: 'undersøkelse', vurdering: 'vurdering', evaluering: 'evaluering', medverknad: 'medvirkning',
  verknad: 'virkning', verknader: 'virkninger',
  // services and organisation
  teneste: 'tjeneste', tenesta: 'tjenesten', tenester: 'tjenester', tenestene: 'tjenestene',
  tenesteinnovasjon: 'tjenesteinnovasjon', tenesteutvikling: 'tjenesteutvikling',
  heimeteneste: 'hjemmetjeneste', heimetenester: 'hjemmetjenester', heimetenesta: 'hjemmetjenesten',
  heim: 'hjem', heime: 'hjemme', kommunane: 'kommunene', kommunar: 'kommuner', fylkeskommunane: 'fylkeskommunene',
  verksemd: 'virksomhet', verksemder: 'virksomheter', leiing: 'ledelse', leiar: 'leder', leiarar: 'ledere',
  tilsette: 'ansatte', tilsett: 'ansatt', medarbeidarar: 'medarbeidere', arbeidsgjevar: 'arbeidsgiver',
  innbyggjar: 'innbygger', innbyggjarar: 'innbyggere', brukar: 'bruker', brukarar: 'brukere',
  tilbod: 'tilbud', tilboda: 'tilbudene', løysing: 'løsning', løysingar: 'løsninger', løysingane: 'løsningene',
  utfordringar: 'utfordringer', utfordringane: 'utfordringene', samhandling: 'samhandling',
  // health and care
  sjukeheim: 'sykehjem', sjukeheimar: 'sykehjem', sjukepleiar: 'sykepleier', sjukepleiarar: 'sykepleiere',
  sjukdom: 'sykdom', sjuk: 'syk', sjuke: 'syke', omsorgsteneste: 'omsorgstjeneste',
  omsorgstenester: 'omsorgstjenester', helsetenester: 'helsetjenester', helseteneste: 'helsetjeneste',
  pårørande: 'pårørende', bebuarar: 'beboere', bebuar: 'beboer', rusomsorg: 'rusomsorg',
  // childhood and education
  skule: 'skole', skulen: 'skolen', skular: 'skoler', skulane: 'skolene', grunnskule: 'grunnskole',
  vidaregåande: 'videregående', born: 'barn', borna: 'barna', ungdomar: 'ungdommer', elevar: 'elever',
  lærar: 'lærer', lærarar: 'lærere', barnehagar: 'barnehager', barnehagane: 'barnehagene', oppseding: 'oppdragelse',
  // planning, climate, energy, housing
  bustad: 'bolig', bustader: 'boliger', busetjing: 'bosetting', busetting: 'bosetting', vatn: 'vann',
  straum: 'strøm', klimatilpassing: 'klimatilpasning', tilpassing: 'tilpasning', utsleppa: 'utslippene',
  utslepp: 'utslipp', avfallshandtering: 'avfallshåndtering', handtering: 'håndtering', bygningar: 'bygninger',
  vegar: 'veier', veg: 'vei', vegen: 'veien', kollektivtransport: 'kollektivtransport', nærleik: 'nærhet',
  ombruk: 'ombruk', gjenbruk: 'gjenbruk', sirkulærøkonomi: 'sirkulærøkonomi', berekraft: 'bærekraft',
  berekraftig: 'bærekraftig', fornying: 'fornyelse', innkjøp: 'innkjøp', anskaffingar: 'anskaffelser',
  anskaffing: 'anskaffelse',
  // society, participation, inclusion
  innvandrarar: 'innvandrere', innvandrar: 'innvandrer', flyktningar: 'flyktninger', frivillige: 'frivillige',
  lokalsamfunna: 'lokalsamfunnene', samfunnet: 'samfunnet', deltaking: 'deltakelse', deltakarar: 'deltakere',
  einsemd: 'ensomhet', tryggleik: 'trygghet', openheit: 'åpenhet', open: 'åpen', offentleg: 'offentlig',
  kommunal: 'kommunal', næringsutvikling: 'næringsutvikling', verdiskaping: 'verdiskaping', reiseliv: 'reiseliv',
  digitalisering: 'digitalisering', digitale: 'digitale', eldre: 'eldre', fagleg: 'faglig', heilskapleg: 'helhetlig',
  // frequent general words
  flaum: 'flom', flaumar: 'flommer', vatnet: 'vannet', eining: 'enhet', einingar: 'enheter', gong: 'gang',
  gonger: 'ganger', auke: 'øke', aukar: 'øker', auka: 'økt', aukande: 'økende', mogleg: 'mulig',
  moglegheit: 'mulighet', moglegheiter: 'muligheter', ønskjer: 'ønsker', ynskje: 'ønske', treng: 'trenger',
  saman: 'sammen', vidare: 'videre', fråfall: 'frafall', fråvær: 'fravær', sjukefråvær: 'sykefravær',
  kyrkje: 'kirke', verda: 'verden', spørsmål: 'spørsmål', svar: 'svar', bygdene: 'bygdene', tenkje: 'tenke',
  arbeidsplassar: 'arbeidsplasser', kvardag: 'hverdag', kvardagen: 'hverdagen', tiltaka: 'tiltakene',
  prosjekta: 'prosjektene', lærdom: 'lærdom', lågare: 'lavere', låg: 'lav', høgare: 'høyere', høg: 'høy',
  høgt: 'høyt', stad: 'sted', stader: 'steder', staden: 'stedet', folk: 'folk', føresette: 'foresatte',
});

/**
 * Regular nynorsk → bokmål suffix correspondences, applied to words not in the map (offentleg → offentlig,
 * openheit → åpenhet is irregular and listed above). The stem before the suffix must have at least 3 letters.
 */
export const NYNORSK_SUFFIX_RULES: ReadonlyArray<readonly [string, string]> = [
  // -gj-/-kj- before a front vowel: planleggjing → planlegging, leggje → legge, søkje → søke
  ['gjinga', 'gingen'],
  ['gjing', 'ging'],
  ['gje', 'ge'],
  ['kje', 'ke'],
  ['legare', 'ligere'],
  ['lege', 'lige'],
  ['leg', 'lig'],
  ['heita', 'heten'],
  ['heiter', 'heter'],
  ['heit', 'het'],
];

/** Shortest map entry used as the head of a compound (shorter ones, like veg or dei, are too ambiguous). */
const MIN_COMPOUND_HEAD = 4;
/** Shortest modifier left in front of a mapped head. */
const MIN_COMPOUND_MODIFIER = 3;

/**
 * Map one lower-cased Norwegian word to its bokmål variant (identity when unknown). A word not in the map may
 * be a compound whose head is (overvatn → overvann, sjukeheimane → sykehjemmene): the longest mapped head of at
 * least four letters is replaced, and so is the modifier when it, or it without a linking -s-/-e-, is mapped
 * too (sjuke·fråvær → sykefravær). Otherwise the regular suffix rules apply.
 */
export function toBokmaal(word: string): string {
  const mapped = NYNORSK_TO_BOKMAAL[word];
  if (mapped !== undefined) return mapped;
  for (const length of headLengths()) {
    if (word.length - length < MIN_COMPOUND_MODIFIER) continue;
    const head = NYNORSK_TO_BOKMAAL[word.slice(word.length - length)];
    if (head === undefined) continue;
    return mapModifier(word.slice(0, word.length - length)) + head;
  }
  for (const [suffix, replacement] of NYNORSK_SUFFIX_RULES) {
    if (word.length >= suffix.length + 3 && word.endsWith(suffix)) {
      return word.slice(0, word.length - suffix.length) + replacement;
    }
  }
  return word;
}

let lengths: number[] | undefined;
/** Distinct lengths of the map's entries usable as compound heads, longest first. */
function headLengths(): number[] {
  lengths ??= [...new Set(Object.keys(NYNORSK_TO_BOKMAAL).map((k) => k.length))]
    .filter((l) => l >= MIN_COMPOUND_HEAD)
    .sort((a, b) => b - a);
  return lengths;
}

function mapModifier(modifier: string): string {
  const whole = NYNORSK_TO_BOKMAAL[modifier];
  if (whole !== undefined) return whole;
  const last = modifier[modifier.length - 1];
  if (modifier.length > MIN_COMPOUND_MODIFIER + 1 && (last === 's' || last === 'e')) {
    const inner = NYNORSK_TO_BOKMAAL[modifier.slice(0, -1)];
    if (inner !== undefined) return inner + last;
  }
  return modifier;
}
