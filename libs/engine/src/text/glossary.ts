/**
 * A small English → bokmål glossary of municipal-sector terms. Research groups often document their expertise in
 * English (publication titles and abstracts) while needs are written in Norwegian; when a problem mixes the two,
 * English words in this list also index their Norwegian term (at compound-part weight), a dictionary-based form of
 * cross-language matching. Single words only: "welfare technology" meets "velferdsteknologi" through the compound
 * parts velferd + teknologi.
 */
// prettier-ignore
export const ENGLISH_TO_BOKMAAL: Readonly<Record<string, string>> = {
  municipality: 'kommune', municipalities: 'kommune', municipal: 'kommunal', county: 'fylke', region: 'region',
  regional: 'regional', local: 'lokal', public: 'offentlig', sector: 'sektor', service: 'tjeneste',
  services: 'tjeneste', welfare: 'velferd', technology: 'teknologi', technologies: 'teknologi', digital: 'digital',
  digitalisation: 'digitalisering', digitalization: 'digitalisering', innovation: 'innovasjon',
  health: 'helse', care: 'omsorg', elderly: 'eldre', older: 'eldre', ageing: 'aldring', aging: 'aldring',
  dementia: 'demens', nursing: 'sykepleie', nurse: 'sykepleier', home: 'hjem', patient: 'pasient',
  rehabilitation: 'rehabilitering', prevention: 'forebygging', mental: 'psykisk', substance: 'rus',
  child: 'barn', children: 'barn', childhood: 'barndom', youth: 'ungdom', family: 'familie', families: 'familie',
  school: 'skole', schools: 'skole', kindergarten: 'barnehage', preschool: 'barnehage', teacher: 'lærer',
  pupil: 'elev', student: 'elev', education: 'utdanning', learning: 'læring', language: 'språk',
  climate: 'klima', adaptation: 'tilpasning', environment: 'miljø', environmental: 'miljø', emission: 'utslipp',
  emissions: 'utslipp', energy: 'energi', building: 'bygg', buildings: 'bygg', housing: 'bolig', flood: 'flom',
  stormwater: 'overvann', water: 'vann', waste: 'avfall', reuse: 'ombruk', recycling: 'gjenbruk', circular: 'sirkulær',
  economy: 'økonomi', procurement: 'anskaffelse', purchasing: 'innkjøp', supplier: 'leverandør', contract: 'kontrakt',
  planning: 'planlegging', plan: 'plan', transport: 'transport', mobility: 'mobilitet', traffic: 'trafikk',
  bicycle: 'sykkel', cycling: 'sykkel', road: 'vei', land: 'areal', nature: 'natur', agriculture: 'landbruk',
  tourism: 'reiseliv', business: 'næring', entrepreneurship: 'entreprenørskap', development: 'utvikling',
  leadership: 'ledelse', management: 'ledelse', organisation: 'organisasjon', organization: 'organisasjon',
  workplace: 'arbeidsplass', employee: 'ansatt', employees: 'ansatte', recruitment: 'rekruttering', work: 'arbeid',
  democracy: 'demokrati', participation: 'medvirkning', citizen: 'innbygger', citizens: 'innbygger',
  volunteer: 'frivillig', voluntary: 'frivillig', volunteering: 'frivillighet', inclusion: 'inkludering',
  integration: 'integrering', immigrant: 'innvandrer', immigrants: 'innvandrer', refugee: 'flyktning',
  refugees: 'flyktning', settlement: 'bosetting', culture: 'kultur', library: 'bibliotek', sport: 'idrett',
  community: 'lokalsamfunn', safety: 'sikkerhet', security: 'trygghet', preparedness: 'beredskap',
  evaluation: 'evaluering', research: 'forskning', knowledge: 'kunnskap', competence: 'kompetanse',
  collaboration: 'samarbeid', cooperation: 'samarbeid', sustainability: 'bærekraft', sustainable: 'bærekraftig',
  poverty: 'fattigdom', loneliness: 'ensomhet', sensor: 'sensor', sensors: 'sensor', monitoring: 'tilsyn',
};
