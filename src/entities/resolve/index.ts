/**
 * Cross-document entity resolution: every document's mentions → one list of entities. Mentions are
 * prepared (collect-forms), their types repaired (retype-forms), grouped by skeleton block and spelling distance plus renamed places
 * (cluster-forms), short person names linked to full names in context (link-short-forms), short organization
 * names to the full name built on a head noun (link-org-forms), a name with a trailing country adjective to
 * the name without it (link-demonym-forms: عفرين السورية → عفرين), aliases of one organization joined (link-aliases:
 * a short form in parentheses, an acronym, a curated alias), then each group
 * becomes an entity with a canonical name, its variants and a Latin form (build-entities).
 */
import type { StoryEntity } from '../../story/schema.js';
import type { MasarDoc } from '../../types.js';
import { buildEntity } from './build-entities.js';
import { clusterForms } from './cluster-forms.js';
import { collectForms, type Form } from './collect-forms.js';
import { linkAliases } from './link-aliases.js';
import { linkDemonymForms } from './link-demonym-forms.js';
import { linkOrgForms } from './link-org-forms.js';
import { groupOf, linkShortForms } from './link-short-forms.js';
import { retypeForms } from './retype-forms.js';

export function resolveMentions(docs: MasarDoc[]): StoryEntity[] {
  const forms = collectForms(docs);
  retypeForms(forms);
  const aliases = linkAliases(docs, forms);
  const uf = clusterForms(forms);
  for (const link of aliases) uf.union(link.long, link.short);
  linkDemonymForms(forms, uf);
  const moves = new Map([...linkShortForms(forms, uf), ...linkOrgForms(forms, uf)]);
  const groups = new Map<number, Form[]>();
  forms.forEach((form, i) => {
    const group = groupOf(i, uf, moves);
    const list = groups.get(group);
    if (list) list.push(form);
    else groups.set(group, [form]);
  });
  const entities = [...groups.values()].map(buildEntity);
  dedupeIds(entities);
  return entities.sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
}

/** Two groups whose canonical keys collide get -2, -3 ... in mention order. */
function dedupeIds(entities: StoryEntity[]): void {
  const seen = new Map<string, number>();
  for (const entity of entities) {
    const n = (seen.get(entity.id) ?? 0) + 1;
    seen.set(entity.id, n);
    if (n > 1) entity.id = `${entity.id}-${n}`;
  }
}
