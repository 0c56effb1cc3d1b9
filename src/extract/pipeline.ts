import type { Article } from '../read/types.ts';
import { findClaims } from './claims/index.ts';
import { resolveCoreference } from './coreference/index.ts';
import { scoreCredibility } from './credibility/index.ts';
import { findDebris } from './debris/index.ts';
import type { Doc } from './doc.ts';
import { findEntities } from './entities/index.ts';
import { findEvents } from './events/index.ts';
import { findHedges } from './hedges/index.ts';
import { articleId } from './id.ts';
import { dropTimesInsideNames } from './refiners/names-are-not-times.ts';
import { findTimes } from './times/index.ts';
import { analyse } from './tokens/index.ts';
import type { Extraction } from './types.ts';

/**
 * Article → Extraction, one ordered pass of pure stages. The order matters:
 * debris first (every later stage skips it); entities before coreference (which links
 * epithets and pronouns to them); entities before times (a date word inside a name, as in
 * "Brian May", is no date); times before events (events take their dates);
 * hedges before claims (a hedge in a claim's sentence makes its stance "hedges");
 * credibility last (it reads everything else).
 */
export function extract(article: Article): Extraction {
  const { sentences, tokens } = analyse(article.text);
  const doc: Doc = {
    text: article.text,
    published: article.published,
    source: article.source,
    title: article.title,
    sentences,
    tokens,
    ignored: findDebris(article.text),
  };
  const entities = resolveCoreference(doc, findEntities(doc));
  const times = dropTimesInsideNames(findTimes(doc), entities);
  const hedges = findHedges(doc);
  const events = findEvents(doc, entities, times);
  const claims = findClaims(doc, entities, events, hedges, times);
  const credibility = scoreCredibility(doc, { entities, times, events, claims, hedges });
  return {
    article: {
      id: article.id ?? articleId(article.text),
      published: article.published,
      title: article.title,
      source: article.source,
      url: article.url,
      credibility,
    },
    entities,
    times,
    events,
    claims,
    hedges,
  };
}
