// @ts-check
// The Upload view: files dropped on the drop zone (or chosen with the file picker) are uploaded one after the
// other, with one progress bar over all of them and a line per file saying what the server did with it.
import { errorMessage, uploadFile } from './api.js';
import { $, $as, el } from './dom.js';

/**
 * @param {FileList | File[]} files
 * @param {() => void} onDone run once every file has been sent (whether or not each succeeded)
 */
async function uploadFiles(files, onDone) {
  const list = [...files];
  if (list.length === 0) return;
  const total = list.reduce((n, f) => n + f.size, 0) || 1;
  let done = 0;
  const bar = $as('upload-progress', HTMLProgressElement);
  bar.value = 0;
  const log = $('upload-log');
  let added = 0;
  const date = $as('upload-date', HTMLInputElement).value;
  for (const f of list) {
    try {
      const r = await uploadFile(f, (frac) => { bar.value = Math.round(((done + frac * f.size) / total) * 100); }, date);
      added += r.new;
      log.append(el('li', {}, `${f.name}: ${r.new} new, ${r.duplicate + r.unchanged} already stored, ` +
        `${r.nearDuplicate} near-duplicate, ${r.rejected} rejected` +
        (r.analyzed !== null ? `; ${r.analyzed} analysed` : '') + (r.warnings.length ? ` (${r.warnings.join('; ')})` : '')));
      for (const rj of r.rejections) log.append(el('li', { class: 'bad' }, `rejected ${rj.origin}: ${rj.reason}`));
    } catch (err) {
      log.append(el('li', { class: 'bad' }, `${f.name}: ${errorMessage(err)}`));
    }
    done += f.size;
    bar.value = Math.round((done / total) * 100);
  }
  log.append(el('li', {}, el('strong', {}, `Done: ${list.length} file${list.length === 1 ? '' : 's'}, ${added} new article${added === 1 ? '' : 's'}.`)));
  onDone();
}

/** @param {() => void} onDone run after each batch of uploads, so the other views show the new articles */
export function bindUpload(onDone) {
  const drop = $('drop');
  const picker = $as('file-input', HTMLInputElement);
  drop.addEventListener('dragover', (ev) => { ev.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault(); drop.classList.remove('over'); uploadFiles(ev.dataTransfer?.files ?? [], onDone);
  });
  drop.addEventListener('click', () => picker.click());
  drop.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); picker.click(); } });
  picker.addEventListener('change', () => { uploadFiles(picker.files ?? [], onDone); picker.value = ''; });
}
