import type { ParamMatcher } from '@sveltejs/kit';

// /{lang}/twinning/34/: the twinning map and list in the 34 units of Viet Nam since 1 July 2025.
export const match: ParamMatcher = (param) => param === '34';
