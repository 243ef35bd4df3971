export { compileGlob, validateGlob, InvalidGlobError } from './glob.js';
export type { CompiledGlob, GlobShape } from './glob.js';
export { compilePatternSet, compilePatternSets } from './patterns.js';
export type { CompiledPatternSet, PatternMatch, PatternSetsIndex, SetMatch } from './patterns.js';
