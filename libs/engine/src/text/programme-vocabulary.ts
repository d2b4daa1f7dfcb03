/**
 * The programme's own vocabulary: words that every kind of municipal need and research profile uses whatever its
 * topic — the parties ("kommune", "fylkeskommune", "innbyggere"), the work form ("prosjekt", "samarbeid",
 * "erfaring", "tiltak", "løsning") and general verbs of need texts ("vurdere", "prioritere", "teste", "stille").
 *
 * The run's own texts teach the engine most of its generic words (corpus.ts, genericTerms), but only where it has
 * enough of them: an arena with twenty needs cannot tell "prosjekter" from "spillvarme" by counting. These words
 * are therefore generic in every run, next to the learnt ones: they count in an affinity only beside a topic word,
 * they are never a key term of a need, and they are never shown as a shared topic. Words that do name a municipal
 * responsibility on their own ("arbeid", "bygg", "data", "leder", "kvalitet", "stilling") are left out on purpose.
 */
import { stemEnglish, stemNorwegian } from './text-analyzer';

/** Bokmål and nynorsk forms (the analyzer maps nynorsk to the bokmål stem; both are listed where they differ). */
const NORWEGIAN = `
  kommune kommuner kommunen kommunene kommunal kommunale kommunalt kommunar kommunane
  fylkeskommune fylkeskommuner fylkeskommunen fylkeskommunar
  innbygger innbyggere innbyggerne innbyggjar innbyggjarar innbyggjarane
  prosjekt prosjekter prosjektet prosjekta samarbeid samarbeide samarbeider samarbeida
  erfaring erfaringer erfaringar tiltak tiltaket tiltaka løsning løsninger løysing løysingar
  tjeneste tjenester tjenestene teneste tenester tenestene bruker brukere brukar brukarar
  forskning forsking forsker forskere forskar forskarar kunnskap kompetanse metode metoder metodar
  utvikle utvikling utvikla innovasjon innovasjonar behov behovet behova
  vurdere vurdering vurdera prioritere prioritering prioritera teste testing testa prøve prøving prøva
  stille stiller hjelpe hjelper hjelpa hjelp finne finner trenge trenger treng ønske ønsker ønskjer
  sikre styrke øke auke redusere etablere gjennomføre gjennomføring
  lokal lokale lokalt felles ansvar måte måter måtar del deler område områder område
  resultat resultater resultata grunnlag modell modeller modellar plan planer planar
`;

const ENGLISH = `
  municipality municipalities municipal county counties citizen citizens resident residents
  project projects cooperation collaboration collaborate experience experiences measure measures
  solution solutions service services user users research researcher researchers knowledge competence
  method methods develop development innovation innovative need needs assess assessment prioritise prioritize
  test testing trial help find want ensure strengthen increase reduce establish implement implementation
  local shared common responsibility way ways part area areas result results basis model models plan plans
`;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

let stems: Set<string> | undefined;

/** The stems of the programme's vocabulary, as the analyzer writes them (Norwegian and English). */
export function programmeVocabularyStems(): ReadonlySet<string> {
  if (!stems) {
    stems = new Set([...words(NORWEGIAN).map(stemNorwegian), ...words(ENGLISH).map(stemEnglish)]);
  }
  return stems;
}
