// The public surface of the analysis core: what the server, the CLI and the tests import.
export * from './model/types';
export { parse } from './parse/parse';
export { analyze, runRules, type Analysis, type AnalyzeOptions, type RuleFailure } from './engine/analyze';
export { RULES, findRule } from './rules/index';
export * from './rules/types';
export * from './config';
export { looksLikePolicyDocument } from './detect';
