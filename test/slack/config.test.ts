import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/slack/config.ts';

const exists = () => true;
const http = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef', AIRANK_DB: '/data/airank.sqlite' };

function problems(env: Record<string, string>, fileExists = exists): string[] {
  try {
    loadConfig(env, fileExists);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe('loadConfig', () => {
  it('uses HTTP mode on PORT without an app token', () => {
    const c = loadConfig({ ...http, PORT: '8080' }, exists);
    expect(c).toMatchObject({ mode: 'http', port: 8080, botToken: 'xoxb-1-2-abc', dbPath: '/data/airank.sqlite', tableStyle: 'table' });
  });

  it('defaults PORT to 3000 and the database to var/airank.sqlite', () => {
    const { AIRANK_DB: _omit, ...env } = http;
    const c = loadConfig(env, exists);
    expect(c.mode === 'http' && c.port).toBe(3000);
    expect(c.dbPath.endsWith('/var/airank.sqlite')).toBe(true);
  });

  it('uses Socket Mode when SLACK_APP_TOKEN is set, without needing a signing secret', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A', AIRANK_DB: '/x' }, exists);
    expect(c.mode).toBe('socket');
  });

  it('adds the trailing slash the Web API client needs to SLACK_API_URL', () => {
    expect(loadConfig({ ...http, SLACK_API_URL: 'http://127.0.0.1:9/api' }, exists).apiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it.each([
    [{ ...http, SLACK_BOT_TOKEN: '' }, 'SLACK_BOT_TOKEN is missing'],
    [{ ...http, SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN is invalid'],
    [{ ...http, SLACK_SIGNING_SECRET: '' }, 'SLACK_SIGNING_SECRET is missing'],
    [{ ...http, SLACK_SIGNING_SECRET: 'short' }, 'SLACK_SIGNING_SECRET is invalid'],
    [{ ...http, SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN is invalid'],
    [{ ...http, PORT: 'eighty' }, 'PORT is invalid'],
    [{ ...http, PORT: '70000' }, 'PORT is invalid'],
    [{ ...http, SLACK_API_URL: 'ftp://x' }, 'SLACK_API_URL is invalid'],
    [{ ...http, AIRANK_SLACK_TABLE: 'ascii' }, 'AIRANK_SLACK_TABLE is invalid'],
  ])('names the bad variable: %s', (env, expected) => {
    const found = problems(env as Record<string, string>);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it('names AIRANK_DB when the database file is missing', () => {
    expect(problems(http, () => false)).toEqual([expect.stringContaining('AIRANK_DB')]);
  });

  it('reports every problem at once', () => {
    expect(problems({}, () => false).map((p) => p.split(' ')[0])).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'AIRANK_DB:']);
  });
});
