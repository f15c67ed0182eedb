import { Button, ButtonStrip } from '@dhis2-ui/button';
import { Modal, ModalActions, ModalContent } from '@dhis2-ui/modal';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog named by its title, that closes with Escape and gives focus back to whatever
 * opened it. (Modal's own close button is labelled by d2-i18n in English only, so we leave it out.)
 */
export function Dialog({
  title,
  children,
  actions,
  onClose,
  small = true,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  onClose: () => void;
  small?: boolean;
}) {
  const titleId = useId();
  const dataTest = `dialog-${titleId.replace(/[^a-zA-Z0-9]/g, '')}`;
  const opener = useRef<Element | null>(document.activeElement);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = document.querySelector(`[data-test="${dataTest}"]`);
    dialog?.setAttribute('aria-labelledby', titleId);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCloseRef.current();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    const previous = opener.current;
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, [dataTest, titleId]);

  return (
    <Modal small={small} position="middle" dataTest={dataTest}>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <ModalContent>{children}</ModalContent>
      <ModalActions>
        <ButtonStrip end>{actions}</ButtonStrip>
      </ModalActions>
    </Modal>
  );
}

/** Asks before something that cannot be undone. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
  destructive = true,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  destructive?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      actions={
        <>
          <Button secondary onClick={() => onCancel()} initialFocus disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            destructive={destructive}
            primary={!destructive}
            onClick={() => onConfirm()}
            loading={busy}
            disabled={busy}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
