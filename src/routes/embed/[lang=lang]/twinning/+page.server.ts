import { langs } from '$lib/i18n';
import { load as twinningPage } from '../../../[lang=lang]/twinning/[[units=units]]/+page.server';

// Nothing links to embeds, so the crawler needs their addresses.
export const entries = () => langs.map((lang) => ({ lang }));

// The embed shows the same map as the twinning page, from the same build-time data.
export const load = twinningPage;
