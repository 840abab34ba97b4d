/**
 * Leaving the portal for another site (the payment gateway, the identity provider). One object,
 * so tests can observe where the citizen was sent (jsdom cannot navigate away).
 */
export const externalNavigation = {
  assign(url: string): void {
    window.location.assign(url);
  },
};
