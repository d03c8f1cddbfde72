// Intern slots in the drill-down and under `exact` (fixture: P4 with Uma, an intern given her
// home university, and Vic, an intern whose value is kept; see test/helpers/fixtureDb.ts).
import { describe, expect, it } from 'vitest';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';

const fx = useFixtureAsker({ withInterns: true });
const how = (question: string, author: string) => fx.ask(question).rows.find((r) => r[3] === author)?.[7];
const value = (question: string, institution: string) => fx.ask(question).rows.find((r) => r[1] === institution)?.[3];

describe('intern slots', () => {
  it('the drill-down says how an intern slot was counted', () => {
    expect(how('papers Stanford 2024', 'Uma')).toBe('intern_home (intern at Google Research; home affiliation from the 2023 record) / alias');
    expect(how('papers Google 2024', 'Vic')).toBe('profile · intern (no non-intern record: intern value kept) / alias');
    expect(how('papers Stanford 2024', 'Lea')).toBe('profile / alias');
  });

  it('a home affiliation given to an intern is linked evidence: `exact` leaves it out', () => {
    expect(value('2024 top10', 'Stanford University')).toBe(2);
    expect(value('2024 top10 exact', 'Stanford University')).toBe(1);
  });
});
