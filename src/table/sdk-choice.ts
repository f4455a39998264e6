/**
 * The table's SDK-version choice ("I use agora-chat 1.3.0"): which versions each row's code can
 * reach an app in, and what a row says when the chosen version cannot raise it. Pure.
 */
import type { SdkHistoryAccessor } from '../sdk/sdk-history-query';

/** The versions a code can reach an app in, and the versions that define it (row data of the table). */
export interface SdkRowVersions {
  raised: string[];
  defined: string[];
}

/** A code whose only raising path is proven unreachable (3, 23) reaches apps in no version. */
export function sdkRowVersions(code: number, unreachable: boolean, history: Pick<SdkHistoryAccessor, 'versionsRaising' | 'versionsDefining'>): SdkRowVersions {
  return { raised: unreachable ? [] : history.versionsRaising(code), defined: history.versionsDefining(code) };
}

/** Why a row is marked for `version`: it does not raise the code, or does not even define it; undefined if it raises it. */
export function sdkMiss(version: string, row: SdkRowVersions): 'not-raised' | 'not-defined' | undefined {
  if (row.raised.includes(version)) return undefined;
  return row.defined.includes(version) ? 'not-raised' : 'not-defined';
}
