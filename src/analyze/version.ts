// The analysis version on its own, so that the code asking whether stored analyses are current (every request's
// refresh) does not load the analysis itself (its models and parsers take most of a command's start-up).

/**
 * Bump when any stage changes its output, so `chronicle analyze` knows which stored analyses are stale.
 */
export const ANALYSIS_VERSION = 14;
