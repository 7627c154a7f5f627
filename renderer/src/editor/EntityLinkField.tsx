/**
 * Links an entity mention to a canonical entity of the project-wide registry, or creates
 * one on the fly from the mention (name = the quoted text, optional Wikidata QID).
 */
import { useState } from 'react';
import type { EntityId, RegistryEntity, SpanAnnotation } from '../annotation/types';
import { editLatest, type Edit } from '../store/edit';
import { linkEntity } from './annotation-actions';

interface EntityLinkFieldProps {
  mention: SpanAnnotation;
  entities: RegistryEntity[];
  onApply: (edit: Edit) => void;
}

const QID = /^Q[1-9][0-9]*$/;

function matches(entity: RegistryEntity, query: string): boolean {
  const wanted = query.trim().toLocaleLowerCase();
  return [entity.name, ...entity.aliases].some((name) => name.toLocaleLowerCase().includes(wanted));
}

/** The mention's registry link: shows it, or offers existing entities and "Create". */
export function EntityLinkField({ mention, entities, onApply }: EntityLinkFieldProps) {
  const linked = entities.find((entity) => entity.id === mention.entityId);
  const [query, setQuery] = useState(mention.quote.exact);
  const [qid, setQid] = useState('');
  // The details form stays mounted from one annotation to the next: another mention starts
  // from its own quote, never from what was typed for the previous one.
  const [shownId, setShownId] = useState(mention.id);
  if (mention.id !== shownId) {
    setShownId(mention.id);
    setQuery(mention.quote.exact);
    setQid('');
  }
  const qidError = qid !== '' && !QID.test(qid) ? 'A Wikidata id looks like Q232.' : null;
  if (linked) {
    return (
      <div className="entity-link">
        <span className="field-label">Entity</span>
        <p>
          <strong>{linked.name}</strong>
          {linked.wikidataQid && <span className="qid"> · {linked.wikidataQid}</span>}
          {linked.aliases.length > 0 && (
            <span className="aliases"> · also {linked.aliases.join(', ')}</span>
          )}
        </p>
      </div>
    );
  }
  const candidates =
    query.trim() === '' ? [] : entities.filter((entity) => matches(entity, query)).slice(0, 6);
  const create = () => {
    if (qidError) return;
    const now = new Date().toISOString();
    const entity: RegistryEntity = {
      id: crypto.randomUUID() as EntityId,
      name: query.trim() || mention.quote.exact,
      aliases: query.trim() !== mention.quote.exact ? [mention.quote.exact] : [],
      typeItemId: mention.itemId,
      createdAt: now,
      modifiedAt: now,
      ...(qid ? { wikidataQid: qid } : {}),
    };
    onApply(editLatest(mention, (latest) => linkEntity(latest, entity, true)));
  };
  return (
    <fieldset className="entity-link">
      <legend>Link to an entity</legend>
      <label className="field">
        <span>Name</span>
        <input value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {candidates.length > 0 && (
        <ul className="entity-candidates">
          {candidates.map((entity) => (
            <li key={entity.id}>
              <button
                type="button"
                onClick={() =>
                  onApply(editLatest(mention, (latest) => linkEntity(latest, entity, false)))
                }
              >
                Link to {entity.name}
                {entity.wikidataQid ? ` (${entity.wikidataQid})` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <span>Wikidata id (optional)</span>
        <input
          value={qid}
          placeholder="Q… from wikidata.org"
          aria-invalid={qidError !== null}
          onChange={(event) => setQid(event.target.value.trim())}
        />
      </label>
      {qidError && (
        <p role="alert" className="field-error">
          {qidError}
        </p>
      )}
      <button type="button" onClick={create} disabled={qidError !== null}>
        Create entity “{query.trim() || mention.quote.exact}”
      </button>
    </fieldset>
  );
}
