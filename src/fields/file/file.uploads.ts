import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attachment } from '@/lib/api-contract/attachments';
import { uploadAttachment } from '@/lib/attachments-client';

/** A file being uploaded, or whose upload failed and can be retried. */
export interface PendingUpload {
  key: string;
  file: File;
  status: 'uploading' | 'failed';
}

/** What to tell screen-reader users, as a `fields:file.` key and the file's name. */
export interface UploadAnnouncement {
  key: 'uploadingNamed' | 'uploaded' | 'uploadFailedNamed' | 'removed' | 'reuse.chosen';
  name: string;
}

const upsert = (list: readonly PendingUpload[], entry: PendingUpload): PendingUpload[] =>
  list.some((item) => item.key === entry.key) ? list.map((item) => (item.key === entry.key ? entry : item)) : [...list, entry];

/**
 * Uploads files one request each, in parallel, and appends each stored file to the answer as it
 * arrives. A failed upload stays in `pending` (with its File) for a retry, without touching the
 * files already uploaded. Uploads still running when the field unmounts are aborted.
 */
export function useUploads(value: readonly Attachment[], onChange: (next: Attachment[]) => void) {
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const [announcement, setAnnouncement] = useState<UploadAnnouncement | null>(null);
  // Several uploads may finish before React re-renders: each appends to the latest answer.
  const latest = useRef<readonly Attachment[]>(value);
  const controllers = useRef(new Map<string, AbortController>());
  const sequence = useRef(0);

  useEffect(() => {
    latest.current = value;
  }, [value]);

  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const commit = useCallback(
    (next: Attachment[]) => {
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );

  const run = useCallback(
    async (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      setPending((list) => upsert(list, { key, file, status: 'uploading' }));
      setAnnouncement({ key: 'uploadingNamed', name: file.name });
      try {
        const attachment = await uploadAttachment(file, { signal: controller.signal });
        commit([...latest.current, attachment]);
        setPending((list) => list.filter((item) => item.key !== key));
        setAnnouncement({ key: 'uploaded', name: file.name });
      } catch {
        if (controller.signal.aborted) return;
        setPending((list) => upsert(list, { key, file, status: 'failed' }));
        setAnnouncement({ key: 'uploadFailedNamed', name: file.name });
      } finally {
        controllers.current.delete(key);
      }
    },
    [commit],
  );

  const start = (files: readonly File[]) => {
    for (const file of files) {
      sequence.current += 1;
      void run(`upload-${sequence.current}`, file);
    }
  };
  const retry = (key: string) => {
    const entry = pending.find((item) => item.key === key);
    if (entry) void run(key, entry.file);
  };
  const dismiss = (key: string) => setPending((list) => list.filter((item) => item.key !== key));
  /**
   * Attaches a document from the citizen's data store (no upload): beside the other files, or in
   * place of the one file a single-file field holds — choosing it says "use this one".
   */
  const choose = (attachment: Attachment, title: string, single: boolean) => {
    commit(single ? [attachment] : [...latest.current.filter((file) => file.id !== attachment.id), attachment]);
    setAnnouncement({ key: 'reuse.chosen', name: title });
  };
  const remove = (id: string) => {
    const removed = latest.current.find((file) => file.id === id);
    commit(latest.current.filter((file) => file.id !== id));
    if (removed) setAnnouncement({ key: 'removed', name: removed.name });
  };

  return { pending, announcement, start, retry, dismiss, choose, remove };
}
