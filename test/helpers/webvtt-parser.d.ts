// webvtt-parser (the W3C validator's parser) ships no types; the oracle reads cues and errors only.
declare module 'webvtt-parser' {
  interface ParsedCue { readonly startTime: number; readonly endTime: number; readonly text: string }
  interface ParseError { readonly message: string; readonly line: number }
  class WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters'): { cues: ParsedCue[]; errors: ParseError[] };
  }
  const pkg: { WebVTTParser: typeof WebVTTParser };
  export default pkg;
}
