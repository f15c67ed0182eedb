import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface PlanTab {
  key: string;
  label: string;
}

/**
 * WAI-ARIA tabs (arrow keys move between them) over one panel: the chosen view is kept in the
 * address by the caller, so a view can be linked to and survives a reload.
 */
export function PlanTabs({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  label: string;
  tabs: PlanTab[];
  selected: string;
  onSelect: (key: string) => void;
  children: ReactNode;
}) {
  const prefix = useId();
  const list = useRef<HTMLDivElement>(null);
  const tabId = (key: string) => `${prefix}-tab-${key}`;
  const panelId = `${prefix}-panel`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = tabs.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    onSelect(tabs[next]!.key);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };

  return (
    <div className="plan-tabs">
      <div role="tablist" aria-label={label} className="plan-tabs__list" ref={list}>
        {tabs.map((tab, index) => {
          const current = tab.key === selected;
          return (
            <button
              key={tab.key}
              type="button"
              role="tab"
              id={tabId(tab.key)}
              aria-selected={current}
              aria-controls={panelId}
              tabIndex={current ? 0 : -1}
              className={current ? 'plan-tabs__tab plan-tabs__tab--current' : 'plan-tabs__tab'}
              data-test={`plan-tab-${tab.key}`}
              onClick={() => onSelect(tab.key)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(selected)}
        className="plan-tabs__panel"
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
