// Run as a separate process by store.test.ts: adds `count` proposals to the store file
// given, as a second bot or a terminal would, while other processes write too.
import { ProposalStore } from '../../../src/corrections/store.ts';

const [file, tag, count] = process.argv.slice(2);
const store = await ProposalStore.open(file);
for (let i = 0; i < Number(count); i++) {
  await store.propose({
    conference: 'neurips',
    year: 2024,
    sourceId: 'P5',
    title: 'Paper P5',
    position: 1,
    author: 'Kim',
    currentInstitution: 'google',
    currentBasis: 'e-mail domain google.com',
    institution: null,
    other: `${tag} lab ${i}`,
    evidence: 'printed on the paper',
    slackUser: `U${tag}`,
    slackName: null,
    lang: 'en',
    snapshot: 'fixture',
  });
}
await store.close();
