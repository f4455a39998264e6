/** The other names of this site's SDK history: read by the appendix, the name pages and the lookup index. */
import { documentedNames, otherRuntimeNames, type NamedCode, type OtherName } from './other-names';
import { constantsOf, sdkVersions } from './sdk-history';

export function siteOtherNames(registry: readonly NamedCode[]): OtherName[] {
  return otherRuntimeNames({ sdkVersions, constantsOf }, documentedNames(registry));
}
