// Run as a separate process by store.test.ts: adds `count` proposals to the store file
// given, as a second bot or a terminal would, while other processes write too.
import { ProposalStore } from '../../../src/corrections/store.ts';
import { proposal } from './proposal.ts';

const [file, tag, count] = process.argv.slice(2);
const store = await ProposalStore.open(file);
for (let i = 0; i < Number(count); i++) {
  await store.propose(proposal({ institution: null, other: `${tag} lab ${i}`, slackUser: `U${tag}`, slackName: null }));
}
await store.close();
