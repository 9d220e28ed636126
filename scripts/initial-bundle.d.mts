export declare const INITIAL_JS_BUDGET: number;
export interface InitialFile {
  path: string;
  why: 'entry' | 'preload' | 'language' | 'css';
  raw: number;
  gzip: number;
}
export declare function initialBundle(dist: string): { files: InitialFile[]; js: number; css: number };
