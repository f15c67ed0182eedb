import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses SQLite in ./data on port 8080 when nothing is set', () => {
    const config = loadConfig({}, '/srv/coreteam');
    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.dataDir).toBe('/srv/coreteam/data');
    expect(config.database).toEqual({ engine: 'sqlite', file: '/srv/coreteam/data/coreteam.sqlite' });
    expect(config.logLevel).toBe('info');
    expect(config.trustProxy).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/coreteam' }, '/');
    expect(config.database).toEqual({
      engine: 'postgres',
      connectionString: 'postgres://u@db:5432/coreteam',
    });
  });

  it('reads TRUST_PROXY as a flag, a hop count or a list of addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }, '/').trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }, '/').trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' }, '/').trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
    ]);
  });

  it.each([
    ['PORT', 'eighty', 'Invalid configuration: PORT must be an integer from 0 to 65535 (got "eighty")'],
    ['PORT', '70000', 'Invalid configuration: PORT must be an integer from 0 to 65535 (got "70000")'],
    [
      'LOG_LEVEL',
      'loud',
      'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
    [
      'DATABASE_URL',
      'mysql://x',
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// connection URL (leave it unset for SQLite) (got "mysql://x")',
    ],
    [
      'TRUST_PROXY',
      'maybe',
      'Invalid configuration: TRUST_PROXY must be true, false, a number of proxy hops, or a comma-separated list of IP addresses (got "maybe")',
    ],
  ])('refuses %s=%s with one line naming the variable', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value }, '/')).toThrow(new ConfigError(variable, '').constructor);
    expect(() => loadConfig({ [variable]: value }, '/')).toThrow(message);
  });
});
