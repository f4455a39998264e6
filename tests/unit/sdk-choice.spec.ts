import { expect, test } from '@playwright/test';
import { sdkMiss, sdkRowVersions } from '../../src/table/sdk-choice';

const history = {
  versionsRaising: (code: number) => (code === 12 ? ['1.0.4', '1.2.1'] : code === 3 ? ['1.0.4', '1.3.0'] : []),
  versionsDefining: (code: number) => (code === 512 ? ['1.4.0'] : ['1.0.4', '1.2.1', '1.3.0', '1.4.0']),
};

test('a row raises a code in the versions that raise it, none when its path is unreachable', () => {
  expect(sdkRowVersions(12, false, history)).toEqual({ raised: ['1.0.4', '1.2.1'], defined: ['1.0.4', '1.2.1', '1.3.0', '1.4.0'] });
  expect(sdkRowVersions(3, true, history).raised).toEqual([]);
});

test('a marked row says whether the version does not raise the code or does not define it', () => {
  expect(sdkMiss('1.2.1', sdkRowVersions(12, false, history))).toBeUndefined();
  expect(sdkMiss('1.3.0', sdkRowVersions(12, false, history))).toBe('not-raised');
  expect(sdkMiss('1.3.0', sdkRowVersions(3, true, history))).toBe('not-raised');
  expect(sdkMiss('1.3.0', sdkRowVersions(512, false, history))).toBe('not-defined');
});
