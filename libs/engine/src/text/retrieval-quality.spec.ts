/**
 * Retrieval quality on the demo data set (data/demo) with its planted clusters: need ↔ need neighbours and
 * need → profile rankings, including across bokmål, nynorsk and English. Prints the figures; asserts floors
 * and the behaviours fixed in the text scorer (not exact scores).
 */
import { resolveSettings } from '../exchange/settings';
import { buildAffinityModel } from './affinity-model.builder';
import {
  DemoNeed,
  DemoOrganization,
  DemoProfile,
  demoToProblem,
  evaluateRetrieval,
  PlantedCluster,
} from './retrieval-evaluation';

const organizations = require('../../../../data/demo/organizations.json') as DemoOrganization[];
const needs = require('../../../../data/demo/needs.json') as DemoNeed[];
const profiles = require('../../../../data/demo/profiles.json') as DemoProfile[];

/** Planted clusters of data/demo/README.md (needs and the groups meant to serve them). */
const CLUSTERS: PlantedCluster[] = [
  {
    topic: 'digital home care',
    needs: [
      'n-bodo-hjemmeoppfolging',
      'n-hyllestad-digitalt-tilsyn',
      'n-engerdal-velferdsteknologi',
      'n-tromso-remote-monitoring',
      'n-orsta-medisineringsstotte',
    ],
    profiles: [
      'p-uia-ehelse',
      'p-nord-helseinnovasjon',
      'p-sintef-digihelse',
      'p-hvl-velferd',
      'p-uit-telemedisin',
    ],
  },
  {
    topic: 'stormwater / climate adaptation',
    needs: [
      'n-bergen-overvann',
      'n-sogndal-overvatn',
      'n-lillehammer-flomveier',
      'n-arendal-cloudburst',
      'n-meloy-skred-flom',
    ],
    profiles: [
      'p-niva-urbantvann',
      'p-ngi-naturfare',
      'p-vestforsk-klima',
      'p-cicero-tilpasning',
      'p-nmbu-blagronn',
    ],
  },
  {
    topic: 'school absence',
    needs: ['n-stavanger-skolefravaer', 'n-volda-skulefravaer', 'n-alta-skolefravaer'],
    profiles: ['p-uis-skolefravaer', 'p-ntnusamf-oppvekst'],
  },
  {
    topic: 'zero-emission construction procurement',
    needs: [
      'n-oslo-zero-emission-sites',
      'n-molde-utslippsfrie-byggeplasser',
      'n-innlandet-fossilfri-anlegg',
    ],
    profiles: ['p-bi-anskaffelser', 'p-sintef-byggeplass', 'p-himolde-innkjop'],
  },
  {
    topic: 'refugees into work',
    needs: [
      'n-hamar-flyktninger-arbeid',
      'n-stranda-flyktningar-arbeid',
      'n-rana-refugees-work',
      'n-vadso-helsefag-flyktninger',
    ],
    profiles: ['p-fafo-integrering', 'p-isf-migrasjon', 'p-nforsk-inkludering'],
  },
  {
    topic: 'recruiting health workers',
    needs: [
      'n-senja-rekruttere-sykepleiere',
      'n-smola-helsefagarbeidarar',
      'n-tynset-heltidskultur',
      'n-selbu-heltid',
    ],
    profiles: ['p-ntnu-helsepersonell', 'p-nord-rekruttering', 'p-hinn-helse'],
  },
  {
    topic: 'participation in planning',
    needs: [
      'n-lillestrom-digital-medvirkning',
      'n-stryn-medverknad-unge',
      'n-steinkjer-quiet-voices',
    ],
    profiles: [
      'p-aho-medvirkning',
      'p-oslomet-digital-medvirkning',
      'p-nmbu-medvirkning',
      'p-uib-lokaldemokrati',
    ],
  },
  {
    topic: 'reuse of building materials',
    needs: [
      'n-trondheim-ombruk-bygg',
      'n-oygarden-ombruksbank',
      'n-kristiansand-ombruk-dokumentasjon',
      'n-steinkjer-ombruk-inventar',
      'n-lillestrom-sirkulaer-ikt',
    ],
    profiles: ['p-ntnu-ombruk', 'p-norsus-lca'],
  },
  {
    topic: 'energy in municipal buildings',
    needs: [
      'n-baerum-energistyring',
      'n-oppdal-energi-eldre-bygg',
      'n-suldal-energisparing',
      'n-stavanger-energy-flexible',
      'n-sunndal-spillvarme',
    ],
    profiles: ['p-sintefenergi-bygg', 'p-sin-energistyring', 'p-ntnu-energi'],
  },
  {
    topic: 'AI and digital services',
    needs: ['n-alesund-ki-byggesak', 'n-gjovik-sprakmodeller', 'n-hammerfest-chatbot'],
    profiles: ['p-nr-maskinlaering', 'p-simula-ki', 'p-hiof-digital'],
  },
  {
    topic: 'volunteers and older people',
    needs: [
      'n-voss-einsemd-eldre',
      'n-hurdal-frivillighetskoordinering',
      'n-kristiansund-frivillige-eldre',
    ],
    profiles: ['p-moreforsk-frivilligheit', 'p-kristiania-sivilsamfunn'],
  },
  {
    topic: 'rural tourism and settlement',
    needs: [
      'n-lierne-bolyst',
      'n-rost-helarsarbeidsplasser',
      'n-bykle-tourism',
      'n-aurland-besoksforvaltning',
      'n-vagan-peak-tourism',
      'n-valle-unge-heim',
      'n-trysil-fritidsbeboere',
    ],
    profiles: [
      'p-tmforsk-reiseliv',
      'p-vestforsk-reiseliv',
      'p-ruralis-bolyst',
      'p-nofima-kystsamfunn',
    ],
  },
  {
    topic: 'early intervention for children',
    needs: ['n-sunnfjord-bti', 'n-karmoy-familieteam'],
    profiles: ['p-ntnusamf-oppvekst'],
  },
  {
    topic: 'sickness absence',
    needs: ['n-levanger-sykefravaer-barnehage', 'n-kvam-sjukefravaer'],
    profiles: ['p-stami-sykefravaer'],
  },
  {
    topic: 'trust-based leadership',
    needs: ['n-molde-tillitsreform', 'n-bergen-trust-based'],
    profiles: ['p-afi-ledelse', 'p-afi-trust-based'],
  },
  {
    topic: 'rural mobility',
    needs: ['n-nordland-bestillingstransport', 'n-nordreisa-mobility-elderly'],
    profiles: ['p-toi-mobilitet'],
  },
  {
    topic: 'upper secondary completion',
    needs: ['n-vestland-hybelbuarar', 'n-more-unge-utanfor'],
    profiles: ['p-nifu-gjennomforing'],
  },
  {
    topic: 'multilingual children and newcomer pupils',
    needs: ['n-elverum-flerspraklige-barn', 'n-kristiansand-newcomer-pupils'],
    profiles: ['p-oslomet-flersprak'],
  },
];

describe('retrieval quality on the demo data set', () => {
  const problem = demoToProblem(organizations, needs, profiles);
  const settings = resolveSettings(undefined);
  const model = buildAffinityModel(problem, settings);
  const index = new Map(problem.needs.map((n, i) => [n.id, i]));
  const neighbourIds = (id: string, k = 10): string[] =>
    model.similarNeeds(index.get(id)!, k).map((x) => problem.needs[x.needIndex].id);
  const profileIds = (id: string, k = 10): string[] =>
    model.profilesForNeed(index.get(id)!, k).map((x) => problem.profiles[x.profileIndex].id);
  const rankOf = (list: string[], id: string): number => {
    const r = list.indexOf(id);
    return r < 0 ? Infinity : r;
  };

  it('reports precision, MRR and cross-language figures', () => {
    const f = evaluateRetrieval(model, CLUSTERS);
    const pct = (x: number): string => (100 * x).toFixed(1);

    console.log(
      [
        `demo retrieval quality (${problem.needs.length} needs × ${problem.profiles.length} profiles)`,
        `need↔need  R-precision ${pct(f.rPrecision)} %, P@3 ${pct(f.precisionAt3)} %, MRR ${f.mrr.toFixed(3)}`,
        `English needs  R-precision ${pct(f.englishRPrecision)} %, MRR ${f.englishMrr.toFixed(3)}, ` +
          `off-topic English in top 3 ${pct(f.englishOffTopicEnglishAt3)} %`,
        `need→profile  hit@1 ${pct(f.profileHitAt1)} %, hit@3 ${pct(f.profileHitAt3)} %, MRR ${f.profileMrr.toFixed(3)}`,
        `Norwegian need → English intended profile above every off-topic profile: ${pct(f.norwegianToEnglishProfile)} %`,
        ...f.misses.map((m) => `  ${m}`),
      ].join('\n'),
    );
    // floors below the measured values (MRR 0.79, P@3 61 %, hit@3 98 %): they catch regressions, not tuning
    expect(f.mrr).toBeGreaterThan(0.7);
    expect(f.precisionAt3).toBeGreaterThan(0.5);
    expect(f.profileHitAt3).toBeGreaterThan(0.9);
  });

  it('places an English cloudburst need nearer Norwegian stormwater needs than an English tourism need', () => {
    const list = neighbourIds('n-arendal-cloudburst');
    expect(rankOf(list, 'n-bergen-overvann')).toBeLessThan(rankOf(list, 'n-vagan-peak-tourism'));
    expect(rankOf(list, 'n-sogndal-overvatn')).toBeLessThan(rankOf(list, 'n-vagan-peak-tourism'));
  });

  it('places English zero-emission sites nearer the Norwegian procurement needs than English energy-flexible buildings', () => {
    const list = neighbourIds('n-oslo-zero-emission-sites');
    expect(rankOf(list, 'n-molde-utslippsfrie-byggeplasser')).toBeLessThan(
      rankOf(list, 'n-stavanger-energy-flexible'),
    );
  });

  it('keeps English needs from clustering with English needs on unrelated topics', () => {
    const f = evaluateRetrieval(model, CLUSTERS);
    // before the fix 92 % of an English need's top-3 neighbours were off-topic English needs (now 22 %)
    expect(f.englishOffTopicEnglishAt3).toBeLessThan(0.4);
    expect(f.englishMrr).toBeGreaterThan(0.5);
  });

  it('ranks a nynorsk need on the same topic above an unrelated English need', () => {
    const list = neighbourIds('n-sogndal-overvatn');
    expect(rankOf(list, 'n-bergen-overvann')).toBeLessThan(
      rankOf(list, 'n-steinkjer-quiet-voices'),
    );
    expect(neighbourIds('n-arendal-cloudburst', 3)).toContain('n-sogndal-overvatn');
  });

  it('lets a bokmål need reach an English-only profile on its topic', () => {
    expect(rankOf(profileIds('n-elverum-flerspraklige-barn'), 'p-oslomet-flersprak')).toBeLessThan(
      3,
    );
  });
});
