/**
 * The message catalogue: the wording of every explanation and reason code in bokmål (nb), nynorsk (nn) and
 * English (en). One sentence per code (reasons may add an advice sentence); every sentence has a verb; numbers are
 * written with a decimal comma in Norwegian; English terms are kept out of Norwegian sentences (termsFor).
 */
import {
  ExplanationItem,
  GroupRef,
  GroupState,
  GroupStatus,
  NeedRef,
  PinProblem,
  SimilarNeedState,
  Topic,
  TypeReason,
  UnmatchedReason,
} from '../../exchange/explanation-codes';
import { ConsortiumSizeRule, Locale, OrganizationKind } from '../../exchange/types';
import {
  capitalise,
  counted,
  list,
  noun,
  num,
  pct,
  quote,
  shortList,
  SIZE_LABELS,
  sortProposalIds,
  termsFor,
  THEME_LABELS,
  typeDefinite,
  typeIndefinite,
  typeNoun,
} from './words';

type Params<T extends { code: string; params: unknown }, C extends T['code']> = Extract<
  T,
  { code: C }
>['params'];
type E<C extends ExplanationItem['code']> = Params<ExplanationItem, C>;
type R<C extends UnmatchedReason['code']> = Params<UnmatchedReason, C>;
type T<C extends TypeReason['code']> = Params<TypeReason, C>;

/** The words that differ between the locales; the sentence builders below use them. */
interface Messages {
  municipalitySuffix: string;
  countySuffix: string;
  withPartners: string;
  shape(p: E<'CONSORTIUM_SHAPE'>, lead: string, broker: string | undefined): string;
  researchLead(name: string, institution: string | undefined, partners: boolean): string;
  brokerSet(ranges: string): string;
  singleNeed(need: string): string;
  needsJoined(needs: string, terms: string[], themes: string[], similarity: string): string;
  groupAdds(group: string, what: string[], relevance: string): string;
  themeItem(labels: string[]): string;
  coverage(share: string, needs: number): string;
  interest(group: string, needs: string, count: number): string;
  specialistLeftOut(group: string, need: string, otherNeed: string): string;
  diversity(parts: { sizes?: string; inexperienced?: number; institutions?: number }): string;
  needExcluded: string;
  organizationExcluded(org: string): string;
  ownerNotMunicipal(org: string): string;
  pinFailed(problems: string[]): string;
  pinProblems: Record<PinProblem, string>;
  noProjectTypes: string;
  projectTypeNotInRun(type: string): string;
  noRelevantGroup(topic: string, minAffinity: string): string;
  topicFallback: string;
  inCounty(county: string): string;
  noFreeGroupIntro(count: number, topic: string, county: string): string;
  groupStatus(status: Exclude<GroupStatus, 'FREE'>, names: string[], extra: string): string;
  moreNotFree(count: number): string;
  raiseCapacity: string;
  noInternationalGroup(freeGroups: number): string;
  requiresMunicipalities(type: string, min: number): string;
  noSimilarNeed(minSimilarity: string): string;
  nearestBelow(needs: string[]): string;
  similarCannotJoin(count: number, available: number): string;
  similarNeed(org: string, similarity: string): string;
  otherSimilar(count: number): string;
  similarStatus(s: SimilarNeedState): string;
  considerPreProject: string;
  tooFewGroups(type: string, min: number, groups: string[]): string;
  noValidCombination(type: string): string;
  needUnderspecified(terms: string[]): string;
  freeConsortium(type: string, needs: string, groups: string, score: string): string;
  belowFloor(floor: string): string;
  stoppedAtTimeLimit: string;
  notProposed: string;
}

const nb: Messages = {
  municipalitySuffix: 'kommune',
  countySuffix: 'fylkeskommune',
  withPartners: 'med internasjonale partnere',
  shape: (p, lead, broker) =>
    `${capitalise(typeDefinite('nb', p.projectType))} ledes av ${lead} og samler ${counted('nb', p.municipalities, 'municipality')} og ${counted('nb', p.researchGroups, 'group')} (programmet krever minst ${counted('nb', p.programme.minMunicipalities, 'municipality')} og ${counted('nb', p.programme.minResearchGroups, 'group')}).${broker ? ` ${broker}` : ''}`,
  researchLead: (name, institution, partners) =>
    `gruppen ${name}${institution && institution !== name ? ` ved ${institution}` : ''}${partners ? ', som har internasjonale partnere,' : ''}`,
  brokerSet: (ranges) => `Megleren har satt ${ranges} for denne kjøringen.`,
  singleNeed: (need) => `Behovet er ${need}.`,
  needsJoined: (needs, terms, themes, similarity) => {
    const shared: string[] = [];
    if (terms.length) shared.push(`felles begreper ${list('nb', terms)}`);
    if (themes.length)
      shared.push(`felles ${themes.length === 1 ? 'tema' : 'temaer'} ${list('nb', themes)}`);
    return `Behovene ${needs} ligner hverandre${shared.length ? ` med ${shared.join(' og ')}` : ''} (likhet ${similarity}).`;
  },
  groupAdds: (group, what, relevance) =>
    `${group} bidrar med ${what.length ? `kompetanse på ${list('nb', what)}` : 'beslektet kompetanse'} (relevans ${relevance}).`,
  themeItem: (labels) =>
    labels.length === 1 ? `temaet ${labels[0]}` : `temaene ${list('nb', labels)}`,
  interest: (group, needs, count) =>
    `${group} har selv meldt interesse for ${count === 1 ? 'behovet' : 'behovene'} ${needs}, og det teller som ekstra belegg for at de passer sammen.`,
  specialistLeftOut: (group, need, otherNeed) =>
    `FoU-miljøet som passer best for ${need}, ${group}, er ikke med: det har ikke tematisk grunnlag for ${otherNeed}, og hvert FoU-miljø må ha det for alle behovene.`,
  coverage: (share, needs) =>
    `Konsortiet dekker ${share} av nøkkelbegrepene og temaene i ${needs === 1 ? 'behovet' : 'behovene'}.`,
  diversity: ({ sizes, inexperienced, institutions }) => {
    const parts: string[] = [];
    if (sizes) parts.push(`blander ${sizes} kommuner`);
    if (inexperienced)
      parts.push(
        `har med ${counted('nb', inexperienced, 'municipality')} med lite forskningserfaring`,
      );
    if (institutions)
      parts.push(`henter FoU-miljøene fra ${counted('nb', institutions, 'institution')}`);
    return `Konsortiet ${list('nb', parts)}.`;
  },
  needExcluded: 'Megleren har ekskludert behovet fra denne kjøringen (settings.excludeIds).',
  organizationExcluded: (org) =>
    `Megleren har ekskludert ${org} fra denne kjøringen (settings.excludeIds).`,
  ownerNotMunicipal: (org) =>
    `Eieren ${org} er ikke en kommune eller fylkeskommune, og bare de kan eie et behov i et konsortium.`,
  pinFailed: (problems) =>
    `Megleren har festet behovet, men festingen kunne ikke oppfylles: ${problems.join('; ')}. Endre eller fjern festingen (settings.pins).`,
  pinProblems: {
    empty: 'festingen har ingen behov',
    'unknown-id': 'festingen viser til ukjente behov eller profiler',
    excluded: 'et festet medlem er ekskludert',
    capacity: 'et festet FoU-miljø har ingen ledig kapasitet',
    'same-org-or-exclusion':
      'festede medlemmer er fra samme organisasjon eller er ekskludert fra hverandre',
    region: 'et festet FoU-miljø arbeider ikke i behovets fylke',
    'project-type': 'de festede behovene ønsker ulike prosjekttyper',
    size: 'festingen har flere medlemmer enn størrelsesreglene tillater',
    'no-valid-consortium':
      'ingen gyldig sammensetning (størrelse, region, kapasitet) inneholder alle festede medlemmer',
    conflict: 'festingen kolliderer med en annen festing om de samme behovene eller FoU-miljøene',
  },
  noProjectTypes:
    'Ingen prosjekttyper er med i denne kjøringen (settings.projectTypes er tom); legg til minst én prosjekttype.',
  projectTypeNotInRun: (type) =>
    `Behovet ønsker ${type}, og den prosjekttypen er ikke med i denne kjøringen (settings.projectTypes).`,
  needUnderspecified: (terms) =>
    `Behovet ${terms.length ? `nevner bare ${list('nb', terms.map((t) => `«${t}»`))} og ellers generelle ord` : 'består bare av generelle ord'}, og det er for lite til å dele et prosjekt med andre kommuner. Kjøringen har ingen prosjekttype for én kommune alene (for eksempel forprosjekt). Utdyp beskrivelsen: hva skal prøves ut, for hvem og hvorfor.`,
  noRelevantGroup: (topic, minAffinity) =>
    `Ingen FoU-miljø har kompetanse som ligner behovet innen ${topic} (relevans minst ${minAffinity} kreves). Utdyp beskrivelsen, legg til temaer eller inviter et FoU-miljø til å registrere en profil.`,
  topicFallback: 'dette temaet',
  inCounty: (county) => ` i fylke ${county}`,
  noFreeGroupIntro: (count, topic, county) =>
    count === 1
      ? `Det eneste relevante FoU-miljøet for ${topic}${county} kan ikke brukes: `
      : `Ingen av de ${count} relevante FoU-miljøene for ${topic}${county} kan brukes: `,
  groupStatus: (status, names, extra) => {
    const who = list('nb', names);
    switch (status) {
      case 'USED':
        return `${who} er brukt av ${extra}`;
      case 'OUTSIDE_COUNTY':
        return `${who} arbeider ikke i fylke ${extra}`;
      case 'NO_CAPACITY':
        return `${who} har kapasitet 0`;
      case 'EXCLUDED':
        return `${who} er ekskludert av megleren`;
      case 'CONFLICT':
        return `${who} kan ikke være med sammen med denne kommunen (eksklusjon)`;
    }
  },
  moreNotFree: (count) =>
    count === 1
      ? 'det siste, mindre relevante FoU-miljøet er heller ikke ledig'
      : `de ${count} andre, mindre relevante FoU-miljøene er heller ikke ledige`,
  raiseCapacity: 'Øk kapasiteten eller fest behovet (settings.pins).',
  noInternationalGroup: (k) =>
    `Et kompetanseprosjekt krever et FoU-miljø med internasjonale partnere, men ${k === 1 ? 'det eneste ledige relevante FoU-miljøet har ingen' : `ingen av de ${k} ledige relevante FoU-miljøene har det`}.`,
  requiresMunicipalities: (type, min) =>
    `${capitalise(type)} krever minst ${counted('nb', min, 'municipality')}, men `,
  noSimilarNeed: (min) => `ingen annen kommune har et lignende behov (likhet minst ${min}).`,
  nearestBelow: (needs) =>
    `Nærmest kommer ${list('nb', needs)}; senk settings.minNeedSimilarity eller fest behovene sammen (settings.pins) om de hører sammen.`,
  similarCannotJoin: (count, available) =>
    available > 0
      ? `bare ${available} av de ${count} lignende behovene fra andre kommuner er ledige: `
      : count === 1
        ? 'det lignende behovet fra en annen kommune kan ikke være med: '
        : `ingen av de ${count} lignende behovene fra andre kommuner kan være med: `,
  similarNeed: (org, similarity) => `${org}, likhet ${similarity}`,
  otherSimilar: (k) => `${k} andre kan heller ikke være med`,
  similarStatus: (s) => {
    switch (s.status) {
      case 'PLACED':
        return `er allerede med i ${s.proposalId}`;
      case 'OTHER_PROJECT_TYPE':
        return `ønsker ${s.projectType ? typeIndefinite('nb', s.projectType) : 'en annen prosjekttype'}`;
      case 'EXCLUDED':
        return 'er ekskludert';
      case 'PIN_FAILED':
        return 'er bundet av en festing som ikke kunne oppfylles';
      case 'EXCLUDED_PAIR':
        return 'kan ikke være med sammen med denne kommunen (eksklusjon)';
      case 'NO_COMMON_GROUP':
        return 'har ikke noe ledig relevant FoU-miljø som kan arbeide for begge';
      case 'SAME_ORGANIZATION':
        return 'er fra samme kommune';
      case 'AVAILABLE':
        return 'er ledig';
    }
  },
  considerPreProject: 'Vurder et forprosjekt, som kan ha én kommune.',
  tooFewGroups: (type, min, groups) =>
    `${capitalise(type)} krever minst ${counted('nb', min, 'group')}, men bare ${counted('nb', groups.length, 'freeGroup')} passer: ${list('nb', groups)}.`,
  noValidCombination: (type) =>
    `${capitalise(type)} lar seg ikke sette sammen av de ledige behovene og FoU-miljøene innenfor reglene (region, eksklusjoner og FoU-miljøer som passer for alle kommunene) og med tematisk grunnlag (to felles nøkkelord mellom hvert behov og hvert FoU-miljø).`,
  freeConsortium: (type, needs, groups, score) =>
    `Et gyldig ${type} finnes blant de ledige behovene og FoU-miljøene: ${needs} med ${groups} (poengsum ${score}).`,
  belowFloor: (floor) =>
    `Poengsummen er under kvalitetsgrensen ${floor}, så det ble ikke foreslått.`,
  stoppedAtTimeLimit:
    'Optimeringen stoppet ved tidsgrensen før det ble valgt; kjør igjen med lengre tidsgrense (--time-limit).',
  notProposed:
    'Det ble ikke foreslått i denne kjøringen; fest behovet (settings.pins) for å få det med.',
};

const nn: Messages = {
  municipalitySuffix: 'kommune',
  countySuffix: 'fylkeskommune',
  withPartners: 'med internasjonale partnarar',
  shape: (p, lead, broker) =>
    `${capitalise(typeDefinite('nn', p.projectType))} er leidd av ${lead} og samlar ${counted('nn', p.municipalities, 'municipality')} og ${counted('nn', p.researchGroups, 'group')} (programmet krev minst ${counted('nn', p.programme.minMunicipalities, 'municipality')} og ${counted('nn', p.programme.minResearchGroups, 'group')}).${broker ? ` ${broker}` : ''}`,
  researchLead: (name, institution, partners) =>
    `gruppa ${name}${institution && institution !== name ? ` ved ${institution}` : ''}${partners ? ', som har internasjonale partnarar,' : ''}`,
  brokerSet: (ranges) => `Meklaren har sett ${ranges} for denne køyringa.`,
  singleNeed: (need) => `Behovet er ${need}.`,
  needsJoined: (needs, terms, themes, similarity) => {
    const shared: string[] = [];
    if (terms.length) shared.push(`felles omgrep ${list('nn', terms)}`);
    if (themes.length) shared.push(`felles tema ${list('nn', themes)}`);
    return `Behova ${needs} liknar kvarandre${shared.length ? ` med ${shared.join(' og ')}` : ''} (likskap ${similarity}).`;
  },
  groupAdds: (group, what, relevance) =>
    `${group} bidreg med ${what.length ? `kompetanse på ${list('nn', what)}` : 'nærskyld kompetanse'} (relevans ${relevance}).`,
  themeItem: (labels) =>
    labels.length === 1 ? `temaet ${labels[0]}` : `temaa ${list('nn', labels)}`,
  interest: (group, needs, count) =>
    `${group} har sjølv meldt interesse for ${count === 1 ? 'behovet' : 'behova'} ${needs}, og det tel som ekstra prov for at dei passar saman.`,
  specialistLeftOut: (group, need, otherNeed) =>
    `FoU-miljøet som passar best for ${need}, ${group}, er ikkje med: det har ikkje tematisk grunnlag for ${otherNeed}, og kvart FoU-miljø må ha det for alle behova.`,
  coverage: (share, needs) =>
    `Konsortiet dekkjer ${share} av nøkkelomgrepa og temaa i ${needs === 1 ? 'behovet' : 'behova'}.`,
  diversity: ({ sizes, inexperienced, institutions }) => {
    const parts: string[] = [];
    if (sizes) parts.push(`blandar ${sizes} kommunar`);
    if (inexperienced)
      parts.push(
        `har med ${counted('nn', inexperienced, 'municipality')} med lite forskingserfaring`,
      );
    if (institutions)
      parts.push(`hentar FoU-miljøa frå ${counted('nn', institutions, 'institution')}`);
    return `Konsortiet ${list('nn', parts)}.`;
  },
  needExcluded: 'Meklaren har ekskludert behovet frå denne køyringa (settings.excludeIds).',
  organizationExcluded: (org) =>
    `Meklaren har ekskludert ${org} frå denne køyringa (settings.excludeIds).`,
  ownerNotMunicipal: (org) =>
    `Eigaren ${org} er ikkje ein kommune eller fylkeskommune, og berre dei kan eige eit behov i eit konsortium.`,
  pinFailed: (problems) =>
    `Meklaren har festa behovet, men festinga kunne ikkje oppfyllast: ${problems.join('; ')}. Endre eller fjern festinga (settings.pins).`,
  pinProblems: {
    empty: 'festinga har ingen behov',
    'unknown-id': 'festinga viser til ukjende behov eller profilar',
    excluded: 'eit festa medlem er ekskludert',
    capacity: 'eit festa FoU-miljø har ingen ledig kapasitet',
    'same-org-or-exclusion':
      'festa medlemmer er frå same organisasjon eller er ekskluderte frå kvarandre',
    region: 'eit festa FoU-miljø arbeider ikkje i fylket til behovet',
    'project-type': 'dei festa behova ønskjer ulike prosjekttypar',
    size: 'festinga har fleire medlemmer enn storleiksreglane tillèt',
    'no-valid-consortium':
      'ingen gyldig samansetjing (storleik, region, kapasitet) inneheld alle dei festa medlemmene',
    conflict: 'festinga kolliderer med ei anna festing om dei same behova eller FoU-miljøa',
  },
  noProjectTypes:
    'Ingen prosjekttypar er med i denne køyringa (settings.projectTypes er tom); legg til minst éin prosjekttype.',
  projectTypeNotInRun: (type) =>
    `Behovet ønskjer ${type}, og den prosjekttypen er ikkje med i denne køyringa (settings.projectTypes).`,
  needUnderspecified: (terms) =>
    `Behovet ${terms.length ? `nemner berre ${list('nn', terms.map((t) => `«${t}»`))} og elles generelle ord` : 'består berre av generelle ord'}, og det er for lite til å dele eit prosjekt med andre kommunar. Køyringa har ingen prosjekttype for éin kommune åleine (til dømes forprosjekt). Utdjup skildringa: kva skal prøvast ut, for kven og kvifor.`,
  noRelevantGroup: (topic, minAffinity) =>
    `Ingen FoU-miljø har kompetanse som liknar behovet innan ${topic} (relevans minst ${minAffinity} krevst). Utdjup skildringa, legg til tema eller inviter eit FoU-miljø til å registrere ein profil.`,
  topicFallback: 'dette temaet',
  inCounty: (county) => ` i fylke ${county}`,
  noFreeGroupIntro: (count, topic, county) =>
    count === 1
      ? `Det einaste relevante FoU-miljøet for ${topic}${county} kan ikkje brukast: `
      : `Ingen av dei ${count} relevante FoU-miljøa for ${topic}${county} kan brukast: `,
  groupStatus: (status, names, extra) => {
    const who = list('nn', names);
    switch (status) {
      case 'USED':
        return `${who} er brukt av ${extra}`;
      case 'OUTSIDE_COUNTY':
        return `${who} arbeider ikkje i fylke ${extra}`;
      case 'NO_CAPACITY':
        return `${who} har kapasitet 0`;
      case 'EXCLUDED':
        return `${who} er ekskludert av meklaren`;
      case 'CONFLICT':
        return `${who} kan ikkje vere med saman med denne kommunen (eksklusjon)`;
    }
  },
  moreNotFree: (count) =>
    count === 1
      ? 'det siste, mindre relevante FoU-miljøet er heller ikkje ledig'
      : `dei ${count} andre, mindre relevante FoU-miljøa er heller ikkje ledige`,
  raiseCapacity: 'Auk kapasiteten eller fest behovet (settings.pins).',
  noInternationalGroup: (k) =>
    `Eit kompetanseprosjekt krev eit FoU-miljø med internasjonale partnarar, men ${k === 1 ? 'det einaste ledige relevante FoU-miljøet har ingen' : `ingen av dei ${k} ledige relevante FoU-miljøa har det`}.`,
  requiresMunicipalities: (type, min) =>
    `${capitalise(type)} krev minst ${counted('nn', min, 'municipality')}, men `,
  noSimilarNeed: (min) => `ingen annan kommune har eit liknande behov (likskap minst ${min}).`,
  nearestBelow: (needs) =>
    `Nærast kjem ${list('nn', needs)}; senk settings.minNeedSimilarity eller fest behova saman (settings.pins) om dei høyrer saman.`,
  similarCannotJoin: (count, available) =>
    available > 0
      ? `berre ${available} av dei ${count} liknande behova frå andre kommunar er ledige: `
      : count === 1
        ? 'det liknande behovet frå ein annan kommune kan ikkje vere med: '
        : `ingen av dei ${count} liknande behova frå andre kommunar kan vere med: `,
  similarNeed: (org, similarity) => `${org}, likskap ${similarity}`,
  otherSimilar: (k) => `${k} andre kan heller ikkje vere med`,
  similarStatus: (s) => {
    switch (s.status) {
      case 'PLACED':
        return `er alt med i ${s.proposalId}`;
      case 'OTHER_PROJECT_TYPE':
        return `ønskjer ${s.projectType ? typeIndefinite('nn', s.projectType) : 'ein annan prosjekttype'}`;
      case 'EXCLUDED':
        return 'er ekskludert';
      case 'PIN_FAILED':
        return 'er bunde av ei festing som ikkje kunne oppfyllast';
      case 'EXCLUDED_PAIR':
        return 'kan ikkje vere med saman med denne kommunen (eksklusjon)';
      case 'NO_COMMON_GROUP':
        return 'har ikkje noko ledig relevant FoU-miljø som kan arbeide for begge';
      case 'SAME_ORGANIZATION':
        return 'er frå same kommune';
      case 'AVAILABLE':
        return 'er ledig';
    }
  },
  considerPreProject: 'Vurder eit forprosjekt, som kan ha éin kommune.',
  tooFewGroups: (type, min, groups) =>
    `${capitalise(type)} krev minst ${counted('nn', min, 'group')}, men berre ${counted('nn', groups.length, 'freeGroup')} passar: ${list('nn', groups)}.`,
  noValidCombination: (type) =>
    `${capitalise(type)} lèt seg ikkje setje saman av dei ledige behova og FoU-miljøa innanfor reglane (region, eksklusjonar og FoU-miljø som passar for alle kommunane) og med tematisk grunnlag (to felles nøkkelord mellom kvart behov og kvart FoU-miljø).`,
  freeConsortium: (type, needs, groups, score) =>
    `Eit gyldig ${type} finst blant dei ledige behova og FoU-miljøa: ${needs} med ${groups} (poengsum ${score}).`,
  belowFloor: (floor) =>
    `Poengsummen er under kvalitetsgrensa ${floor}, så det vart ikkje føreslått.`,
  stoppedAtTimeLimit:
    'Optimeringa stoppa ved tidsgrensa før det vart valt; køyr på nytt med lengre tidsgrense (--time-limit).',
  notProposed:
    'Det vart ikkje føreslått i denne køyringa; fest behovet (settings.pins) for å få det med.',
};

/** English verb agreement: singular for one subject, plural otherwise. */
function agree(names: string[], singular: string, plural: string): string {
  return names.length === 1 ? singular : plural;
}

const en: Messages = {
  municipalitySuffix: 'municipality',
  countySuffix: 'county municipality',
  withPartners: 'with international partners',
  shape: (p, lead, broker) =>
    `${capitalise(typeDefinite('en', p.projectType))} is led by ${lead} and brings together ${counted('en', p.municipalities, 'municipality')} and ${counted('en', p.researchGroups, 'group')} (the programme requires at least ${counted('en', p.programme.minMunicipalities, 'municipality')} and ${counted('en', p.programme.minResearchGroups, 'group')}).${broker ? ` ${broker}` : ''}`,
  researchLead: (name, institution, partners) =>
    `the group ${name}${institution && institution !== name ? ` at ${institution}` : ''}${partners ? ', which has international partners,' : ''}`,
  brokerSet: (ranges) => `The broker set ${ranges} for this run.`,
  singleNeed: (need) => `The need is ${need}.`,
  needsJoined: (needs, terms, themes, similarity) => {
    const shared: string[] = [];
    if (terms.length) shared.push(`the terms ${list('en', terms)}`);
    if (themes.length)
      shared.push(`the ${themes.length === 1 ? 'theme' : 'themes'} ${list('en', themes)}`);
    return `The needs ${needs} resemble each other${shared.length ? `, sharing ${shared.join(' and ')}` : ''} (similarity ${similarity}).`;
  },
  groupAdds: (group, what, relevance) =>
    `${group} adds ${what.length ? `expertise in ${list('en', what)}` : 'related expertise'} (relevance ${relevance}).`,
  themeItem: (labels) =>
    labels.length === 1 ? `the theme ${labels[0]}` : `the themes ${list('en', labels)}`,
  interest: (group, needs, count) =>
    `${group} has itself expressed interest in the ${count === 1 ? 'need' : 'needs'} ${needs}, which counts as extra evidence that they fit.`,
  specialistLeftOut: (group, need, otherNeed) =>
    `The research group that fits ${need} best, ${group}, is not included: it has no topic evidence for ${otherNeed}, and every research group must have it for every need.`,
  coverage: (share, needs) =>
    `The consortium covers ${share} of the key terms and themes of the ${needs === 1 ? 'need' : 'needs'}.`,
  diversity: ({ sizes, inexperienced, institutions }) => {
    const parts: string[] = [];
    if (sizes) parts.push(`mixes ${sizes} municipalities`);
    if (inexperienced)
      parts.push(
        `includes ${counted('en', inexperienced, 'municipality')} with little research experience`,
      );
    if (institutions)
      parts.push(`draws its research groups from ${counted('en', institutions, 'institution')}`);
    return `The consortium ${list('en', parts)}.`;
  },
  needExcluded: 'The broker excluded the need from this run (settings.excludeIds).',
  organizationExcluded: (org) => `The broker excluded ${org} from this run (settings.excludeIds).`,
  ownerNotMunicipal: (org) =>
    `The owner ${org} is not a municipality or county municipality, and only those can own a need in a consortium.`,
  pinFailed: (problems) =>
    `The broker pinned the need, but the pin could not be honoured: ${problems.join('; ')}. Change or remove the pin (settings.pins).`,
  pinProblems: {
    empty: 'the pin has no needs',
    'unknown-id': 'the pin refers to unknown needs or profiles',
    excluded: 'a pinned member is excluded',
    capacity: 'a pinned research group has no free capacity',
    'same-org-or-exclusion': 'pinned members belong to the same organization or exclude each other',
    region: "a pinned research group does not work in the need's county",
    'project-type': 'the pinned needs ask for different project types',
    size: 'the pin has more members than the size rules allow',
    'no-valid-consortium':
      'no valid consortium (size, region, capacity) contains all pinned members',
    conflict: 'the pin clashes with another pin over the same needs or research groups',
  },
  noProjectTypes:
    'No project types are part of this run (settings.projectTypes is empty); add at least one project type.',
  projectTypeNotInRun: (type) =>
    `The need asks for ${type}, and that project type is not part of this run (settings.projectTypes).`,
  needUnderspecified: (terms) =>
    `The need ${terms.length ? `names only ${list('en', terms.map((t) => `“${t}”`))} in otherwise generic wording` : 'has only generic wording'}, too little to share a project with other municipalities, and this run has no project type for one municipality alone (such as a pre-project). Describe it in more detail: what is to be tried out, for whom and why.`,
  noRelevantGroup: (topic, minAffinity) =>
    `No research group has expertise resembling the need in ${topic} (a relevance of at least ${minAffinity} is required). Describe the need in more detail, add themes, or invite a research group to register a profile.`,
  topicFallback: 'this topic',
  inCounty: (county) => ` in county ${county}`,
  noFreeGroupIntro: (count, topic, county) =>
    count === 1
      ? `The only relevant research group for ${topic}${county} cannot be used: `
      : `None of the ${count} relevant research groups for ${topic}${county} can be used: `,
  groupStatus: (status, names, extra) => {
    const who = list('en', names);
    switch (status) {
      case 'USED':
        return `${who} ${agree(names, 'is', 'are')} used by ${extra}`;
      case 'OUTSIDE_COUNTY':
        return `${who} ${agree(names, 'does', 'do')} not work in county ${extra}`;
      case 'NO_CAPACITY':
        return `${who} ${agree(names, 'has', 'have')} capacity 0`;
      case 'EXCLUDED':
        return `${who} ${agree(names, 'is', 'are')} excluded by the broker`;
      case 'CONFLICT':
        return `${who} ${agree(names, 'is', 'are')} excluded together with this municipality`;
    }
  },
  moreNotFree: (count) =>
    count === 1
      ? 'the last, less relevant research group is not free either'
      : `the other ${count} less relevant research groups are not free either`,
  raiseCapacity: 'Raise the capacity or pin the need (settings.pins).',
  noInternationalGroup: (k) =>
    `A competence project requires a research group with international partners, but ${k === 1 ? 'the only free relevant research group has none' : `none of the ${k} free relevant research groups has any`}.`,
  requiresMunicipalities: (type, min) =>
    `${capitalise(type)} requires at least ${counted('en', min, 'municipality')}, but `,
  noSimilarNeed: (min) =>
    `no other municipality has a similar need (a similarity of at least ${min}).`,
  nearestBelow: (needs) =>
    `The closest are ${list('en', needs)}; lower settings.minNeedSimilarity or pin the needs together (settings.pins) if they belong together.`,
  similarCannotJoin: (count, available) =>
    available > 0
      ? `only ${available} of the ${count} similar needs of other municipalities ${available === 1 ? 'is' : 'are'} free: `
      : count === 1
        ? 'the similar need of another municipality cannot join: '
        : `none of the ${count} similar needs of other municipalities can join: `,
  similarNeed: (org, similarity) => `${org}, similarity ${similarity}`,
  otherSimilar: (k) => `${k} ${k === 1 ? 'other cannot' : 'others cannot'} join either`,
  similarStatus: (s) => {
    switch (s.status) {
      case 'PLACED':
        return `is already in ${s.proposalId}`;
      case 'OTHER_PROJECT_TYPE':
        return `asks for ${s.projectType ? typeIndefinite('en', s.projectType) : 'another project type'}`;
      case 'EXCLUDED':
        return 'is excluded';
      case 'PIN_FAILED':
        return 'is held by a pin that could not be honoured';
      case 'EXCLUDED_PAIR':
        return 'is excluded together with this municipality';
      case 'NO_COMMON_GROUP':
        return 'shares no free relevant research group that can serve both';
      case 'SAME_ORGANIZATION':
        return 'belongs to the same municipality';
      case 'AVAILABLE':
        return 'is free';
    }
  },
  considerPreProject: 'Consider a pre-project, which may have a single municipality.',
  tooFewGroups: (type, min, groups) =>
    `${capitalise(type)} requires at least ${counted('en', min, 'group')}, but only ${counted('en', groups.length, 'freeGroup')} ${agree(groups, 'fits', 'fit')}: ${list('en', groups)}.`,
  noValidCombination: (type) =>
    `${capitalise(type)} cannot be formed from the free needs and research groups within the rules (region, exclusions, research groups serving every municipality) and with topic evidence (two key terms shared by every need and every research group).`,
  freeConsortium: (type, needs, groups, score) =>
    `A valid ${type} exists among the free needs and research groups: ${needs} with ${groups} (score ${score}).`,
  belowFloor: (floor) => `Its score is below the quality floor ${floor}, so it was not proposed.`,
  stoppedAtTimeLimit:
    'The optimiser stopped at its time limit before choosing it; run again with a longer time limit (--time-limit).',
  notProposed: 'It was not proposed in this run; pin the need (settings.pins) to get it in.',
};

export const CATALOGUE: Record<Locale, Messages> = { nb, nn, en };

// ---------------------------------------------------------------- shared sentence builders

/** "Bergen kommune" / "Bergen municipality"; research groups and others by name. */
export function orgName(locale: Locale, name: string, kind: OrganizationKind | undefined): string {
  const m = CATALOGUE[locale];
  const lower = name.toLocaleLowerCase('nb');
  if (kind === 'MUNICIPALITY' && !lower.includes('kommune') && !lower.includes('municipality'))
    return `${name} ${m.municipalitySuffix}`;
  if (
    kind === 'COUNTY_MUNICIPALITY' &&
    !lower.includes('fylkeskommune') &&
    !lower.includes('county')
  )
    return `${name} ${m.countySuffix}`;
  return name;
}

function needText(locale: Locale, need: NeedRef): string {
  return `${quote(locale, need.title)} (${orgName(locale, need.organizationName, need.organizationKind)})`;
}

function groupText(locale: Locale, g: GroupRef): string {
  return `${g.title} (${g.institution}${g.internationalPartners ? `, ${CATALOGUE[locale].withPartners}` : ''})`;
}

function groupName(locale: Locale, g: GroupRef): string {
  return `${quote(locale, g.title)} (${g.institution})`;
}

function topicText(locale: Locale, topic: Topic): string {
  if (topic.themes.length)
    return list(
      locale,
      topic.themes.map((t) => THEME_LABELS[locale][t]),
    );
  const terms = termsFor(locale, topic.terms, 3);
  return terms.length ? quote(locale, terms.join(', ')) : CATALOGUE[locale].topicFallback;
}

function ranges(locale: Locale, b: Partial<ConsortiumSizeRule>): string {
  const parts: string[] = [];
  if (b.minMunicipalities !== undefined)
    parts.push(`${b.minMunicipalities}–${b.maxMunicipalities} ${noun(locale, 'municipality', 2)}`);
  if (b.minResearchGroups !== undefined)
    parts.push(`${b.minResearchGroups}–${b.maxResearchGroups} ${noun(locale, 'group', 2)}`);
  return list(locale, parts);
}

function explanationSentence(locale: Locale, item: ExplanationItem): string {
  const m = CATALOGUE[locale];
  switch (item.code) {
    case 'CONSORTIUM_SHAPE': {
      const p = item.params;
      const lead =
        p.lead.kind === 'RESEARCH_GROUP'
          ? m.researchLead(p.lead.name, p.lead.institution, p.lead.internationalPartners)
          : orgName(locale, p.lead.name, p.lead.kind);
      return m.shape(p, lead, p.broker ? m.brokerSet(ranges(locale, p.broker)) : undefined);
    }
    case 'SINGLE_NEED':
      return m.singleNeed(needText(locale, item.params.need));
    case 'NEEDS_JOINED': {
      const p = item.params;
      return m.needsJoined(
        list(
          locale,
          p.needs.map((n) => needText(locale, n)),
        ),
        termsFor(locale, p.sharedTerms, 5),
        p.sharedThemes.map((t) => THEME_LABELS[locale][t]),
        num(locale, p.similarity),
      );
    }
    case 'GROUP_CONTRIBUTES': {
      const p = item.params;
      const what = [
        ...termsFor(locale, p.terms, 4),
        ...(p.themes.length ? [m.themeItem(p.themes.map((t) => THEME_LABELS[locale][t]))] : []),
      ];
      return m.groupAdds(groupText(locale, p.group), what, num(locale, p.relevance));
    }
    case 'SPECIALIST_LEFT_OUT': {
      const p = item.params;
      return m.specialistLeftOut(
        groupText(locale, p.group),
        needText(locale, p.need),
        needText(locale, p.otherNeed),
      );
    }
    case 'COVERAGE':
      return m.coverage(pct(locale, item.params.coverage), item.params.needs);
    case 'INTEREST_EXPRESSED':
      return m.interest(
        groupText(locale, item.params.group),
        list(
          locale,
          item.params.needs.map((n) => needText(locale, n)),
        ),
        item.params.needs.length,
      );
    case 'DIVERSITY': {
      const p = item.params;
      return m.diversity({
        ...(p.sizeClasses.length > 1
          ? {
              sizes: list(
                locale,
                p.sizeClasses.map((k) => SIZE_LABELS[locale][k]),
              ),
            }
          : {}),
        ...(p.inexperiencedMunicipalities > 0
          ? { inexperienced: p.inexperiencedMunicipalities }
          : {}),
        ...(p.institutions > 1 ? { institutions: p.institutions } : {}),
      });
    }
  }
}

export function renderExplanation(locale: Locale, items: ExplanationItem[]): string {
  return items.map((item) => explanationSentence(locale, item)).join(' ');
}

const STATUS_ORDER: Array<Exclude<GroupStatus, 'FREE'>> = [
  'USED',
  'OUTSIDE_COUNTY',
  'NO_CAPACITY',
  'EXCLUDED',
  'CONFLICT',
];

function noFreeGroup(locale: Locale, p: R<'NO_FREE_GROUP'>): string {
  const m = CATALOGUE[locale];
  const county = p.countyNumber ? m.inCounty(p.countyNumber) : '';
  const parts: string[] = [];
  for (const status of STATUS_ORDER) {
    const groups = p.groups.filter((g: GroupState) => g.status === status);
    if (groups.length === 0) continue;
    const names = groups.map((g) => groupName(locale, g));
    const shown =
      names.length > 3 ? [...names.slice(0, 2), counted(locale, names.length - 2, 'group')] : names;
    const extra =
      status === 'USED'
        ? shortList(locale, sortProposalIds(groups.flatMap((g) => g.usedBy ?? [])), 5)
        : status === 'OUTSIDE_COUNTY'
          ? (p.countyNumber ?? '')
          : '';
    parts.push(m.groupStatus(status, shown, extra));
  }
  const more = p.relevantCount - p.groups.length;
  if (more > 0) parts.push(m.moreNotFree(more));
  const advice = p.groups.some((g) => g.status === 'USED') ? ` ${m.raiseCapacity}` : '';
  return `${m.noFreeGroupIntro(p.relevantCount, topicText(locale, p.topic), county)}${parts.join('; ')}.${advice}`;
}

function typeSentence(locale: Locale, r: TypeReason): string {
  const m = CATALOGUE[locale];
  const type = typeIndefinite(locale, r.params.projectType);
  switch (r.code) {
    case 'NO_INTERNATIONAL_GROUP':
      return m.noInternationalGroup(r.params.freeGroups);
    case 'NO_PARTNER_NEED': {
      const p: T<'NO_PARTNER_NEED'> = r.params;
      let s = m.requiresMunicipalities(type, p.minMunicipalities);
      if (p.similarCount === 0) {
        s += m.noSimilarNeed(num(locale, p.minNeedSimilarity));
        if (p.nearestBelow?.length)
          s += ` ${m.nearestBelow(
            p.nearestBelow.map(
              (x) =>
                `${quote(locale, x.title)} (${m.similarNeed(orgName(locale, x.organizationName, x.organizationKind), num(locale, x.similarity))})`,
            ),
          )}`;
      } else {
        const blockers = p.similarNeeds.filter((x) => x.status !== 'AVAILABLE');
        const shown = blockers
          .slice(0, 4)
          .map(
            (x) =>
              `${quote(locale, x.title)} (${m.similarNeed(orgName(locale, x.organizationName, x.organizationKind), num(locale, x.similarity))}) ${m.similarStatus(x)}`,
          );
        const rest = p.similarCount - p.available - shown.length;
        if (rest > 0) shown.push(m.otherSimilar(rest));
        s += `${m.similarCannotJoin(p.similarCount, p.available)}${shown.join('; ')}.`;
      }
      return p.suggestPreProject ? `${s} ${m.considerPreProject}` : s;
    }
    case 'TOO_FEW_GROUPS':
      return m.tooFewGroups(
        type,
        r.params.minResearchGroups,
        r.params.groups.map((g) => groupName(locale, g)),
      );
    case 'NO_VALID_COMBINATION':
      return m.noValidCombination(type);

  }
}

export function renderReason(locale: Locale, reason: UnmatchedReason): string {
  const m = CATALOGUE[locale];
  switch (reason.code) {
    case 'NEED_EXCLUDED':
      return m.needExcluded;
    case 'ORGANIZATION_EXCLUDED': {
      const o = reason.params.organization;
      return m.organizationExcluded(orgName(locale, o.name, o.kind));
    }
    case 'OWNER_NOT_MUNICIPAL': {
      const o = reason.params.organization;
      return m.ownerNotMunicipal(orgName(locale, o.name, o.kind));
    }
    case 'PIN_FAILED':
      return m.pinFailed(
        reason.params.pins.map(
          (x) => m.pinProblems[x.problem] ?? m.pinProblems['no-valid-consortium'],
        ),
      );
    case 'NO_PROJECT_TYPES':
      return m.noProjectTypes;
    case 'PROJECT_TYPE_NOT_IN_RUN':
      return m.projectTypeNotInRun(typeIndefinite(locale, reason.params.projectType));
    case 'NEED_UNDERSPECIFIED':
      return m.needUnderspecified(reason.params.terms);
    case 'NO_RELEVANT_GROUP':
      return m.noRelevantGroup(
        topicText(locale, reason.params.topic),
        num(locale, reason.params.minAffinity),
      );
    case 'NO_FREE_GROUP':
      return noFreeGroup(locale, reason.params);
    case 'NO_CONSORTIUM':
      return reason.params.types.map((t) => typeSentence(locale, t)).join(' ');
    case 'FREE_CONSORTIUM_NOT_PROPOSED': {
      const p = reason.params;
      const tail =
        p.qualityFloor !== undefined
          ? m.belowFloor(num(locale, p.qualityFloor))
          : p.timeLimited
            ? m.stoppedAtTimeLimit
            : m.notProposed;
      return `${m.freeConsortium(
        typeNoun(locale, p.projectType),
        list(
          locale,
          p.needs.map((n) => needText(locale, n)),
        ),
        list(
          locale,
          p.groups.map((g) => groupName(locale, g)),
        ),
        num(locale, p.score),
      )} ${tail}`;
    }
  }
}
