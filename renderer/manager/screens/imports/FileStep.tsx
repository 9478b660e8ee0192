import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../../ui/i18n/i18n';
import { UploadProgress } from './JobProgress';
import type { ImportWizard } from './use-import-wizard';

/** Step 1: drop or choose a file; it uploads (with progress) and is inspected. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const { m } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { file, sent, inspecting } = wizard.state;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) void wizard.chooseFile(dropped);
  };

  if (file && sent !== null) return <div className="card">{<UploadProgress name={file.name} sent={sent} size={file.size} />}</div>;
  if (inspecting) return <div className="card muted">{m.imports.drop.reading}</div>;
  return (
    <div
      className={`card drop-zone ${over ? 'is-over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <svg viewBox="0 0 24 24" width="44" height="44" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
        <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
        <path d="M14 3v5h5M12 18v-6M9 15l3-3 3 3" />
      </svg>
      <h2>{m.imports.drop.title}</h2>
      <div className="drop-or muted">{m.imports.drop.or}</div>
      <button type="button" className="btn btn-primary" onClick={() => input.current?.click()}>
        {m.imports.drop.choose}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        className="visually-hidden"
        aria-label={m.imports.drop.choose}
        data-testid="file-input"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) void wizard.chooseFile(chosen);
        }}
      />
      <p className="muted small drop-hint">{m.imports.drop.hint}</p>
    </div>
  );
}
