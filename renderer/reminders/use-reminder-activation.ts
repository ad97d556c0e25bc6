// A click on a reminder notification (main sends 'reminder:activated'): open that customer's
// file, or the promises due today when the notice covered several customers.
import { useEffect } from 'react';
import { navigate, routes } from '../shell/router';
import { hasDesktopBridge, onMainEvent } from '../platform/bridge';

export function useReminderActivation(): void {
  useEffect(() => {
    if (!hasDesktopBridge()) return undefined;
    return onMainEvent('reminder:activated', ({ customerId }) => {
      navigate(customerId ? routes.customer(customerId) : routes.promises('due-today'));
    });
  }, []);
}
