// Types of eslint.config.js for test/architecture/floors.test.ts, which reads its floors.
export const FLOORS: string[][];
declare const config: unknown;
export default config;
