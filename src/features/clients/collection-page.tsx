import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { QrImage } from '../../components/qr-image';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useClientCollection, useClientStore, useUnsavedCollection } from '../../stores/client-store';
import { asWorkshop, formVersionOf, isClientView, isMirrorForm, resultByCode, type ClientCollection } from '../../model/client/collection';
import { formLinkSegment } from '../../model/client/form-link';
import { UpdateConfirm } from '../../components/shown-update/update-confirm';
import { clientView, clientViewUpdate } from '../../model/client/client-view';
import { downloadBackup } from '../../stores/backup';
import { IntakePanel, type IntakeTarget } from '../../components/intake/intake-panel';
import { ComparisonView } from './comparison-view';
import { DroppedUnfinishedNotice } from '../../components/device-lock/dropped-unfinished-notice';
import './clients.css';

/** The address a client's (or a colleague's) phone opens; the fragment never reaches a server. */
function phoneUrl(path: string): string {
  return `${window.location.origin}${window.location.pathname}#${path}`;
}

function collectionTarget(collection: ClientCollection): IntakeTarget {
  const latest = () => useClientStore.getState().collections.find((c) => c.id === collection.id) ?? collection;
  return {
    latest: () => asWorkshop(latest()),
    takeIn: (candidates) => useClientStore.getState().intake(collection.id, candidates),
    // Storage refused the write: the backup file carries the collections too.
    exportFile: downloadBackup,
  };
}

/** `#/clients/:id`: one conversation at the table, or one collection of clients' views. */
export default function CollectionPage() {
  const { t } = useTranslation('client');
  const { id } = useParams();
  const collection = useClientCollection(id);
  usePageTitle(t(collection?.setting === 'collected' ? 'collection.titleCollected' : 'collection.titleTable'));
  if (!collection) {
    return (
      <section>
        <h1>{t('collection.titleTable')}</h1>
        <p role="alert">{t('collection.notFound')}</p>
        <Link to="/clients">{t('collection.back')}</Link>
      </section>
    );
  }
  const word = t(`words.${collection.word}`);
  const hasClient = collection.results.some(isClientView);
  return (
    <section className="collection-page">
      <p className="no-print">
        <Link to="/clients">{t('collection.back')}</Link>
      </p>
      <h1>{t(collection.setting === 'collected' ? 'collection.titleCollected' : 'collection.titleTable')}</h1>
      <UnsavedNotice id={collection.id} />
      <DroppedUnfinishedNotice />
      <MirrorSection collection={collection} />
      <section aria-labelledby="invite-title" className="panel no-print">
        <h2 id="invite-title">{t('collection.inviteTitle')}</h2>
        {collection.setting === 'table' && !hasClient && (
          <p>
            <Link className="button primary" to={`/clients/${collection.id}/table`}>
              {t('collection.answerHere')}
            </Link>
            <span className="hint"> {t('collection.answerHereHint')}</span>
          </p>
        )}
        {collection.setting === 'table' && hasClient && (
          <p>
            <Link className="button" to={`/clients/${collection.id}/table`}>
              {t('collection.nextClientHere')}
            </Link>
          </p>
        )}
        <p>{t('collection.inviteIntro')}</p>
        <Invite path={`/client/${collection.code}/${collection.word}${formLinkSegment(formVersionOf(collection))}`} linkLabel={t('collection.linkLabel')} qrLabel={t('collection.qrLabel')} />
      </section>
      <div className="no-print">
        <IntakePanel workshop={asWorkshop(collection)} target={collectionTarget(collection)} intro={t('collection.intakeIntro')} />
      </div>
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">{t('collection.compareTitle')}</h2>
        <Comparison collection={collection} word={word} />
      </section>
      <ResultList collection={collection} />
    </section>
  );
}

/** Made while storage was full: it is only in this page, so say so at once and offer the backup file. */
function UnsavedNotice({ id }: { id: string }) {
  const { t } = useTranslation('client');
  if (useUnsavedCollection(id) !== 'created') return null;
  return (
    <div role="alert" className="notice notice-error no-print">
      <p>{t('collection.unsaved')}</p>
      <button type="button" onClick={downloadBackup}>
        {t('collection.unsavedSave')}
      </button>
    </div>
  );
}

function MirrorSection({ collection }: { collection: ClientCollection }) {
  const { t } = useTranslation('client');
  const mirrors = collection.results.filter(isMirrorForm).length;
  return (
    <section aria-labelledby="mirror-title" className="panel no-print">
      <h2 id="mirror-title">{t('collection.mirrorTitle')}</h2>
      <p>{t('collection.mirrorIntro')}</p>
      {collection.scope === 'team' ? (
        <>
          <p>{t('collection.teamMirrorIntro')}</p>
          <Invite path={`/mirror/${collection.code}${formLinkSegment(formVersionOf(collection))}`} linkLabel={t('collection.mirrorLinkLabel')} qrLabel={t('collection.mirrorQrLabel')} />
          <p role="status">{t('collection.teamMirrorCount', { count: mirrors })}</p>
        </>
      ) : (
        <>
          {mirrors > 0 && <p>{t('collection.mirrorDone')}</p>}
          <Link className={mirrors > 0 ? 'button' : 'button primary'} to={`/clients/${collection.id}/mirror`}>
            {t(mirrors > 0 ? 'collection.mirrorAgain' : 'collection.mirrorStart')}
          </Link>
        </>
      )}
    </section>
  );
}

function Invite({ path, linkLabel, qrLabel }: { path: string; linkLabel: string; qrLabel: string }) {
  const url = phoneUrl(path);
  return (
    <div className="invite">
      <QrImage value={url} label={qrLabel} size={200} />
      <p>
        {linkLabel}: <a href={url}>{url}</a>
      </p>
    </div>
  );
}

function Comparison({ collection, word }: { collection: ClientCollection; word: string }) {
  const { t } = useTranslation('client');
  const view = clientView(collection);
  const change = clientViewUpdate(collection);
  const [asking, setAsking] = useState(false);
  const update = () => useClientStore.getState().updateShown(collection.id);
  return (
    <>
      {change?.changes && (
        <div className="notice no-print" role="status">
          <p>{t('collection.pending', { count: change.added + change.removed + change.replaced })}</p>
          {/* One client more, less or answered again: ask first (decision 73). */}
          <button type="button" className="primary" onClick={() => (change.asks ? setAsking(true) : void update())}>
            {t('collection.update')}
          </button>
          <UpdateConfirm
            open={asking}
            change={change}
            // A team's mirror forms wait too: then the change may be a colleague's, not a client's.
            who={collection.scope === 'team' ? 'people' : 'clients'}
            onWait={() => setAsking(false)}
            onConfirm={() => {
              setAsking(false);
              void update();
            }}
          />
        </div>
      )}
      {view.status === 'needMirror' && <p>{t('collection.needMirror')}</p>}
      {view.status === 'needClient' && <p>{t('collection.needClient')}</p>}
      {view.status === 'waiting' && <p>{t(view.side === 'team' ? 'collection.waitingTeam' : 'collection.waiting', { count: view.count, min: view.min })}</p>}
      {view.status === 'shown' && (
        <>
          {collection.setting === 'collected' && <p>{t('collection.shownCount', { count: view.clientCount })}</p>}
          <ComparisonView view={view} word={word} team={collection.scope === 'team'} />
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>
              {t('collection.print')}
            </button>
          </p>
        </>
      )}
    </>
  );
}

function ResultList({ collection }: { collection: ClientCollection }) {
  if (collection.results.length === 0) return null;
  return collection.setting === 'table' ? <TableResultList collection={collection} /> : <CollectedResults collection={collection} />;
}

/**
 * Collected views are listed by number only, never by a code's end: the end is what the client
 * saw on their phone, and would link a row to a person. A view is deleted by its whole code, which
 * the client still has (decision 73).
 */
function CollectedResults({ collection }: { collection: ClientCollection }) {
  const { t } = useTranslation('client');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<'unreadable' | 'notHere' | null>(null);
  const [toRemove, setToRemove] = useState<string | null>(null);
  const [removed, setRemoved] = useState(false);
  const clients = collection.results.filter(isClientView).length;
  const mirrors = collection.results.filter(isMirrorForm).length;
  const find = (event: React.FormEvent) => {
    event.preventDefault();
    setRemoved(false);
    const found = resultByCode(collection, text);
    setProblem(found.ok ? null : found.reason);
    if (found.ok) setToRemove(found.fingerprint);
  };
  return (
    <section aria-labelledby="results-title" className="panel no-print">
      <h2 id="results-title">{t('collection.resultsTitle')}</h2>
      <p>{t('collection.resultsClients', { count: clients })}</p>
      {collection.scope === 'team' && <p>{t('collection.resultsMirrors', { count: mirrors })}</p>}
      <p>{t('collection.removeByCodeIntro')}</p>
      <form onSubmit={find} className="remove-by-code">
        <label htmlFor="remove-code">{t('collection.removeByCodeLabel')}</label>
        <textarea
          id="remove-code"
          rows={2}
          value={text}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'remove-code-problem' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">{t('collection.removeByCode')}</button>
      </form>
      <p id="remove-code-problem" role="status">
        {problem === 'unreadable' && t('collection.removeUnreadable')}
        {problem === 'notHere' && t('collection.removeNotHere')}
        {removed && t('collection.removed')}
      </p>
      <ConfirmDialog
        open={toRemove !== null}
        title={t('overview.delete')}
        confirmLabel={t('overview.delete')}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          if (toRemove) void useClientStore.getState().removeResult(collection.id, toRemove);
          setToRemove(null);
          setText('');
          setRemoved(true);
        }}
      >
        <p>{t('collection.removeConfirm')}</p>
        <p>{t('collection.removeConfirmShown')}</p>
      </ConfirmDialog>
    </section>
  );
}

function TableResultList({ collection }: { collection: ClientCollection }) {
  const { t } = useTranslation('client');
  const [toRemove, setToRemove] = useState<string | null>(null);
  return (
    <section aria-labelledby="results-title" className="panel no-print">
      <h2 id="results-title">{t('collection.resultsTitle')}</h2>
      <p>{t('collection.resultsIntro')}</p>
      <ul className="result-codes">
        {collection.results.map((r) => {
          // The code's end, as the client's phone shows it: its start is the same for every code here.
          const tail = r.fingerprint.slice(-10);
          const code = `…${tail.slice(0, 5)}-${tail.slice(5)}`;
          const what = t(isClientView(r) ? 'collection.resultClient' : 'collection.resultMirror', { code });
          return (
            <li key={r.fingerprint}>
              {what}{' '}
              <button type="button" className="link-button" aria-label={t('collection.removeResult', { what })} onClick={() => setToRemove(r.fingerprint)}>
                {t('overview.delete')}
              </button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={toRemove !== null}
        title={t('overview.delete')}
        confirmLabel={t('overview.delete')}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          if (toRemove) void useClientStore.getState().removeResult(collection.id, toRemove);
          setToRemove(null);
        }}
      >
        <p>{t('collection.removeConfirm')}</p>
      </ConfirmDialog>
    </section>
  );
}
