import { otherFigures } from '$lib/server/figures';

export const load = () => ({ aid: otherFigures('aid'), border: otherFigures('border'), relations: otherFigures('relations') });
