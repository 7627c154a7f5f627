/**
 * The Propaganda Techniques Corpus (SemEval-2020 task 11) labels and their SemEval-2023
 * task 3 counterparts (codebook.md). Merged PTC labels have no single counterpart: they map
 * to themselves and the caller maps them onto a group or a dedicated codebook item.
 * A Map: labels come from files, and `constructor` must not find Object.prototype's member.
 */
export const PTC_TO_SEMEVAL2023: ReadonlyMap<string, string> = new Map([
  ['Loaded_Language', 'Loaded_Language'],
  ['Name_Calling,Labeling', 'Name_Calling-Labeling'],
  ['Repetition', 'Repetition'],
  ['Doubt', 'Doubt'],
  ['Exaggeration,Minimisation', 'Exaggeration-Minimisation'],
  ['Appeal_to_fear-prejudice', 'Appeal_to_Fear-Prejudice'],
  ['Flag-Waving', 'Flag_Waving'],
  ['Causal_Oversimplification', 'Causal_Oversimplification'],
  ['Appeal_to_Authority', 'Appeal_to_Authority'],
  ['Slogans', 'Slogans'],
  ['Black-and-White_Fallacy', 'False_Dilemma-No_Choice'],
  ['Thought-terminating_Cliches', 'Conversation_Killer'],
  ['Whataboutism,Straw_Men,Red_Herring', 'Whataboutism,Straw_Men,Red_Herring'],
  ['Bandwagon,Reductio_ad_hitlerum', 'Bandwagon,Reductio_ad_hitlerum'],
]);

/** The attribute that keeps a PTC label's original string when it was mapped. */
export const PTC_LABEL_ATTRIBUTE = 'ptc2020Label';

/**
 * Where an unlabelled PTC span (task1-SI: propaganda, technique not named) lands: the
 * codebook's root of persuasion techniques, the item for "a technique, which one not yet
 * said". Its own item, not a guessed technique, so agreement never counts it as one; and an
 * existing item, because the default codebook's version 1 is immutable once annotations
 * name it (adding a "propaganda span" item would need a new version).
 */
export const PTC_UNLABELLED_ITEM = 'technique';

/** The flag on such a span, so a reviewer can find the spans still waiting for a technique. */
export const PTC_UNLABELLED_ATTRIBUTE = 'ptc2020Unlabelled';
