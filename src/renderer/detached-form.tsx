import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface DetachedFormProps {
  /** The id of the heading that names the form (a `form` landmark needs a name). */
  labelledBy: string;
  /** On the element that holds the children directly (`.form--long > .form-group` in the styles). */
  className?: string;
  /** The browser's submit, already prevented: a button or Enter in a text box. */
  onSubmit(): void;
  children: ReactNode;
}

interface Elements {
  form: HTMLFormElement;
  content: HTMLDivElement;
}

const stopHere = (event: Event) => event.stopPropagation();

/**
 * A `<form>` that React renders into but never touches.
 *
 * Chromium answers any property read on a form element by first consulting the form's index of
 * named controls, and drops that index whenever a control's `name` attribute is set. React sets
 * `name` on the typed-in `<input>` after every keystroke (its input "restore", controlled or not),
 * reads the props of every ancestor element on every event, and passes every portal container
 * on every render. With React owning the form, each keystroke rebuilt the index over every control
 * of the page: on 1000 questions, about half of a keystroke's work (6.5 ms with the CPU slowed 4×).
 *
 * So the form is made here, once, and holds a plain `<div>` into which the children are portalled:
 * React's renders and event handling stop at that div. The one event React handles above it is
 * `selectionchange`, which Chromium fires at the text box and React reads at the document, only
 * to make `onSelect` (unused in the app): it stops at the div too.
 */
export function DetachedForm({ labelledBy, className, onSubmit, children }: DetachedFormProps) {
  const [{ form, content }] = useState<Elements>(() => {
    const created = { form: document.createElement('form'), content: document.createElement('div') };
    created.form.noValidate = true;
    created.form.append(created.content);
    return created;
  });
  const slot = useRef<HTMLDivElement>(null);
  const latestOnSubmit = useRef(onSubmit);

  useLayoutEffect(() => {
    latestOnSubmit.current = onSubmit;
  });

  useLayoutEffect(() => {
    form.setAttribute('aria-labelledby', labelledBy);
  }, [form, labelledBy]);

  useLayoutEffect(() => {
    if (className) content.setAttribute('class', className);
    else content.removeAttribute('class');
  }, [content, className]);

  // Attached before the first paint and before any passive effect (focus, scrolling) runs. The
  // children's layout effects run before this one, while detached: none of them measures or focuses.
  useLayoutEffect(() => {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      latestOnSubmit.current();
    };
    slot.current?.append(form);
    form.addEventListener('submit', submit);
    content.addEventListener('selectionchange', stopHere);
    return () => {
      form.removeEventListener('submit', submit);
      content.removeEventListener('selectionchange', stopHere);
      form.remove();
    };
  }, [form, content]);

  return <div ref={slot}>{createPortal(children, content)}</div>;
}
