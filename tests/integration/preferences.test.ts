import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { demoBackend, tempDir, value } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());


describe('preferences', () => {
  it('start from the defaults, save field by field and survive reopening the store', async () => {
    const backend = await demoBackend(dir);
    expect(value(await backend.api['preferences.get']({}))).toEqual({ me: null, theme: 'system', morningNotification: false, notificationTime: '08:30' });
    const saved = value(await backend.api['preferences.save']({ preferences: { me: 'Maya Patel', theme: 'dark' } }));
    expect(saved).toEqual({ me: 'Maya Patel', theme: 'dark', morningNotification: false, notificationTime: '08:30' });
    value(await backend.api['preferences.save']({ preferences: { morningNotification: true, notificationTime: '07:45' } }));
    await backend.close();

    const reopened = await openBackend(join(dir, 'tend.db'));
    expect(value(await reopened.api['preferences.get']({}))).toEqual({ me: 'Maya Patel', theme: 'dark', morningNotification: true, notificationTime: '07:45' });
    // Back to everyone.
    expect(value(await reopened.api['preferences.save']({ preferences: { me: null } })).me).toBeNull();
    await reopened.close();
  });

  it('refuses an owner who owns nothing and a time that is not HH:MM', async () => {
    const backend = await demoBackend(dir);
    const nobody = await backend.api['preferences.save']({ preferences: { me: 'Nobody Here' } });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('Aisha Okafor, Jonas Berg, Maya Patel, Tom Reilly') } });
    const time = await backend.api['preferences.save']({ preferences: { notificationTime: '25:00' } });
    expect(time).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringContaining('must be a time written as HH:MM') } });
    const theme = await backend.api['preferences.save']({ preferences: { theme: 'sepia' } as never });
    expect(theme).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(value(await backend.api['preferences.get']({})).notificationTime).toBe('08:30');
    await backend.close();
  });

  it('a damaged stored field falls back alone, keeping the others', async () => {
    const backend = await demoBackend(dir);
    backend.store.sqlite
      .prepare("insert into settings (key, value) values ('preferences', ?)")
      .run(JSON.stringify({ me: 'Tom Reilly', theme: 'neon', morningNotification: 'yes', notificationTime: '09:15' }));
    expect(value(await backend.api['preferences.get']({}))).toEqual({ me: 'Tom Reilly', theme: 'system', morningNotification: false, notificationTime: '09:15' });
    await backend.close();
  });
});
