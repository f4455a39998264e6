import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseCodeEnum } from '../../scripts/sdk/declared-enum.ts';
import { extractVersion } from '../../scripts/sdk/extract.ts';
import { findRaised } from '../../scripts/sdk/raised.ts';
import { compareSemver } from '../../src/schemas/semver';

const names = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'STATUS_CLOSED', 'OLD_STYLE']);
const raisedIn = (source: string) => Object.fromEntries([...findRaised('fixture.js', source, names)].map(([name, messages]) => [name, [...messages].sort()]));

test.describe('findRaised', () => {
  test('an enum read that becomes an error\'s type is raised, with its literal messages', () => {
    expect(raisedIn('reject({type:s.C.A,message:"a failed"}); x.create({type:n.E.B,message:e.msg||"b default"})')).toEqual({
      A: ['a failed'],
      B: ['b default'],
    });
  });

  test('comparisons, switch cases, lists, logging, telemetry and states are not raises', () => {
    const source = [
      'if(e.type===s.C.A){}',
      'switch(t){case s.C.B:break}',
      'var f=[s.C.C,s.C.D];',
      'log.error("failed",s.C.E);',
      'rpt({data:{code:s.C.F,codeDesc:"x"}});',
      'this.context.status=s.C.STATUS_CLOSED;',
    ].join('');
    expect(raisedIn(source)).toEqual({});
  });

  test('both branches of a conditional type are raised, and the callback form {code, message} counts', () => {
    expect(raisedIn('t({type:c?s.C.A:s.C.B,message:c?"x":"y"});cb({code:n.C.C,message:"too big"})')).toEqual({
      A: ['x', 'y'],
      B: ['x', 'y'],
      C: ['too big'],
    });
  });

  test('a variable later used as the type raises what it was assigned, with reasons set beside it', () => {
    const source = 'function m(B){var rt;switch(B.reason){case"a":rt=s.C.D,B.reason="D happened";break;default:rt=s.C.E}reject(v.create({type:rt,message:B.reason||""}))}';
    expect(raisedIn(source)).toEqual({ D: ['', 'D happened'], E: [''] });
  });

  test('a variable never used as a type raises nothing; 1.0.x reads without .C count too', () => {
    expect(raisedIn('function f(){var q=s.C.G;return q===1}h.create({type:m.OLD_STYLE,message:"old"})')).toEqual({ OLD_STYLE: ['old'] });
  });
});

test.describe('parseCodeEnum', () => {
  test('reads values, negative values and @hidden tags', () => {
    const source = 'declare enum Code {\n  REQUEST_TIMEOUT = -1,\n  REQUEST_SUCCESS = 0,\n  /** @hidden */\n  GROUP_IS_DISABLED = 608\n}';
    expect(parseCodeEnum('status.d.ts', source)).toEqual([
      { name: 'REQUEST_TIMEOUT', value: -1, hidden: false },
      { name: 'REQUEST_SUCCESS', value: 0, hidden: false },
      { name: 'GROUP_IS_DISABLED', value: 608, hidden: true },
    ]);
  });

  test('is null without an enum Code, and names the file and member without a number', () => {
    expect(parseCodeEnum('x.d.ts', 'declare enum Other { A = 1 }')).toBeNull();
    expect(() => parseCodeEnum('x.d.ts', 'enum Code { A = "a" }')).toThrow('x.d.ts: enum Code member A has no numeric value');
  });
});

test('extractVersion reads a package folder: runtime enum, status.d.ts, AgoraChat.Code and plugin builds', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdk-extract-'));
  try {
    writeFileSync(path.join(dir, 'package.json'), '{"name":"agora-chat","version":"9.9.9"}');
    // A bundle in the shape of the real one: a CommonJS default export whose statusCode maps both ways.
    writeFileSync(
      path.join(dir, 'Agora-chat.js'),
      'var C={};C[C.OPEN_ERROR=1]="OPEN_ERROR";C[C.LEGACY=300]="LEGACY";C[C.HIDDEN_ONE=608]="HIDDEN_ONE";C[C.PLUGIN_ERROR=800]="PLUGIN_ERROR";' +
        'exports.default={statusCode:C};function open(){return Promise.reject({type:s.C.OPEN_ERROR,message:"login failed"})}',
    );
    mkdirSync(path.join(dir, 'localCache'));
    writeFileSync(path.join(dir, 'localCache', 'localCache.js'), 'throw _.Z.create({type:D.E.PLUGIN_ERROR,message:"db failed"})');
    writeFileSync(path.join(dir, 'status.d.ts'), 'declare enum Code {\n  OPEN_ERROR = 1,\n  /** @hidden */\n  HIDDEN_ONE = 608,\n  PLUGIN_ERROR = 800\n}');
    writeFileSync(path.join(dir, 'Agora-chat.d.ts'), 'declare namespace AgoraChat { enum Code { OPEN_ERROR = 1, TYPED_ONLY = 304 } }');
    const { version, constants } = extractVersion(dir);
    expect(version).toBe('9.9.9');
    expect(constants).toEqual({
      OPEN_ERROR: { code: 1, declared: 'public', typed: true, raised: true, messages: ['login failed'] },
      LEGACY: { code: 300, declared: null, typed: false, raised: false, messages: [] },
      TYPED_ONLY: { code: 304, declared: null, typed: true, raised: false, messages: [] },
      HIDDEN_ONE: { code: 608, declared: 'hidden', typed: false, raised: false, messages: [] },
      PLUGIN_ERROR: { code: 800, declared: 'public', typed: false, raised: true, messages: ['db failed'] },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('compareSemver orders published versions, a pre-release before its release', () => {
  const versions = ['1.4.0', '1.2.2-3', '1.0.10', '1.2.2', '1.2.2-1', '1.0.4', '1.2.2-10'];
  expect(versions.sort(compareSemver)).toEqual(['1.0.4', '1.0.10', '1.2.2-1', '1.2.2-3', '1.2.2-10', '1.2.2', '1.4.0']);
});
