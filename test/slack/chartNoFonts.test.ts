// The Chart button where the fonts were never fetched and the registry is out of reach:
// the asker is told why in their language, as for an answer that has no chart, instead
// of the generic error reply with an id.
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { computeChart } from '../../src/slack/answers/compute.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { FakeAsker } from './helpers/answers.ts';

const saved = { fonts: process.env.AIRANK_FONTS, registry: process.env.npm_config_registry };

afterEach(() => {
  for (const [name, value] of [
    ['AIRANK_FONTS', saved.fonts],
    ['npm_config_registry', saved.registry],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('computeChart without fonts', () => {
  it('refuses the chart with the localized reason, not an error', async () => {
    process.env.AIRANK_FONTS = tempDir();
    process.env.npm_config_registry = 'http://127.0.0.1:9/';
    const outcome = await computeChart(new FakeAsker(), '2024 top10');
    expect(outcome).toEqual({ kind: 'not_chartable', text: t('en', 'chart.noFonts'), lang: 'en' });
  });
});
