// Generated from data/conferences.json and data/institution-types.json by `npm run data:ids`; do not edit. A test fails when it is out of date.

export type Conference = 'neurips' | 'icml' | 'iclr';
export type Track = 'main' | 'datasets_benchmarks' | 'unknown';
export type Status = 'oral' | 'spotlight' | 'poster' | 'unknown';
export type InstType = 'company' | 'university' | 'institute';
