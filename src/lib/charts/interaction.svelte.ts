import type { SceneMark } from './scene';

/** What the pointer or keyboard is on; shared by the marks layer and the tooltip layer. */
export class ChartInteraction {
  // Raw, not a deep proxy: layers compare the active mark with their own by identity.
  active = $state.raw<SceneMark | null>(null);
}
