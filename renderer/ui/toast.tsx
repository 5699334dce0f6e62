import { Toast } from 'radix-ui';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

export interface ToastAction {
  label: string;
  run: () => void;
  /** How a screen-reader user does the same without the toast; defaults to the label. */
  altText?: string;
}

export interface ToastMessage {
  message: string;
  tone?: 'success' | 'info';
  action?: ToastAction;
}

interface ShownToast extends ToastMessage {
  id: number;
}

const SHOW_FOR_MS = 7000;
const MAX_TOASTS = 3;

const ToastContext = createContext<(toast: ToastMessage) => void>(() => {});

/**
 * Short confirmations ("Logged a call with …") shown bottom-right and read
 * out politely.
 *
 * @example
 * const toast = useToast();
 * toast({ message: `Snoozed ${name}.`, action: { label: 'Undo', run: undo } });
 */
export function useToast(): (toast: ToastMessage) => void {
  return useContext(ToastContext);
}

/**
 * Hosts the toasts, on Radix's Toast: each stays 7 seconds (longer while the
 * pointer or focus is on it, or the window is in the background), can be
 * swiped or closed away, and F8 moves focus to them so an Undo is reachable
 * from the keyboard.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const show = useCallback((toast: ToastMessage) => {
    const id = nextId.current++;
    setToasts((all) => [...all.slice(-(MAX_TOASTS - 1)), { ...toast, id }]);
  }, []);

  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider duration={SHOW_FOR_MS} swipeDirection="right" label="Notification">
        {children}
        {toasts.map((toast) => (
          <Toast.Root
            key={toast.id}
            type="background"
            className={`toast toast--${toast.tone ?? 'success'}`}
            data-testid="toast"
            onOpenChange={(open) => {
              if (!open) dismiss(toast.id);
            }}
          >
            <span className="toast__icon" aria-hidden="true">
              {toast.tone === 'info' ? 'i' : '✓'}
            </span>
            <Toast.Description className="toast__text">{toast.message}</Toast.Description>
            {toast.action && (
              <Toast.Action className="toast__action" altText={toast.action.altText ?? toast.action.label} onClick={toast.action.run}>
                {toast.action.label}
              </Toast.Action>
            )}
            <Toast.Close className="toast__close" aria-label="Dismiss">
              <span aria-hidden="true">×</span>
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toasts" data-testid="toasts" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}
