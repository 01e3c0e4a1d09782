import { Tree, TreeItem, TreeItemLayout, Badge } from '@fluentui/react-components';
import type { Section } from '../packs/schema';
import { t, type UiLang } from './i18n';

/** The outline of a pack as a navigable tree. */
export function PackOutline({ sections, lang }: { sections: Section[]; lang: UiLang }) {
  const render = (list: Section[]) =>
    list.map((s) => (
      <TreeItem key={s.id} itemType={s.children.length ? 'branch' : 'leaf'} value={s.id}>
        <TreeItemLayout aside={s.required ? undefined : <Badge appearance="outline" size="small">{t(lang, 'optional')}</Badge>}>
          {s.number ? `${s.number}. ` : ''}
          {s.title}
        </TreeItemLayout>
        {s.children.length > 0 && <Tree>{render(s.children)}</Tree>}
      </TreeItem>
    ));
  return (
    <Tree aria-label={t(lang, 'outline')} defaultOpenItems={sections.map((s) => s.id)}>
      {render(sections)}
    </Tree>
  );
}
