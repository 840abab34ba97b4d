import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface SideTab<TId extends string> {
  id: TId;
  label: string;
  content: ReactNode;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the chosen panel is rendered. */
export function SideTabs<TId extends string>({ label, tabs, current, onChange }: { label: string; tabs: readonly SideTab<TId>[]; current: TId; onChange(id: TId): void }) {
  const buttons = useRef(new Map<TId, HTMLButtonElement>());
  const index = tabs.findIndex((tab) => tab.id === current);
  const focus = (at: number) => {
    const tab = tabs[(at + tabs.length) % tabs.length];
    if (!tab) return;
    onChange(tab.id);
    buttons.current.get(tab.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focus(target);
  };
  const active = tabs[index];
  return (
    <div className="builder-tabs">
      <div role="tablist" aria-label={label} className="builder-tabs__list">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(node) => {
              if (node) buttons.current.set(tab.id, node);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`builder-tab-${tab.id}`}
            aria-selected={tab.id === current}
            aria-controls={`builder-tabpanel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            className="builder-tabs__tab"
            onClick={() => onChange(tab.id)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {active ? (
        <div role="tabpanel" id={`builder-tabpanel-${active.id}`} aria-labelledby={`builder-tab-${active.id}`} className="builder-tabs__panel">
          {active.content}
        </div>
      ) : null}
    </div>
  );
}
