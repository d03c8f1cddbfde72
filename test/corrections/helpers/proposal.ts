// One proposal for Kim's first slot on the fixture's NeurIPS 2024 paper P5, as the Slack
// form records it; tests override what they vary.
import type { NewProposal } from '../../../src/corrections/store.ts';

export const proposal = (over: Partial<NewProposal> = {}): NewProposal => ({
  conference: 'neurips',
  year: 2024,
  sourceId: 'P5',
  title: 'Paper P5',
  position: 1,
  author: 'Kim',
  currentInstitution: 'google',
  currentBasis: 'e-mail domain google.com; profile / domain',
  institution: 'mit',
  other: null,
  evidence: 'printed on the paper',
  slackUser: 'U1',
  slackName: 'reporter',
  lang: 'en',
  snapshot: 'fixture',
  ...over,
});
