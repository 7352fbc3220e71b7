// Types of scripts/bundle-externals.mjs.
export const MAIN_EXTERNALS: readonly string[];
