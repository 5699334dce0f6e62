import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ToastAction {
  label: string;
  run: () => void;
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

/** Short confirmations ("Logged a call with …") shown bottom-right and read out politely. */
export function useToast(): (toast: ToastMessage) => void {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const show = useCallback(
    (toast: ToastMessage) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-(MAX_TOASTS - 1)), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), SHOW_FOR_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone ?? 'success'}`} data-testid="toast">
            <span className="toast__icon" aria-hidden="true">
              {toast.tone === 'info' ? 'i' : '✓'}
            </span>
            <p className="toast__text">{toast.message}</p>
            {toast.action && (
              <button
                type="button"
                className="toast__action"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
