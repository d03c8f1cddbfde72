// A small hand-written institution list for parser tests (not data/institutions.json,
// which changes as curation goes on).
import { createLexicon } from '../../src/query/context/lexicon.ts';
import type { LexiconInstitution } from '../../src/query/model/lexiconInterface.ts';

export const INSTITUTIONS: LexiconInstitution[] = [
  { id: 'tsinghua', name: 'Tsinghua University', country: 'CN', aliases: ['Tsinghua', '清华', '清华大学'], names: { zh: '清华大学', ja: '清華大学' } },
  { id: 'stanford', name: 'Stanford University', country: 'US', aliases: ['Stanford'] },
  { id: 'zju', name: 'Zhejiang University', country: 'CN', aliases: ['ZJU', '浙江大学'] },
  { id: 'utokyo', name: 'University of Tokyo', country: 'JP', aliases: ['UTokyo', '東大', '東京大学'], names: { ja: '東京大学' } },
  { id: 'riken', name: 'RIKEN', country: 'JP', aliases: ['理研'] },
  { id: 'eth', name: 'ETH Zürich', country: 'CH', aliases: ['ETH'] },
  { id: 'mit', name: 'Massachusetts Institute of Technology', country: 'US', aliases: ['MIT'] },
  // Two institutions sharing an alias: the parser must ask, not pick one.
  { id: 'ucl', name: 'University College London', country: 'GB', aliases: ['UCL'] },
  { id: 'uclouvain', name: 'Université catholique de Louvain', country: 'BE', aliases: ['UCL', 'UCLouvain'] },
  // An institution whose alias is also an ISO code: the code must win unless asked with `inst`.
  { id: 'kr-lab', name: 'Kernel Research Lab', country: 'DE', aliases: ['KR'] },
  { id: 'hkust', name: 'Hong Kong University of Science and Technology', country: 'HK', aliases: ['HKUST'] },
];

export const lexicon = createLexicon(INSTITUTIONS);
