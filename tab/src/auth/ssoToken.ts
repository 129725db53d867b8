/**
 * The Teams single sign-on token every API call carries (Authorization: Bearer …).
 *
 * It comes straight from teams-js (`authentication.getAuthToken`): Teams signs the user in silently
 * and hands the tab an Entra ID token for the tab's own app registration (scope access_as_user),
 * which the server validates. `@microsoft/teamsfx` is deliberately not used: its 4.x line is built on
 * the Microsoft 365 Agents SDK and its README announces deprecation, and all the tab needs from it
 * (TeamsUserCredential.getToken) is this one call. This module is the only place that knows where the
 * token comes from, so it can be swapped (e.g. for MSAL's nested app authentication) without touching
 * anything else.
 */
import { authentication } from '@microsoft/teams-js';

/** A fresh token (teams-js caches it and renews it shortly before it expires). */
export async function getSsoToken(): Promise<string> {
  return authentication.getAuthToken();
}
