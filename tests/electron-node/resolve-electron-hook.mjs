/**
 * Module-resolution hook (Node `module.register`): `electron` resolves to the recording
 * fake, so the built main bundle boots under plain Node exactly as bundled, unedited.
 */
const fakeElectronUrl = new URL('./fake-electron.mjs', import.meta.url).href;

/** Answers the fake for the bare specifier `electron`; everything else resolves as usual. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: fakeElectronUrl, shortCircuit: true };
  return nextResolve(specifier, context);
}
