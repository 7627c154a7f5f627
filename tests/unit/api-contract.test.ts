/**
 * Static check of the one host contract: every `SourcemarkApi` method is exposed by both
 * transports (the Electron preload and the browser-mode HTTP client), every `HostChannels`
 * channel has a payload schema and a handler in main, and the preload calls only channels
 * that main registers. Reads the sources with the TypeScript compiler, so a method added to
 * the contract and forgotten in one place fails here before any app is started.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../main/host/handlers';
import { payloadSchemas } from '../../main/host/payload-schemas';

const root = join(import.meta.dirname, '..', '..');
const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);

function findInterface(source: ts.SourceFile, name: string): ts.InterfaceDeclaration {
  const found = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
  );
  if (!found) throw new Error(`interface ${name} not found`);
  return found;
}

const memberName = (member: ts.TypeElement | ts.ObjectLiteralElementLike) =>
  member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))
    ? member.name.text
    : '';

/** `domain.method` for every method of SourcemarkApi. */
function contractMethods(): string[] {
  const api = findInterface(parse('preload/api.ts'), 'SourcemarkApi');
  return api.members.flatMap((domain) => {
    const type = (domain as ts.PropertySignature).type;
    if (!type || !ts.isTypeLiteralNode(type)) return [];
    return type.members.map((method) => `${memberName(domain)}.${memberName(method)}`);
  });
}

function contractChannels(): string[] {
  return findInterface(parse('preload/api.ts'), 'HostChannels').members.map(memberName);
}

/** `domain.method` of the object literal written as `const api = { ... } satisfies SourcemarkApi`. */
function implementedMethods(file: string): string[] {
  const methods: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isSatisfiesExpression(node) &&
      node.type.getText() === 'SourcemarkApi' &&
      ts.isObjectLiteralExpression(node.expression)
    ) {
      for (const domain of node.expression.properties) {
        if (!ts.isPropertyAssignment(domain) || !ts.isObjectLiteralExpression(domain.initializer))
          continue;
        for (const method of domain.initializer.properties)
          methods.push(`${memberName(domain)}.${memberName(method)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return methods;
}

function channelsCalledBy(file: string): string[] {
  return [...readFileSync(join(root, file), 'utf8').matchAll(/'(sm:[a-z]+:[A-Za-z]+)'/g)].map(
    (match) => match[1]!,
  );
}

describe('the host contract', () => {
  const methods = contractMethods().sort();

  it('lists the methods the renderer relies on', () => {
    expect(methods).toContain('library.ingestFiles');
    expect(methods.length).toBeGreaterThanOrEqual(10);
  });

  it.each(['preload/index.ts', 'renderer/src/host/http-host-api.ts'])(
    'is implemented in full by %s',
    (file) => {
      expect(implementedMethods(file).sort()).toEqual(methods);
    },
  );

  it('has a payload schema and a handler in main for every channel, and nothing more', () => {
    const channels = contractChannels().sort();
    expect(Object.keys(payloadSchemas).sort()).toEqual(channels);
    const table = createHandlerTable({
      shell: 'browser',
      version: '0',
      samplesDir: root,
      takeLaunchPaths: () => [],
      pickFiles: async () => undefined,
      pickFolder: async () => undefined,
    });
    expect(Object.keys(table).sort()).toEqual(channels);
  });

  it('lets the preload invoke only registered channels', () => {
    const channels = new Set(contractChannels());
    const events = findInterface(parse('preload/api.ts'), 'HostEvents').members.map(memberName);
    for (const channel of channelsCalledBy('preload/index.ts')) {
      expect(channels.has(channel) || events.includes(channel), channel).toBe(true);
    }
  });
});
