// A calling session opens each account "ready to dial": the step that navigates to the file asks
// for the focus to land on its first call button, and the file takes the request once it shows.
// A module-level request rather than a URL flag: reloading a file must not move the focus.
let requestedFor: string | null = null;

export function requestDialFocus(customerId: string): void {
  requestedFor = customerId;
}

/** True once, for the customer the request was made for. */
export function takeDialFocusRequest(customerId: string): boolean {
  if (requestedFor !== customerId) return false;
  requestedFor = null;
  return true;
}
