/**
 * The `<Users>` and the `<CodeBook>` of a project: users become authors, codes the labels
 * of the codings (nested codes keep their parent, so an importer can propose the hierarchy).
 */
import { guidKey, type RefiCode, type RefiUser } from './qde-read-model';
import { childNamed, childrenNamed, type XmlNode } from './xml-tree';

/** The project's users, by GUID key. */
export function readUsers(project: XmlNode): Map<string, RefiUser> {
  const users = new Map<string, RefiUser>();
  const list = childNamed(project, 'Users');
  for (const user of list ? childrenNamed(list, 'User') : []) {
    const guid = guidKey(user.attributes.get('guid'));
    if (!guid || users.has(guid)) continue;
    const id = user.attributes.get('id');
    users.set(guid, {
      guid,
      name: user.attributes.get('name')?.trim() || guid,
      ...(id ? { id } : {}),
    });
  }
  return users;
}

/** Every `<Code>` of the code book, parents before children, by GUID key (first one wins). */
export function readCodes(project: XmlNode): Map<string, RefiCode> {
  const codes = new Map<string, RefiCode>();
  const visit = (node: XmlNode, parentGuid: string | undefined) => {
    for (const element of childrenNamed(node, 'Code')) {
      const guid = guidKey(element.attributes.get('guid'));
      if (!guid || codes.has(guid)) continue;
      const color = element.attributes.get('color');
      const description = childNamed(element, 'Description')?.text.trim();
      codes.set(guid, {
        guid,
        name: element.attributes.get('name')?.trim() || guid,
        ...(parentGuid ? { parentGuid } : {}),
        ...(color ? { color } : {}),
        ...(description ? { description } : {}),
      });
      // Depth is bounded by the XML guard, before parsing.
      visit(element, guid);
    }
  };
  const codeBook = childNamed(project, 'CodeBook');
  const list = codeBook && childNamed(codeBook, 'Codes');
  if (list) visit(list, undefined);
  return codes;
}
