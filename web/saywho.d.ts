// The wasm module built from web/bindings.cpp (build/wasm/saywho.mjs).

/** A span of the input; offsets are Unicode code points, end exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Attribution {
  source: Span | null;
  cue: Span | null;
  content: Span;
  /** Present when the content is interrupted by its source or cue. */
  content_fragments?: Span[];
  kind: 'direct' | 'indirect' | 'mixed';
  /** The name the source stands for ("Xinhua" for "the media outlet"). */
  source_resolved: string | null;
  /** Id of the rule that made it (core/data/rules.tsv). */
  rule: string;
  confidence: number;
}

export type AnnotateResult =
  | { attributions: Attribution[] }
  | { error: { id: 'invalid_utf8' | 'too_large' | string; message: string; offset: number } };

export interface SaywhoModule {
  /** Returns AnnotateResult as a JSON string. Never throws for any text; a lone
   *  surrogate is read as U+FFFD, so UTF-16 positions stay put. */
  annotate(text: string): string;
  version(): string;
}

/** In node, pass { wasmBinary } (the bytes of saywho.wasm). */
export default function createSaywho(options?: { wasmBinary?: ArrayBuffer | Uint8Array }): Promise<SaywhoModule>;
