// Built once per build, for load functions only: the map geometry never ships as a JS module.
import { dataset } from '$lib/data';
import rawMap from '$lib/data/generated/map.json';
import { buildTwinningModel, type MapData } from './model';

export const mapData = rawMap as unknown as MapData;
export const twinning = buildTwinningModel(dataset, mapData);

/** Provinces that get a profile page: every one with at least one link. */
export const profileSlugs = twinning.provinces.filter((p) => p.linkCount > 0).map((p) => p.slug);
