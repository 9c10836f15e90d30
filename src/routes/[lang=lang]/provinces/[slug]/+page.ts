import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'vi', slug: 'son-la' }, { lang: 'en', slug: 'son-la' }];

export const load: PageLoad = ({ params }) => ({ slug: params.slug });
