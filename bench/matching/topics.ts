/**
 * Planted topics of the benchmark generator: realistic municipal wording in bokmål and English for each topic, with
 * nynorsk derived through a word map (plus a few hand-written nynorsk forms). Each topic belongs to a main theme
 * and sometimes a second one. The first term of each list is the topic's head phrase.
 */
import { Theme } from '@brobygger/engine';

export interface Topic {
  id: string;
  themes: Theme[];
  nb: string[];
  en: string[];
}

export const TOPICS: Topic[] = [
  // HEALTH_AND_CARE
  {
    id: 'welfare-tech',
    themes: ['HEALTH_AND_CARE', 'DIGITALISATION'],
    nb: [
      'velferdsteknologi i hjemmetjenesten',
      'digitalt tilsyn',
      'trygghetsalarm',
      'sensorteknologi',
      'medisindispenser',
      'hjemmeboende eldre',
      'nattlig kameratilsyn',
    ],
    en: [
      'welfare technology in home care',
      'digital supervision',
      'safety alarms',
      'sensor technology',
      'medication dispensers',
      'older people living at home',
      'camera-based night supervision',
    ],
  },
  {
    id: 'dementia',
    themes: ['HEALTH_AND_CARE'],
    nb: [
      'demensvennlig kommune',
      'personer med demens',
      'pårørendestøtte',
      'dagaktivitetstilbud',
      'tidlig utredning av demens',
      'avlastning for pårørende',
    ],
    en: [
      'dementia-friendly municipality',
      'people with dementia',
      'support for family carers',
      'day activity services',
      'early dementia assessment',
      'respite care for relatives',
    ],
  },
  {
    id: 'care-recruitment',
    themes: ['HEALTH_AND_CARE', 'LEADERSHIP_AND_WORKPLACE'],
    nb: [
      'rekruttering av sykepleiere',
      'heltidskultur',
      'turnus og arbeidstid',
      'kompetanseheving i omsorgstjenesten',
      'oppgavedeling',
      'bemanning i sykehjem',
    ],
    en: [
      'nurse recruitment',
      'full-time work culture',
      'shift rotas and working hours',
      'upskilling in care services',
      'task sharing',
      'staffing in nursing homes',
    ],
  },
  {
    id: 'mental-health',
    themes: ['HEALTH_AND_CARE', 'INCLUSION_AND_INTEGRATION'],
    nb: [
      'psykisk helse og rus',
      'lavterskeltilbud',
      'oppsøkende behandlingsteam',
      'brukermedvirkning i psykisk helsearbeid',
      'ettervern etter rusbehandling',
    ],
    en: [
      'mental health and substance use',
      'low-threshold services',
      'assertive outreach teams',
      'user involvement in mental health work',
      'aftercare following addiction treatment',
    ],
  },
  // EDUCATION_AND_CHILDHOOD
  {
    id: 'school-absence',
    themes: ['EDUCATION_AND_CHILDHOOD'],
    nb: [
      'skolefravær',
      'skolevegring',
      'tidlig innsats i skolen',
      'samarbeid mellom skole og hjem',
      'elever som faller ut av skolen',
    ],
    en: [
      'school absenteeism',
      'school refusal',
      'early intervention in school',
      'home-school collaboration',
      'pupils dropping out of school',
    ],
  },
  {
    id: 'kindergarten',
    themes: ['EDUCATION_AND_CHILDHOOD'],
    nb: [
      'kvalitet i barnehagen',
      'språkutvikling hos barn',
      'barnehagelærere',
      'overgangen fra barnehage til skole',
      'lek og læring',
    ],
    en: [
      'quality in kindergartens',
      'language development in children',
      'kindergarten teachers',
      'the transition from kindergarten to school',
      'play and learning',
    ],
  },
  {
    id: 'child-welfare',
    themes: ['EDUCATION_AND_CHILDHOOD', 'HEALTH_AND_CARE'],
    nb: [
      'tverrfaglig samarbeid om utsatte barn',
      'barnevernsreformen',
      'forebyggende barnevern',
      'familieveiledning',
      'tidlig identifisering av omsorgssvikt',
    ],
    en: [
      'interdisciplinary work with vulnerable children',
      'the child welfare reform',
      'preventive child welfare',
      'family guidance',
      'early identification of neglect',
    ],
  },
  // CLIMATE_AND_ENVIRONMENT
  {
    id: 'stormwater',
    themes: ['CLIMATE_AND_ENVIRONMENT', 'PLANNING_AND_TRANSPORT'],
    nb: [
      'overvannshåndtering',
      'klimatilpasning',
      'ekstremnedbør',
      'blågrønne løsninger',
      'flomveier i tettsteder',
    ],
    en: [
      'stormwater management',
      'climate adaptation',
      'extreme rainfall',
      'blue-green infrastructure',
      'urban flood pathways',
    ],
  },
  {
    id: 'climate-accounting',
    themes: ['CLIMATE_AND_ENVIRONMENT'],
    nb: [
      'kommunalt klimagassregnskap',
      'klimabudsjett',
      'utslippskutt i kommunen',
      'klimaplan',
      'indirekte utslipp fra innkjøp',
    ],
    en: [
      'municipal greenhouse gas accounting',
      'climate budget',
      'municipal emission cuts',
      'climate action plan',
      'indirect emissions from purchasing',
    ],
  },
  {
    id: 'biodiversity',
    themes: ['CLIMATE_AND_ENVIRONMENT', 'PLANNING_AND_TRANSPORT'],
    nb: [
      'arealnøytralitet',
      'naturmangfold',
      'nedbygging av natur',
      'naturregnskap',
      'myr og våtmark',
    ],
    en: [
      'land-use neutrality',
      'biodiversity',
      'loss of nature to development',
      'natural capital accounting',
      'peatlands and wetlands',
    ],
  },
  // ENERGY_AND_BUILDINGS
  {
    id: 'building-energy',
    themes: ['ENERGY_AND_BUILDINGS'],
    nb: [
      'energieffektivisering av kommunale bygg',
      'energioppfølging',
      'etterisolering',
      'varmepumper',
      'smarte byggstyringssystemer',
    ],
    en: [
      'energy efficiency in municipal buildings',
      'energy monitoring',
      'retrofit insulation',
      'heat pumps',
      'smart building management systems',
    ],
  },
  {
    id: 'local-energy',
    themes: ['ENERGY_AND_BUILDINGS', 'CLIMATE_AND_ENVIRONMENT'],
    nb: [
      'lokal energiproduksjon',
      'solceller på skoletak',
      'energifellesskap',
      'effekttopper i strømnettet',
      'batterilagring',
    ],
    en: [
      'local energy production',
      'solar panels on school roofs',
      'energy communities',
      'peak loads on the power grid',
      'battery storage',
    ],
  },
  {
    id: 'property-maintenance',
    themes: ['ENERGY_AND_BUILDINGS'],
    nb: [
      'vedlikeholdsetterslep',
      'eiendomsforvaltning',
      'tilstandsvurdering av bygg',
      'livsløpskostnader',
      'universell utforming av bygg',
    ],
    en: [
      'maintenance backlog',
      'property management',
      'building condition assessment',
      'life-cycle costs',
      'universal design of buildings',
    ],
  },
  // PLANNING_AND_TRANSPORT
  {
    id: 'rural-mobility',
    themes: ['PLANNING_AND_TRANSPORT'],
    nb: [
      'bestillingstransport',
      'kollektivtilbud i distriktene',
      'mobilitet uten bil',
      'skoleskyss',
      'samkjøring',
    ],
    en: [
      'demand-responsive transport',
      'public transport in rural areas',
      'mobility without a car',
      'school transport',
      'ride sharing',
    ],
  },
  {
    id: 'town-centre',
    themes: ['PLANNING_AND_TRANSPORT', 'BUSINESS_DEVELOPMENT'],
    nb: [
      'sentrumsutvikling',
      'fortetting rundt knutepunkter',
      'attraktive tettsteder',
      'handelslekkasje',
      'møteplasser i sentrum',
    ],
    en: [
      'town centre development',
      'densification around transport hubs',
      'attractive small towns',
      'retail leakage',
      'meeting places in the town centre',
    ],
  },
  {
    id: 'traffic-safety',
    themes: ['PLANNING_AND_TRANSPORT'],
    nb: [
      'trafikksikker kommune',
      'gang- og sykkelveier',
      'aktiv skolevei',
      'nullvisjonen',
      'bilfrie soner rundt skoler',
    ],
    en: [
      'traffic-safe municipality',
      'walking and cycling paths',
      'active travel to school',
      'vision zero',
      'car-free zones around schools',
    ],
  },
  // DIGITALISATION
  {
    id: 'ai-casework',
    themes: ['DIGITALISATION'],
    nb: [
      'kunstig intelligens i saksbehandling',
      'automatisert saksbehandling',
      'språkmodeller',
      'innebygd personvern',
      'chatbot for innbyggere',
    ],
    en: [
      'artificial intelligence in case handling',
      'automated case processing',
      'language models',
      'privacy by design',
      'citizen chatbot',
    ],
  },
  {
    id: 'infosec',
    themes: ['DIGITALISATION', 'LEADERSHIP_AND_WORKPLACE'],
    nb: [
      'informasjonssikkerhet',
      'digital sårbarhet',
      'løsepengevirus',
      'beredskap for dataangrep',
      'sikkerhetskultur blant ansatte',
    ],
    en: [
      'information security',
      'digital vulnerability',
      'ransomware',
      'cyber attack preparedness',
      'security culture among staff',
    ],
  },
  {
    id: 'digital-inclusion',
    themes: ['DIGITALISATION', 'INCLUSION_AND_INTEGRATION'],
    nb: [
      'digitalt utenforskap',
      'digital kompetanse hos eldre',
      'digitale innbyggertjenester',
      'digihjelp',
      'tilgjengelighet på nett',
    ],
    en: [
      'digital exclusion',
      'digital skills among older people',
      'digital citizen services',
      'digital help desks',
      'web accessibility',
    ],
  },
  {
    id: 'data-sharing',
    themes: ['DIGITALISATION'],
    nb: [
      'deling av data mellom kommuner',
      'felles datakatalog',
      'samhandling mellom fagsystemer',
      'åpne data',
      'digital tvilling av kommunen',
    ],
    en: [
      'data sharing between municipalities',
      'shared data catalogue',
      'interoperability of case systems',
      'open data',
      'digital twin of the municipality',
    ],
  },
  // LEADERSHIP_AND_WORKPLACE
  {
    id: 'trust-management',
    themes: ['LEADERSHIP_AND_WORKPLACE'],
    nb: [
      'tillitsbasert ledelse',
      'tillitsreform',
      'lederstøtte',
      'medarbeiderdrevet innovasjon',
      'mindre detaljstyring',
    ],
    en: [
      'trust-based management',
      'trust reform',
      'support for managers',
      'employee-driven innovation',
      'less micromanagement',
    ],
  },
  {
    id: 'sickness-absence',
    themes: ['LEADERSHIP_AND_WORKPLACE'],
    nb: [
      'sykefravær',
      'inkluderende arbeidsliv',
      'arbeidsmiljøundersøkelse',
      'tilrettelegging på arbeidsplassen',
      'seniorpolitikk',
    ],
    en: [
      'sickness absence',
      'inclusive working life',
      'workplace environment survey',
      'workplace adjustments',
      'senior employee policy',
    ],
  },
  {
    id: 'intermunicipal',
    themes: ['LEADERSHIP_AND_WORKPLACE', 'LOCAL_DEMOCRACY_AND_PARTICIPATION'],
    nb: [
      'interkommunalt samarbeid',
      'styring av interkommunale selskaper',
      'kommunesammenslåing',
      'vertskommunemodell',
      'regionråd',
    ],
    en: [
      'inter-municipal cooperation',
      'governance of inter-municipal companies',
      'municipal mergers',
      'host municipality model',
      'regional councils',
    ],
  },
  // LOCAL_DEMOCRACY_AND_PARTICIPATION
  {
    id: 'participation',
    themes: ['LOCAL_DEMOCRACY_AND_PARTICIPATION'],
    nb: [
      'innbyggermedvirkning',
      'medborgerdialog',
      'ungdomsråd',
      'digital medvirkning i planprosesser',
      'deltakende budsjettering',
    ],
    en: [
      'citizen participation',
      'citizen dialogue',
      'youth councils',
      'digital participation in planning',
      'participatory budgeting',
    ],
  },
  {
    id: 'local-politics',
    themes: ['LOCAL_DEMOCRACY_AND_PARTICIPATION'],
    nb: [
      'tillit til lokaldemokratiet',
      'valgdeltakelse',
      'hets mot lokalpolitikere',
      'rekruttering av lokalpolitikere',
      'folkevalgtes rolle',
    ],
    en: [
      'trust in local democracy',
      'voter turnout',
      'harassment of local politicians',
      'recruitment of local politicians',
      'the role of elected representatives',
    ],
  },
  // VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY
  {
    id: 'voluntary-cooperation',
    themes: ['VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY'],
    nb: [
      'samspill mellom kommune og frivillighet',
      'frivilligsentral',
      'frivillighetspolitikk',
      'rekruttering av frivillige',
      'lag og foreninger',
    ],
    en: [
      'cooperation between the municipality and the voluntary sector',
      'volunteer centres',
      'voluntary sector policy',
      'recruiting volunteers',
      'clubs and associations',
    ],
  },
  {
    id: 'loneliness',
    themes: ['VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY', 'HEALTH_AND_CARE'],
    nb: [
      'ensomhet blant eldre',
      'besøksvenn',
      'aktivitetsvenn',
      'sosiale møteplasser',
      'generasjonsmøter',
    ],
    en: [
      'loneliness among older people',
      'visiting friend schemes',
      'activity friend schemes',
      'social meeting places',
      'intergenerational meetings',
    ],
  },
  // INCLUSION_AND_INTEGRATION
  {
    id: 'refugees',
    themes: ['INCLUSION_AND_INTEGRATION'],
    nb: [
      'bosetting av flyktninger',
      'introduksjonsprogrammet',
      'norskopplæring for voksne',
      'kvalifisering til arbeid',
      'flyktninger fra Ukraina',
    ],
    en: [
      'refugee resettlement',
      'the introduction programme',
      'Norwegian language training for adults',
      'qualification for work',
      'refugees from Ukraine',
    ],
  },
  {
    id: 'youth-outside',
    themes: ['INCLUSION_AND_INTEGRATION', 'EDUCATION_AND_CHILDHOOD'],
    nb: [
      'unge utenfor arbeid og utdanning',
      'oppfølging av unge i NAV',
      'individuell jobbstøtte',
      'fritidskortet',
      'barn i lavinntektsfamilier',
    ],
    en: [
      'young people not in employment or education',
      'follow-up of young people by the welfare service',
      'individual placement and support',
      'the leisure card',
      'children in low-income families',
    ],
  },
  {
    id: 'disability',
    themes: ['INCLUSION_AND_INTEGRATION', 'HEALTH_AND_CARE'],
    nb: [
      'personer med utviklingshemming',
      'brukerstyrt personlig assistanse',
      'arbeidsinkludering for personer med funksjonsnedsettelse',
      'tilrettelagte boliger',
      'selvbestemmelse i hverdagen',
    ],
    en: [
      'people with intellectual disabilities',
      'user-controlled personal assistance',
      'work inclusion for disabled people',
      'supported housing',
      'self-determination in everyday life',
    ],
  },
  // PUBLIC_PROCUREMENT
  {
    id: 'zero-emission-machinery',
    themes: ['PUBLIC_PROCUREMENT', 'CLIMATE_AND_ENVIRONMENT'],
    nb: [
      'innovative anskaffelser av nullutslipps anleggsmaskiner',
      'utslippsfrie byggeplasser',
      'markedsdialog',
      'klimakrav i anskaffelser',
      'elektriske anleggsmaskiner',
    ],
    en: [
      'innovative procurement of zero-emission construction machinery',
      'emission-free construction sites',
      'market dialogue',
      'climate requirements in procurement',
      'electric construction machinery',
    ],
  },
  {
    id: 'innovation-partnership',
    themes: ['PUBLIC_PROCUREMENT'],
    nb: [
      'innovasjonspartnerskap',
      'funksjonsbaserte anskaffelser',
      'leverandørutvikling',
      'anskaffelseskompetanse',
      'kontraktsoppfølging',
    ],
    en: [
      'innovation partnerships',
      'function-based procurement',
      'supplier development',
      'procurement competence',
      'contract management',
    ],
  },
  {
    id: 'social-procurement',
    themes: ['PUBLIC_PROCUREMENT', 'LEADERSHIP_AND_WORKPLACE'],
    nb: [
      'sosial dumping i offentlige kontrakter',
      'lærlingkrav',
      'seriøsitetskrav',
      'arbeidslivskriminalitet',
      'etisk handel',
    ],
    en: [
      'social dumping in public contracts',
      'apprenticeship requirements',
      'responsible contracting requirements',
      'work-related crime',
      'ethical trade',
    ],
  },
  // CIRCULAR_ECONOMY
  {
    id: 'building-reuse',
    themes: ['CIRCULAR_ECONOMY', 'ENERGY_AND_BUILDINGS'],
    nb: [
      'ombruk av byggematerialer',
      'sirkulære byggeprosjekter',
      'materialbank',
      'riving og ombruk',
      'klimagassutslipp fra materialer',
    ],
    en: [
      'reuse of building materials',
      'circular construction projects',
      'materials bank',
      'demolition and reuse',
      'embodied carbon in materials',
    ],
  },
  {
    id: 'food-waste',
    themes: ['CIRCULAR_ECONOMY'],
    nb: [
      'matsvinn i kommunale kjøkken',
      'avfallssortering',
      'kildesortering i borettslag',
      'reduksjon av restavfall',
      'gjenbruksstasjon',
    ],
    en: [
      'food waste in municipal kitchens',
      'waste sorting',
      'source separation in housing cooperatives',
      'reduction of residual waste',
      'reuse centre',
    ],
  },
  {
    id: 'sharing-economy',
    themes: ['CIRCULAR_ECONOMY', 'VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY'],
    nb: [
      'delingsøkonomi',
      'utlånsordninger for utstyr',
      'reparasjon og ombruk av møbler',
      'sirkulære innkjøp',
      'bruktbutikk',
    ],
    en: [
      'sharing economy',
      'equipment lending schemes',
      'repair and reuse of furniture',
      'circular purchasing',
      'second-hand shop',
    ],
  },
  // BUSINESS_DEVELOPMENT
  {
    id: 'rural-business',
    themes: ['BUSINESS_DEVELOPMENT'],
    nb: [
      'næringsutvikling i distriktene',
      'gründerskap',
      'næringshage',
      'kompetansebehov i lokalt næringsliv',
      'tilflytting og bolyst',
    ],
    en: [
      'business development in rural areas',
      'entrepreneurship',
      'business incubator',
      'skills needs of local businesses',
      'in-migration and place attractiveness',
    ],
  },
  {
    id: 'tourism',
    themes: ['BUSINESS_DEVELOPMENT', 'CULTURE_AND_COMMUNITY'],
    nb: [
      'bærekraftig reiseliv',
      'besøksforvaltning',
      'cruiseturisme',
      'sesongarbeid',
      'lokal verdiskaping fra havbruk',
    ],
    en: [
      'sustainable tourism',
      'visitor management',
      'cruise tourism',
      'seasonal work',
      'local value creation from aquaculture',
    ],
  },
  // CULTURE_AND_COMMUNITY
  {
    id: 'libraries',
    themes: ['CULTURE_AND_COMMUNITY'],
    nb: [
      'biblioteket som møteplass',
      'meråpne bibliotek',
      'kulturskole',
      'kulturarv og lokalhistorie',
      'kulturtilbud for ungdom',
    ],
    en: [
      'the library as a meeting place',
      'staffless opening hours in libraries',
      'municipal culture school',
      'cultural heritage and local history',
      'cultural activities for young people',
    ],
  },
  {
    id: 'public-health',
    themes: ['CULTURE_AND_COMMUNITY', 'HEALTH_AND_CARE'],
    nb: [
      'folkehelsearbeid',
      'friluftsliv og nærmiljø',
      'sosial ulikhet i helse',
      'lokalsamfunnsutvikling',
      'stedsutvikling med innbyggere',
    ],
    en: [
      'public health work',
      'outdoor recreation and neighbourhoods',
      'social inequalities in health',
      'community development',
      'place-making with residents',
    ],
  },
];

/** Bokmål → nynorsk word parts, longest first when applied. Enough for realistic variation, not a full translator. */
const NN_PARTS: Array<[string, string]> = [
  ['hjemmetjenesten', 'heimetenesta'],
  ['omsorgstjenesten', 'omsorgstenesta'],
  ['innbyggertjenester', 'innbyggjartenester'],
  ['tjenesten', 'tenesta'],
  ['tjenester', 'tenester'],
  ['tjeneste', 'teneste'],
  ['hjemmeboende', 'heimebuande'],
  ['hjemme', 'heime'],
  ['hjem', 'heim'],
  ['sykepleiere', 'sjukepleiarar'],
  ['sykehjem', 'sjukeheim'],
  ['sykefravær', 'sjukefråvær'],
  ['forskning', 'forsking'],
  ['løsninger', 'løysingar'],
  ['løsning', 'løysing'],
  ['innbyggere', 'innbyggjarar'],
  ['ansatte', 'tilsette'],
  ['skolevei', 'skuleveg'],
  ['skolefravær', 'skulefråvær'],
  ['skolevegring', 'skulevegring'],
  ['skoletak', 'skuletak'],
  ['skoler', 'skular'],
  ['skolen', 'skulen'],
  ['skole', 'skule'],
  ['fravær', 'fråvær'],
  ['elever', 'elevar'],
  ['veier', 'vegar'],
  ['flyktninger', 'flyktningar'],
  ['anskaffelser', 'anskaffingar'],
  ['anskaffelse', 'anskaffing'],
  ['utslippskutt', 'utsleppskutt'],
  ['utslippsfrie', 'utsleppsfrie'],
  ['utslipp', 'utslepp'],
  ['nullutslipps', 'nullutslepps'],
  ['ensomhet', 'einsemd'],
  ['eldre', 'eldre'],
  ['barnehagelærere', 'barnehagelærarar'],
  ['lokalpolitikere', 'lokalpolitikarar'],
  ['frivillighet', 'frivilligheit'],
  ['tilgjengelighet', 'tilgjengelegheit'],
  ['sikkerhet', 'tryggleik'],
  ['ulikhet', 'ulikskap'],
  ['møteplasser', 'møteplassar'],
  ['varmepumper', 'varmepumper'],
  ['systemer', 'system'],
  ['kommunale', 'kommunale'],
  ['kjøkken', 'kjøkken'],
  ['utvikling', 'utvikling'],
  ['arbeidsliv', 'arbeidsliv'],
  ['ledelse', 'leiing'],
  ['reiseliv', 'reiseliv'],
  ['behov', 'behov'],
  ['kunnskap', 'kunnskap'],
  ['mellom', 'mellom'],
  ['ikke', 'ikkje'],
  ['hvordan', 'korleis'],
  ['hva', 'kva'],
  ['også', 'òg'],
  ['mye', 'mykje'],
  ['noen', 'nokre'],
  ['bedre', 'betre'],
  ['fremtiden', 'framtida'],
  ['fritidsboliger', 'fritidsbustader'],
  ['høy andel', 'høg del'],
  ['dårlig', 'dårleg'],
  ['avstander', 'avstandar'],
  ['lærlinger', 'lærlingar'],
  ['organisasjoner', 'organisasjonar'],
  ['sammenslåing', 'samanslåing'],
  ['sammen', 'saman'],
  ['fiskeri', 'fiskeri'],
  ['forbindelse', 'samband'],
];
NN_PARTS.sort((a, b) => b[0].length - a[0].length);

/** Turns a bokmål phrase into nynorsk (word-part substitution; unknown words stay as in bokmål, as they often do). */
export function toNynorsk(text: string): string {
  return text
    .split(/(\s+|[-,.])/)
    .map((word) => {
      const lower = word.toLowerCase();
      for (const [nb, nn] of NN_PARTS) {
        const at = lower.indexOf(nb);
        if (at >= 0) {
          const replaced = word.slice(0, at) + nn + word.slice(at + nb.length);
          return word[0] !== undefined && word[0] !== word[0].toLowerCase() && at === 0
            ? replaced[0].toUpperCase() + replaced.slice(1)
            : replaced;
        }
      }
      return word;
    })
    .join('');
}

/**
 * Settings a planted consortium shares on top of its topic ("… in island municipalities"): they make one planted
 * group distinguishable from another group on the same topic, as real calls usually are.
 */
export const CONTEXTS: Array<{ nb: string; en: string }> = [
  { nb: 'i små distriktskommuner', en: 'in small rural municipalities' },
  { nb: 'for barn og unge', en: 'for children and young people' },
  { nb: 'med samiske innbyggere', en: 'with Sami residents' },
  { nb: 'i kystkommuner med fiskeri', en: 'in coastal fishing municipalities' },
  { nb: 'i vekstkommuner rundt byene', en: 'in fast-growing suburban municipalities' },
  { nb: 'i fjellregionen', en: 'in mountain regions' },
  { nb: 'sammen med frivillige organisasjoner', en: 'together with voluntary organisations' },
  { nb: 'i samarbeid med lokalt næringsliv', en: 'in partnership with local businesses' },
  { nb: 'gjennom tjenestedesign', en: 'through service design' },
  { nb: 'med gevinstrealisering', en: 'with benefits realisation' },
  { nb: 'i turnusbaserte tjenester', en: 'in shift-based services' },
  { nb: 'med dårlig bredbåndsdekning', en: 'with poor broadband coverage' },
  { nb: 'i vinterhalvåret', en: 'during the winter season' },
  { nb: 'med mange fritidsboliger', en: 'with many holiday homes' },
  {
    nb: 'i øykommuner uten fastlandsforbindelse',
    en: 'in island municipalities without a road link',
  },
  { nb: 'med høy andel eldre innbyggere', en: 'with a high share of older residents' },
  { nb: 'med stor arbeidspendling', en: 'with heavy commuting' },
  { nb: 'i grensekommuner mot Sverige', en: 'in border municipalities next to Sweden' },
  { nb: 'med få fagfolk og lange avstander', en: 'with few specialists and long distances' },
  { nb: 'for nyansatte og lærlinger', en: 'for newly hired staff and apprentices' },
  { nb: 'etter en kommunesammenslåing', en: 'after a municipal merger' },
  {
    nb: 'i vertskommuner for store industriprosjekter',
    en: 'in host municipalities of large industrial projects',
  },
];

/** Research methods named in profiles (bokmål / English). */
export const METHODS = {
  nb: [
    'følgeforskning',
    'følgeevaluering',
    'aksjonsforskning',
    'kvalitative intervjuer',
    'spørreundersøkelser',
    'registerdata',
    'kostnad-nytte-analyse',
    'eksperimentelt design',
    'casestudier',
    'tjenestedesign',
    'deltakende observasjon',
    'gevinstrealisering',
  ],
  en: [
    'follow-along research',
    'formative evaluation',
    'action research',
    'qualitative interviews',
    'surveys',
    'register data',
    'cost-benefit analysis',
    'experimental design',
    'case studies',
    'service design',
    'participant observation',
    'benefits realisation',
  ],
};

/** Generic words of municipal writing that carry no topic: the noise the scorer has to look past. */
export const GENERIC_NB = [
  'Kommunen har begrenset kapasitet og ønsker å samarbeide med nabokommuner om dette.',
  'Vi ønsker å involvere ansatte, brukere og tillitsvalgte i arbeidet.',
  'Arbeidet er forankret i kommuneplanens samfunnsdel og i økonomiplanen.',
  'Vi har gjort noen forsøk tidligere, men mangler systematisk kunnskap om effektene.',
  'Kommunedirektøren har gitt arbeidet høy prioritet for de neste to årene.',
  'Det er viktig at løsningene kan tas i bruk av andre kommuner etterpå.',
  'Vi ønsker en forsker som kan følge arbeidet og dokumentere resultatene underveis.',
  'Kommunen har lang erfaring med tjenesteutvikling, men lite erfaring med forskning.',
];
export const GENERIC_NN = [
  'Kommunen har avgrensa kapasitet og ønskjer å samarbeide med nabokommunar om dette.',
  'Vi ønskjer å involvere tilsette, brukarar og tillitsvalde i arbeidet.',
  'Arbeidet er forankra i samfunnsdelen av kommuneplanen og i økonomiplanen.',
  'Vi har gjort nokre forsøk tidlegare, men manglar systematisk kunnskap om effektane.',
  'Kommunedirektøren har gitt arbeidet høg prioritet dei neste to åra.',
  'Det er viktig at løysingane kan takast i bruk av andre kommunar etterpå.',
  'Vi ønskjer ein forskar som kan følgje arbeidet og dokumentere resultata undervegs.',
  'Kommunen har lang erfaring med tenesteutvikling, men lite erfaring med forsking.',
];
export const GENERIC_EN = [
  'The municipality has limited capacity and wants to work with neighbouring municipalities on this.',
  'We want to involve staff, service users and union representatives in the work.',
  'The work is anchored in the municipal master plan and the financial plan.',
  'We have made some attempts before but lack systematic knowledge of the effects.',
  'The chief executive has given this work high priority for the next two years.',
  'It is important that other municipalities can adopt the solutions afterwards.',
  'We would like a researcher to follow the work and document the results along the way.',
  'The municipality has long experience of service development but little experience of research.',
];
