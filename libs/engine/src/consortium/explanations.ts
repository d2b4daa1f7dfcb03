/**
 * Broker-readable explanations of proposals and reasons for unmatched needs, in bokmål (default) or English.
 */
import { ProblemOrganization, ProjectType, Theme } from '../exchange/types';
import { cmp, sizeClass, SizeClass } from './candidate-score';
import { Candidate } from './consortium.types';
import { FormationContext, isMunicipal } from './formation-context';

export type Locale = 'nb' | 'en';

export const THEME_LABELS: Record<Locale, Record<Theme, string>> = {
  nb: {
    HEALTH_AND_CARE: 'helse og omsorg',
    EDUCATION_AND_CHILDHOOD: 'oppvekst og utdanning',
    CLIMATE_AND_ENVIRONMENT: 'klima og miljø',
    ENERGY_AND_BUILDINGS: 'energi og bygg',
    PLANNING_AND_TRANSPORT: 'areal- og transportplanlegging',
    DIGITALISATION: 'digitalisering',
    LEADERSHIP_AND_WORKPLACE: 'ledelse, organisering og arbeidsmiljø',
    LOCAL_DEMOCRACY_AND_PARTICIPATION: 'lokaldemokrati og medvirkning',
    VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY: 'frivillighet og sivilsamfunn',
    INCLUSION_AND_INTEGRATION: 'inkludering og integrering',
    PUBLIC_PROCUREMENT: 'innovative anskaffelser',
    CIRCULAR_ECONOMY: 'gjenbruk og sirkulærøkonomi',
    BUSINESS_DEVELOPMENT: 'næringsutvikling',
    CULTURE_AND_COMMUNITY: 'kultur og lokalsamfunn',
  },
  en: {
    HEALTH_AND_CARE: 'health and care',
    EDUCATION_AND_CHILDHOOD: 'education and childhood',
    CLIMATE_AND_ENVIRONMENT: 'climate and environment',
    ENERGY_AND_BUILDINGS: 'energy and buildings',
    PLANNING_AND_TRANSPORT: 'land-use and transport planning',
    DIGITALISATION: 'digitalisation',
    LEADERSHIP_AND_WORKPLACE: 'leadership, organisation and workplace',
    LOCAL_DEMOCRACY_AND_PARTICIPATION: 'local democracy and participation',
    VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY: 'voluntary sector and civil society',
    INCLUSION_AND_INTEGRATION: 'inclusion and integration',
    PUBLIC_PROCUREMENT: 'public procurement',
    CIRCULAR_ECONOMY: 'circular economy',
    BUSINESS_DEVELOPMENT: 'business development',
    CULTURE_AND_COMMUNITY: 'culture and community',
  },
};

const TYPE_LABELS: Record<Locale, Record<ProjectType, string>> = {
  nb: {
    PRE_PROJECT: 'Forprosjekt',
    INNOVATION_PROJECT: 'Innovasjonsprosjekt',
    COMPETENCE_PROJECT: 'Kompetanseprosjekt',
  },
  en: {
    PRE_PROJECT: 'Pre-project',
    INNOVATION_PROJECT: 'Innovation project',
    COMPETENCE_PROJECT: 'Competence project',
  },
};

const SIZE_LABELS: Record<Locale, Record<SizeClass, string>> = {
  nb: { small: 'små', medium: 'mellomstore', large: 'store' },
  en: { small: 'small', medium: 'medium-sized', large: 'large' },
};

function typeLabel(locale: Locale, type: ProjectType, lower = false): string {
  const s = TYPE_LABELS[locale][type];
  return lower ? s.charAt(0).toLocaleLowerCase(locale) + s.slice(1) : s;
}

function themeLabel(locale: Locale, theme: Theme): string {
  return `${THEME_LABELS[locale][theme]} (${theme})`;
}

function list(locale: Locale, items: string[]): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'nb' ? 'og' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Display name of an organization: "Bergen kommune" / "Bergen municipality", research groups by name. */
export function orgName(
  locale: Locale,
  org: ProblemOrganization | undefined,
  fallbackId: string,
): string {
  const name = org?.name ?? fallbackId;
  const lower = name.toLocaleLowerCase('nb');
  if (org?.kind === 'MUNICIPALITY' && !lower.includes('kommune') && !lower.includes('municipality'))
    return locale === 'nb' ? `${name} kommune` : `${name} municipality`;
  if (
    org?.kind === 'COUNTY_MUNICIPALITY' &&
    !lower.includes('fylkeskommune') &&
    !lower.includes('county')
  )
    return locale === 'nb' ? `${name} fylkeskommune` : `${name} county municipality`;
  return name;
}

function topByCount(counts: Map<string, number>, k: number): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, k)
    .map(([t]) => t);
}

function countInto(counts: Map<string, number>, items: Iterable<string>): void {
  for (const t of items) counts.set(t, (counts.get(t) ?? 0) + 1);
}

export function explainProposal(ctx: FormationContext, c: Candidate, locale: Locale): string {
  const nb = locale === 'nb';
  const rule = ctx.settings.sizes[c.projectType];
  const lead = ctx.orgById.get(c.leadOrganizationId);
  const leadName = orgName(locale, lead, c.leadOrganizationId);
  const parts: string[] = [];

  // The rule that makes it valid.
  const muniCount = c.needs.length;
  const groupCount = c.profiles.length;
  const intlNote =
    c.projectType === 'COMPETENCE_PROJECT' && lead?.internationalPartners
      ? nb
        ? ' med internasjonale partnere'
        : ' with international partners'
      : '';
  parts.push(
    nb
      ? `${typeLabel(locale, c.projectType)} ledet av ${leadName}${intlNote}: ${muniCount} ${muniCount === 1 ? 'kommune' : 'kommuner'} (krav ${rule.minMunicipalities}–${rule.maxMunicipalities}), ${groupCount} FoU-miljø (krav ${rule.minResearchGroups}–${rule.maxResearchGroups}).`
      : `${typeLabel(locale, c.projectType)} led by ${leadName}${intlNote}: ${muniCount} ${muniCount === 1 ? 'municipality' : 'municipalities'} (rule ${rule.minMunicipalities}–${rule.maxMunicipalities}), ${groupCount} research ${groupCount === 1 ? 'group' : 'groups'} (rule ${rule.minResearchGroups}–${rule.maxResearchGroups}).`,
  );

  // Which needs it joins and why.
  const needDescs = c.needs.map(
    (n) =>
      `«${ctx.needs[n].title}» (${orgName(locale, ctx.needOrg(n), ctx.needs[n].organizationId)})`,
  );
  if (c.needs.length === 1) {
    parts.push(nb ? `Behovet ${needDescs[0]}.` : `The need ${needDescs[0]}.`);
  } else {
    const termCounts = new Map<string, number>();
    for (let i = 0; i < c.needs.length; i++)
      for (let j = i + 1; j < c.needs.length; j++)
        countInto(termCounts, ctx.similarity(c.needs[i], c.needs[j])?.sharedTerms ?? []);
    const themeCounts = new Map<string, number>();
    for (const n of c.needs) countInto(themeCounts, new Set(ctx.needs[n].themes ?? []));
    const sharedThemes = [...themeCounts.entries()]
      .filter(([, k]) => k >= 2)
      .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
      .map(([t]) => THEME_LABELS[locale][t as Theme]);
    const terms = topByCount(termCounts, 5);
    const why: string[] = [];
    if (terms.length)
      why.push(
        nb ? `felles begreper ${list(locale, terms)}` : `shared terms ${list(locale, terms)}`,
      );
    if (sharedThemes.length)
      why.push(
        nb
          ? `felles ${sharedThemes.length === 1 ? 'tema' : 'temaer'} ${list(locale, sharedThemes)}`
          : `shared ${sharedThemes.length === 1 ? 'theme' : 'themes'} ${list(locale, sharedThemes)}`,
      );
    const cohesion = c.components.cohesion.toFixed(2);
    parts.push(
      nb
        ? `Samler behovene ${list(locale, needDescs)}${why.length ? `, som har ${list(locale, why)}` : ''} (likhet ${cohesion}).`
        : `Joins the needs ${list(locale, needDescs)}${why.length ? `, which have ${list(locale, why)}` : ''} (similarity ${cohesion}).`,
    );
  }

  // What each research group adds.
  const adds = c.profiles.map((p) => {
    const termCounts = new Map<string, number>();
    for (const n of c.needs) countInto(termCounts, ctx.affinity(n, p).sharedTerms.slice(0, 6));
    const needThemes = new Set(c.needs.flatMap((n) => ctx.needs[n].themes ?? []));
    const themes = (ctx.profiles[p].themes ?? [])
      .filter((t) => needThemes.has(t))
      .map((t) => THEME_LABELS[locale][t]);
    const terms = topByCount(termCounts, 4);
    const what = [...terms, ...themes.map((t) => (nb ? `temaet ${t}` : `the theme ${t}`))];
    const who = `${ctx.profiles[p].title} (${ctx.institution(p)}${ctx.hasInternationalPartners(p) ? (nb ? ', internasjonale partnere' : ', international partners') : ''})`;
    const rel = (
      c.needs.reduce((s, n) => s + ctx.affinity(n, p).score, 0) / c.needs.length
    ).toFixed(2);
    return nb
      ? `${who} bidrar med ${what.length ? list(locale, what) : 'beslektet kompetanse'} (relevans ${rel})`
      : `${who} adds ${what.length ? list(locale, what) : 'related expertise'} (relevance ${rel})`;
  });
  parts.push(`${adds.join('; ')}.`);
  parts.push(
    nb
      ? `Dekning av behovenes nøkkelbegreper og temaer: ${Math.round(c.components.coverage * 100)} %.`
      : `Coverage of the needs' key terms and themes: ${Math.round(c.components.coverage * 100)}%.`,
  );

  // Diversity.
  const classes = [...new Set(c.needs.map((n) => sizeClass(ctx.needOrg(n)?.population)))].filter(
    (x): x is SizeClass => x !== undefined,
  );
  const order: SizeClass[] = ['small', 'medium', 'large'];
  classes.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const inexperienced = c.needs.filter((n) => {
    const e = ctx.needOrg(n)?.researchExperience;
    return e === 'NONE' || e === 'SOME';
  }).length;
  const institutions = new Set(c.profiles.map((p) => ctx.institution(p))).size;
  const div: string[] = [];
  if (classes.length > 1)
    div.push(
      nb
        ? `blander ${list(
            locale,
            classes.map((k) => SIZE_LABELS.nb[k]),
          )} kommuner`
        : `mixes ${list(
            locale,
            classes.map((k) => SIZE_LABELS.en[k]),
          )} municipalities`,
    );
  if (inexperienced > 0)
    div.push(
      nb
        ? `${inexperienced} ${inexperienced === 1 ? 'kommune' : 'kommuner'} med lite forskningserfaring`
        : `${inexperienced} ${inexperienced === 1 ? 'municipality' : 'municipalities'} with little research experience`,
    );
  if (institutions > 1)
    div.push(
      nb ? `${institutions} forskningsinstitusjoner` : `${institutions} research institutions`,
    );
  if (div.length)
    parts.push(nb ? `Mangfold: ${list(locale, div)}.` : `Diversity: ${list(locale, div)}.`);
  return parts.join(' ');
}

/** What the reasoner needs to know about the final selection. */
export interface SelectionInfo {
  candidates: Candidate[];
  /** Candidate index → proposal id (c1, ...) for selected candidates. */
  proposalIdOf: Map<number, string>;
  /** Need index → candidate indices containing it. */
  candidatesOfNeed: Map<number, number[]>;
  /** Pins that could not be honoured: pin index → problem key. */
  droppedPins: Map<number, string>;
  /** Whether the solver stopped at its time limit (or the heuristic ran). */
  timeLimited: boolean;
}

interface SelectionIndex {
  /** Need index → id of the proposal holding it. */
  selectedByNeed: Map<number, string>;
  /** Profile index → ids of the proposals using it. */
  usersOfProfile: Map<number, string[]>;
}

const selectionIndexes = new WeakMap<SelectionInfo, SelectionIndex>();

/** Who holds what in the final selection: built once per selection, shared by every unmatched need's reason. */
function selectionIndex(info: SelectionInfo): SelectionIndex {
  let index = selectionIndexes.get(info);
  if (index) return index;
  index = { selectedByNeed: new Map(), usersOfProfile: new Map() };
  for (const [ci, pid] of info.proposalIdOf) {
    const cand = info.candidates[ci];
    for (const m of cand.needs) index.selectedByNeed.set(m, pid);
    for (const p of cand.profiles) {
      const users = index.usersOfProfile.get(p) ?? [];
      users.push(pid);
      index.usersOfProfile.set(p, users);
    }
  }
  selectionIndexes.set(info, index);
  return index;
}

function needThemesText(ctx: FormationContext, locale: Locale, n: number): string {
  const themes = ctx.needs[n].themes ?? [];
  if (themes.length > 0)
    return list(
      locale,
      themes.map((t) => themeLabel(locale, t)),
    );
  const terms = [...ctx.model.needTerms(n).entries()]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, 3)
    .map(([s]) => ctx.model.surface(s));
  if (terms.length) return `«${terms.join(', ')}»`;
  return locale === 'nb' ? 'behovet' : 'the need';
}

function countyText(ctx: FormationContext, locale: Locale, n: number): string {
  const county = ctx.needOrg(n)?.countyNumber;
  if (!county) return '';
  return locale === 'nb' ? ` i fylke ${county}` : ` in county ${county}`;
}

const PIN_PROBLEMS: Record<Locale, Record<string, string>> = {
  nb: {
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
  en: {
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
};

/** An actionable reason why need n is in no proposal. */
export function unmatchedReason(
  ctx: FormationContext,
  n: number,
  info: SelectionInfo,
  locale: Locale,
): string {
  const nb = locale === 'nb';
  const need = ctx.needs[n];
  const org = ctx.needOrg(n);
  const settings = ctx.settings;

  if (ctx.excludedIds.has(need.id))
    return nb
      ? 'Ekskludert av megler (settings.excludeIds).'
      : 'Excluded by the broker (settings.excludeIds).';
  if (ctx.excludedIds.has(need.organizationId))
    return nb
      ? `${orgName(locale, org, need.organizationId)} er ekskludert av megler i denne kjøringen (settings.excludeIds).`
      : `${orgName(locale, org, need.organizationId)} is excluded by the broker in this run (settings.excludeIds).`;
  if (!isMunicipal(org))
    return nb
      ? `Eieren ${orgName(locale, org, need.organizationId)} er ikke en kommune eller fylkeskommune; bare de kan eie et behov i et konsortium.`
      : `The owner ${orgName(locale, org, need.organizationId)} is not a municipality or county municipality; only those can own a need in a consortium.`;

  const pinNotes: string[] = [];
  settings.pins.forEach((pin, i) => {
    const problem = info.droppedPins.get(i);
    if (problem && pin.needIds.includes(need.id))
      pinNotes.push(PIN_PROBLEMS[locale][problem] ?? PIN_PROBLEMS[locale]['no-valid-consortium']);
  });
  if (pinNotes.length)
    return nb
      ? `Festet av megler, men festingen kunne ikke oppfylles: ${pinNotes.join('; ')}. Endre eller fjern festingen (settings.pins).`
      : `Pinned by the broker, but the pin could not be honoured: ${pinNotes.join('; ')}. Change or remove the pin (settings.pins).`;

  const types = settings.projectTypes.filter((t) => ctx.needFitsType(n, t));
  if (types.length === 0 && need.projectType === undefined)
    return nb
      ? 'Ingen prosjekttyper er med i denne kjøringen (settings.projectTypes er tom); legg til minst én prosjekttype.'
      : 'No project types are part of this run (settings.projectTypes is empty); add at least one project type.';
  if (types.length === 0)
    return nb
      ? `Behovet ønsker ${typeLabel(locale, need.projectType as ProjectType, true)}, som ikke er med i denne kjøringen (settings.projectTypes).`
      : `The need asks for a ${typeLabel(locale, need.projectType as ProjectType, true)}, which is not part of this run (settings.projectTypes).`;

  const topic = needThemesText(ctx, locale, n);
  const county = countyText(ctx, locale, n);
  const relevant = ctx.profilesForNeed(n);
  if (relevant.length === 0)
    return nb
      ? `Ingen FoU-miljø har kompetanse som ligner behovet (relevans under ${settings.minAffinity}) innen ${topic}; utdyp beskrivelsen, legg til temaer, eller inviter et FoU-miljø til å registrere en profil.`
      : `No research group has expertise resembling the need (relevance below ${settings.minAffinity}) in ${topic}; describe the need in more detail, add themes, or invite a research group to register a profile.`;

  const fitting = relevant.filter((a) => ctx.profileFitsNeed(n, a.profileIndex));
  if (fitting.length === 0) {
    const outside = relevant.filter((a) => !ctx.regionOk(n, a.profileIndex)).length;
    const full = relevant.filter((a) => ctx.capacity[a.profileIndex] <= 0).length;
    const excluded = relevant.filter((a) => ctx.isProfileExcluded(a.profileIndex)).length;
    const conflicted = relevant.filter((a) =>
      ctx.isExcludedPair(need.organizationId, ctx.profiles[a.profileIndex].organizationId),
    ).length;
    const detail: string[] = [];
    if (outside)
      detail.push(
        nb
          ? `${outside} arbeider utenfor fylket (enforceRegion)`
          : `${outside} work outside the county (enforceRegion)`,
      );
    if (full) detail.push(nb ? `${full} har kapasitet 0` : `${full} have capacity 0`);
    if (excluded)
      detail.push(
        nb ? `${excluded} er ekskludert av megler` : `${excluded} are excluded by the broker`,
      );
    if (conflicted)
      detail.push(
        nb
          ? `${conflicted} er ekskludert sammen med ${orgName(locale, org, need.organizationId)}`
          : `${conflicted} are excluded together with ${orgName(locale, org, need.organizationId)}`,
      );
    return nb
      ? `Ingen FoU-miljø med ledig kapasitet dekker ${topic}${county} (av ${relevant.length} relevante: ${list(locale, detail)}).`
      : `No research group with free capacity covers ${topic}${county} (of ${relevant.length} relevant: ${list(locale, detail)}).`;
  }

  const own = info.candidatesOfNeed.get(n) ?? [];
  if (own.length === 0) {
    const perType = types.map((t) =>
      typeReason(
        ctx,
        n,
        t,
        fitting.map((a) => a.profileIndex),
        locale,
      ),
    );
    return capitalise(perType.join(' '));
  }

  // Candidates existed: what blocked them in the final selection?
  const { selectedByNeed, usersOfProfile } = selectionIndex(info);
  const byProfile = new Set<string>();
  const byNeed = new Set<string>();
  let free = false;
  for (const ci of own.slice(0, 10)) {
    const cand = info.candidates[ci];
    let blocked = false;
    for (const m of cand.needs) {
      const pid = selectedByNeed.get(m);
      if (pid && m !== n) {
        byNeed.add(pid);
        blocked = true;
      }
    }
    for (const p of cand.profiles) {
      const users = usersOfProfile.get(p) ?? [];
      if (users.length >= ctx.capacity[p]) {
        users.forEach((u) => byProfile.add(u));
        blocked = true;
      }
    }
    if (!blocked) free = true;
  }
  const ids = (s: Set<string>) => {
    const sorted = [...s].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    const more = sorted.length - 5;
    return (
      sorted.slice(0, 5).join(', ') +
      (more > 0 ? (nb ? ` og ${more} til` : ` and ${more} more`) : '')
    );
  };
  const reasons: string[] = [];
  if (byProfile.size)
    reasons.push(
      nb
        ? `alle FoU-miljø som passer er brukt av forslag med høyere samlet verdi (${ids(byProfile)}); øk kapasiteten deres eller fest behovet`
        : `all research groups that fit are used by better-scoring proposals (${ids(byProfile)}); raise their capacity or pin the need`,
    );
  if (byNeed.size)
    reasons.push(
      nb
        ? `de lignende behovene fra andre kommuner er allerede med i ${ids(byNeed)}`
        : `the similar needs of other municipalities are already in ${ids(byNeed)}`,
    );
  if (reasons.length === 0 || free)
    reasons.push(
      info.timeLimited
        ? nb
          ? 'optimeringen nådde tidsgrensen før behovet fikk plass; kjør igjen med lengre --time-limit'
          : 'the optimiser reached its time limit before placing the need; run again with a longer --time-limit'
        : nb
          ? 'de mulige konsortiene for behovet gir lavere samlet verdi enn de valgte forslagene'
          : 'the possible consortia for the need give a lower total value than the selected proposals',
    );
  return capitalise(`${reasons.join('; ')}.`);
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

/** Why no candidate of type t exists for need n, given the research groups that fit it. */
function typeReason(
  ctx: FormationContext,
  n: number,
  t: ProjectType,
  fitting: number[],
  locale: Locale,
): string {
  const nb = locale === 'nb';
  const rule = ctx.settings.sizes[t];
  const label = typeLabel(locale, t, true);
  const prefix = `${typeLabel(locale, t)}: `;
  if (
    t === 'COMPETENCE_PROJECT' &&
    ctx.settings.requireInternationalPartnersForCompetenceProjects
  ) {
    if (!fitting.some((p) => ctx.hasInternationalPartners(p)))
      return (
        prefix +
        (nb
          ? 'ingen relevant FoU-miljø med internasjonale partnere (kreves for kompetanseprosjekt).'
          : 'no relevant research group with international partners (required for a competence project).')
      );
  }
  if (rule.minMunicipalities > 1) {
    const partners = ctx
      .neighbours(n)
      .filter(
        (x) =>
          x.similarity >= ctx.settings.minNeedSimilarity &&
          ctx.isNeedUsable(x.needIndex) &&
          ctx.needFitsType(x.needIndex, t) &&
          ctx.orgsCompatible(ctx.needs[n].organizationId, ctx.needs[x.needIndex].organizationId),
      );
    if (partners.length === 0) {
      const hint =
        t !== 'PRE_PROJECT' && ctx.settings.sizes.PRE_PROJECT.minMunicipalities <= 1
          ? nb
            ? '; vurder forprosjekt'
            : '; consider a pre-project'
          : '';
      return (
        prefix +
        (nb
          ? `ingen andre kommuner har et lignende behov for ${label} (minst ${rule.minMunicipalities} kommuner kreves)${hint}.`
          : `no other municipality has a similar need for a ${label} (at least ${rule.minMunicipalities} municipalities required)${hint}.`)
      );
    }
  }
  const orgs = new Set(fitting.map((p) => ctx.profiles[p].organizationId));
  if (orgs.size < rule.minResearchGroups)
    return (
      prefix +
      (nb
        ? `bare ${orgs.size} relevant${orgs.size === 1 ? '' : 'e'} FoU-miljø passer (minst ${rule.minResearchGroups} kreves for ${label}).`
        : `only ${orgs.size} relevant research ${orgs.size === 1 ? 'group fits' : 'groups fit'} (at least ${rule.minResearchGroups} required for a ${label}).`)
    );
  return (
    prefix +
    (nb
      ? `de lignende behovene og FoU-miljøene kan ikke kombineres innenfor reglene (region, eksklusjoner, felles FoU-miljø for alle kommunene).`
      : `the similar needs and research groups cannot be combined within the rules (region, exclusions, research groups serving every municipality).`)
  );
}
