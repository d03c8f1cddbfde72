// Generated from data/conferences.json by `npm run data:venues`; do not edit. A test fails when it is out of date.

export type Conference = 'neurips' | 'icml' | 'iclr';
export type Track = 'main' | 'datasets_benchmarks' | 'unknown';
export type Status = 'oral' | 'spotlight' | 'poster' | 'unknown';
