import type { AppError } from '../../../../preload/contract';
import { ApiError, callOrThrow } from '../../../api/client';

/** One part over XMLHttpRequest: fetch cannot report upload progress. */
function sendPart(url: string, body: Blob, onLoaded: (bytes: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => onLoaded(event.loaded);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      reject(new ApiError(errorOf(xhr.responseText, xhr.status)));
    };
    xhr.onerror = () => reject(new ApiError({ code: 'internal', message: 'Fanfare is not reachable; check that it is still running and try again.' }));
    xhr.send(body);
  });
}

function errorOf(text: string, status: number): AppError {
  try {
    const parsed = JSON.parse(text) as { error?: AppError };
    if (parsed.error) return parsed.error;
  } catch {
    // Not JSON: describe the status below.
  }
  return { code: 'internal', message: `The upload failed (HTTP ${status}).` };
}

/**
 * Sends a file to the app for the import wizard: a one-time ticket, the file announced,
 * then parts of a few MiB (each its own request, so a slow network never times out).
 * `onProgress` receives the bytes sent so far. Resolves with the upload id.
 */
export async function uploadFile(file: File, onProgress: (sent: number) => void): Promise<string> {
  const ticket = await callOrThrow('imports.uploadTicket', {});
  const begun = await fetch(ticket.uploadPath, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/octet-stream',
      'x-upload-ticket': ticket.ticket,
      'x-file-name': encodeURIComponent(file.name),
      'x-file-size': String(file.size),
    },
  });
  const answer = (await begun.json()) as { id?: string; partBytes?: number; error?: AppError };
  if (!begun.ok || !answer.id || !answer.partBytes) throw new ApiError(answer.error ?? { code: 'internal', message: `The upload could not start (HTTP ${begun.status}).` });
  for (let offset = 0; offset < file.size; offset += answer.partBytes) {
    const start = offset;
    await sendPart(`${ticket.uploadPath}/${answer.id}?offset=${start}`, file.slice(start, start + answer.partBytes), (loaded) => onProgress(start + loaded));
  }
  onProgress(file.size);
  return answer.id;
}
