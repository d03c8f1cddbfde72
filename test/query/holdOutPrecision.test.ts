// The method text quotes the held-out linking figures from the file eval:link writes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdOutText, type HoldOutFile } from '../../src/query/help/holdOutPrecision.ts';
import { tempDir } from '../helpers/tempDir.ts';

const dir = tempDir('airank-holdout-');
const counts = (hidden: number, filled: number, correct: number) => ({ hidden, filled, comparable: filled, correct });

describe('holdOutText', () => {
  it('states id and name precision, recall and the harder settings from the stored counts', () => {
    const file = path.join(dir, 'link-holdout.json');
    const stored: HoldOutFile = {
      $comment: 'test',
      random20: { byId: counts(40, 20, 19), byName: counts(40, 10, 9) },
      wholeConferenceYears: counts(100, 50, 48),
      calendarYears: { 2021: counts(30, 8, 6) },
    };
    writeFileSync(file, JSON.stringify(stored));
    const text = holdOutText(file);
    expect(text).toContain('95.0% of the time for links by id and 90.0% for links by name');
    expect(text).toContain('(filling 25.0% of hidden slots)');
    expect(text).toContain('96.0% with whole conference-years hidden, 75.0% with all of 2021 hidden');
  });

  it('says so when no measurement is stored', () => {
    expect(holdOutText(path.join(dir, 'absent.json'))).toMatch(/No held-out linking measurement/);
  });
});
