/** Type declarations for the few `natural` modules the engine imports piecewise (never the whole package). */
declare module 'natural/lib/natural/stemmers/porter_stemmer_no' {
  const stemmer: {
    stem(token: string): string;
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
  };
  export = stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const stemmer: {
    stem(token: string): string;
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
  };
  export = stemmer;
}
declare module 'natural/lib/natural/util/stopwords_no' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
