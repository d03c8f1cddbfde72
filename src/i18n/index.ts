// The i18n module's public surface.
export { t, joinList, type Vars } from './t.ts';
export { type StringKey } from './strings.ts';
export { countryName, isCountryCode, type CountryNameOptions } from './countries.ts';
export { institutionName, type NamedInstitution } from './institutions.ts';
export { yearsLabel } from './years.ts';
