import type { Rule } from 'eslint';

/** See folder-barrels.js. */
declare const rule: Rule.RuleModule;
export default rule;
