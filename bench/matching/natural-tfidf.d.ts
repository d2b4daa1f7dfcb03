/** Type declarations for the `natural` modules the naive baseline imports piecewise. */
declare module 'natural/lib/natural/tfidf/tfidf' {
  class TfIdf {
    constructor();
    addDocument(document: string | string[], key?: string | number): void;
    tfidfs(
      terms: string | string[],
      callback?: (index: number, measure: number, key?: string) => void,
    ): number[];
    setTokenizer(tokenizer: { tokenize(text: string): string[] }): void;
  }
  export = TfIdf;
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_no' {
  class AggressiveTokenizerNo {
    tokenize(text: string): string[];
  }
  export = AggressiveTokenizerNo;
}
