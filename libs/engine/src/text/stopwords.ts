/**
 * Stop words for bokmål, nynorsk and English. natural's Norwegian and English lists are the base; the bokmål
 * additions and the whole nynorsk list are our own (function words, pronouns, auxiliaries, common adverbs).
 */
import { words as naturalNorwegian } from 'natural/lib/natural/util/stopwords_no';
import { words as naturalEnglish } from 'natural/lib/natural/util/stopwords';

const BOKMAAL_EXTRA = `
  ei eit andre annen annet ander mer mest mye mindre flere flest få blant bl a f eks osv mv mm pga ifm dvs
  gjennom hos innen innenfor utenfor under uten langs rundt etter enn hvert hverandre seg selv sin sitt sine
  kanskje altså dessuten likevel derfor dermed samt samtidig heller enten verken hele helt noen noe noens ingen
  intet alt alle allerede ofte aldri alltid igjen ennå fortsatt ganske svært veldig nok mellom mot via per pr
  bør må måtte kan kunne skal skulle vil ville får fikk gjør gjøre gjort gjorde går gikk gå gitt gi gir ga
  blitt bli blir ble vært være er var har hadde ha hatt kommer komme kom sier si sa tar ta tok
  her der hvor hit dit nå da når så som også bare både eller men og om at fordi hvis mens dersom slik sånn
  jeg meg min mitt mine du deg din ditt dine han ham hans hun henne hennes den det de dem deres vi oss vår vårt
  våre dere dette disse denne hva hvem hvilken hvilket hvilke hvordan hvorfor hver hvert ulike ulik egen eget
  egne ny nye nytt stor store stort god gode godt mange mye lite liten lille små en et ett to tre fire fem
  første andre tredje bedre best mest dag år sammen
`;

const NYNORSK = `
  og i eg meg min mitt mine du deg din ditt dine han honom hans ho henne hennar hennes det den dei dykk dykkar
  me vi oss vår vårt våre de ein eit ei ikkje ikke kva kven kvar kvifor korleis kor kva slags kvarandre
  frå fra til på med av om ved mot over under utan gjennom hjå hos etter før etter mellom kring rundt
  er var vere vore vert vart verte blir blei bli har hadde ha hatt kan kunne skal skulle vil ville må måtte
  bør burde får fekk gjer gjere gjort gjorde går gjekk gi gjev gav gitt seg sjølv sin sitt sine
  òg og også berre både eller men at fordi dersom viss når då så som no her der dit hit slik sånn
  mykje mange meir mest lite litt fleire flest nokon noko nokre nokså ingen inga ingenting alle alt heile
  denne dette desse dei same kvart kvar einannan anna andre annan eigen eige eigne ny nye nytt
  difor derfor likevel enno framleis alltid aldri ofte igjen allereie kanskje altså dessutan samstundes
  medan enn enten verken kring innan innanfor utanfor saman
`;

function list(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

export const STOP_WORDS_NB: ReadonlySet<string> = new Set([
  ...naturalNorwegian,
  ...list(BOKMAAL_EXTRA),
]);
export const STOP_WORDS_NN: ReadonlySet<string> = new Set(list(NYNORSK));
export const STOP_WORDS_EN: ReadonlySet<string> = new Set([
  ...naturalEnglish,
  ...list(`also can could may might must shall should would will within without across among via per e g i e etc
    new use used using based one two three first well however thus therefore among upon whether which while`),
]);
/** Norwegian texts are filtered with the union of both written standards (mixed forms are common). */
export const STOP_WORDS_NO: ReadonlySet<string> = new Set([...STOP_WORDS_NB, ...STOP_WORDS_NN]);
