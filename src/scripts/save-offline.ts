/**
 * "Save for offline" on the search page: fetches the whole search index (and, if asked, every
 * transcript), which the service worker keeps, with progress; afterwards search (and reading, when
 * the transcripts were saved too) work with no network. The sizes are known before anything is fetched.
 */
interface Listed {
  path: string;
  bytes: number;
}

const panel = document.getElementById('offline');
const base = import.meta.env.BASE_URL;

async function saveAll(
  files: readonly Listed[],
  withTranscripts: boolean,
  progress: HTMLProgressElement,
  status: HTMLElement,
): Promise<void> {
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  let done = 0;
  let failed = 0;
  progress.hidden = false;
  progress.max = total;
  for (let at = 0; at < files.length; at += 6) {
    await Promise.all(
      files.slice(at, at + 6).map(async (file) => {
        const response = await fetch(file.path).catch(() => null);
        if (!response?.ok) failed++;
        done += file.bytes;
        progress.value = done;
      }),
    );
    status.textContent = `Saving… ${Math.round((done / total) * 100)}%`;
  }
  status.textContent = failed
    ? `Saved, but ${failed} of ${files.length} files could not be fetched: search offline will be incomplete. Try again when online.`
    : `Saved: ${files.length} files, ${(total / 1024 / 1024).toFixed(1)} MB. ${
        withTranscripts
          ? 'Search and every transcript now work offline in this browser.'
          : 'Search now works offline in this browser; a transcript opens offline once you have read it here, or after “Save the search and every transcript”.'
      }`;
}

if (panel && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  panel.hidden = false;
  const status = panel.querySelector<HTMLElement>('[role="status"]') as HTMLElement;
  const progress = panel.querySelector('progress') as HTMLProgressElement;
  const list = fetch(`${base}offline.json`).then(
    (response) => response.json() as Promise<{ search: Listed[]; transcripts: Listed[] }>,
  );
  void list.then(({ search, transcripts }) => {
    const mb = (files: Listed[]) => (files.reduce((sum, file) => sum + file.bytes, 0) / 1024 / 1024).toFixed(1);
    for (const button of panel.querySelectorAll<HTMLButtonElement>('button[data-save]')) {
      const withTranscripts = button.dataset.save === 'all';
      const files = withTranscripts ? [...search, ...transcripts] : search;
      button.textContent += ` (${mb(files)} MB)`;
      button.addEventListener('click', async () => {
        await navigator.serviceWorker.ready;
        await saveAll(files, withTranscripts, progress, status);
      });
    }
  });
}
