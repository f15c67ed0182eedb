import { Button, ButtonStrip } from '@dhis2-ui/button';
import { Modal, ModalActions, ModalContent } from '@dhis2-ui/modal';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../shared/ui/confirm-dialog.js';
import { PLANS_NAMESPACE } from './i18n.js';

/**
 * A large modal dialog (the activity editor needs the width), named by its title, closed with
 * Escape, giving focus back to whatever opened it — as the shared Dialog does for small ones.
 */
export function WideDialog({
  title,
  children,
  actions,
  onClose,
  dataTest,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  onClose: () => void;
  dataTest: string;
}) {
  const titleId = useId();
  const opener = useRef<Element | null>(document.activeElement);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = document.querySelector(`[data-test="${dataTest}"]`);
    dialog?.setAttribute('aria-labelledby', titleId);
    const onKeyDown = (event: KeyboardEvent) => {
      // An open nested dialog (the conflict question) handles its own Escape.
      if (event.key === 'Escape' && document.querySelectorAll('[role="dialog"]').length <= 1) {
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
    <Modal large position="top" dataTest={dataTest}>
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

/**
 * Someone saved the same record first: keep their version (and lose what was typed here) or send
 * what was typed here again over theirs. Nothing is overwritten without this choice.
 */
export function ConflictDialog({
  title,
  busy,
  onReload,
  onApplyMine,
}: {
  title: string;
  busy?: boolean;
  onReload: () => void;
  onApplyMine: () => void;
}) {
  const { t } = useTranslation(PLANS_NAMESPACE);
  return (
    <Dialog
      title={title}
      onClose={onReload}
      actions={
        <>
          <Button secondary onClick={() => onReload()} disabled={busy} dataTest="conflict-reload">
            {t('conflict.reload')}
          </Button>
          <Button
            primary
            onClick={() => onApplyMine()}
            loading={busy}
            disabled={busy}
            dataTest="conflict-apply"
          >
            {t('conflict.applyMine')}
          </Button>
        </>
      }
    >
      <p className="notice-text">{t('conflict.explanation')}</p>
    </Dialog>
  );
}
